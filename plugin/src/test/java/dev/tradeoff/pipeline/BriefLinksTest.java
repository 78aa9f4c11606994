package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.bench.StrategyGenerator;
import dev.tradeoff.render.SiteUrl;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefs' links, read as a Markdown reader reads them: beside the site they lead to files of
 * the output, and with a {@code siteUrl} every one leads to a page of the site published there, so
 * that a pasted brief still links. The site itself is the same either way.
 */
class BriefLinksTest {

    private static final String SITE_URL = "https://strategy.example.com/north%20wind/";

    @TempDir
    static Path folder;

    static Path beside;
    static Path published;

    @BeforeAll
    static void build() throws Exception {
        // Large enough for every shortlist to count the rest with a link to its page.
        Path strategy = folder.resolve("strategy");
        StrategyGenerator.write(400, 3, strategy);
        beside = folder.resolve("beside");
        published = folder.resolve("published");
        Tradeoff.build(new BuildRequest(strategy, beside, null, 2));
        Tradeoff.build(new BuildRequest(strategy, published, null, 2, SiteUrl.parse(SITE_URL).orElseThrow()));
    }

    @Test
    void besideTheSiteEveryLinkLeadsToAFileOfTheOutput() throws IOException {
        Map<String, List<String>> links = links(beside.resolve("briefs"));
        List<String> broken = new ArrayList<>();
        links.forEach((brief, urls) -> urls.forEach(url -> {
            Path target = beside.resolve("briefs").resolve(brief).getParent().resolve(url).normalize();
            if (!target.startsWith(beside) || !Files.isRegularFile(target)) {
                broken.add(brief + " -> " + url);
            }
        }));

        assertThat(broken).isEmpty();
        assertThat(links.get("brief.md")).contains("../site/initiatives/index.html", "../site/sequencing.html")
                .anyMatch(url -> url.startsWith("initiatives/") && url.endsWith(".md"));
        assertThat(links.values().stream().mapToInt(List::size).sum()).isGreaterThan(400);
    }

    @Test
    void withASiteUrlEveryLinkLeadsToAPageOfThePublishedSite() throws IOException {
        Map<String, List<String>> links = links(published.resolve("briefs"));
        Path site = published.resolve("site");
        List<String> broken = new ArrayList<>();
        links.forEach((brief, urls) -> urls.forEach(url -> {
            boolean onTheSite = url.startsWith(SITE_URL) && Files.isRegularFile(site.resolve(
                    URLDecoder.decode(url.substring(SITE_URL.length()), StandardCharsets.UTF_8)));
            if (!onTheSite) {
                broken.add(brief + " -> " + url);
            }
        }));

        assertThat(broken).isEmpty();
        // Link for link the briefs beside the site: the same links, each to the published page.
        Map<String, List<String>> relative = links(beside.resolve("briefs"));
        assertThat(links.keySet()).isEqualTo(relative.keySet());
        links.forEach((brief, urls) -> assertThat(urls).as(brief).hasSameSizeAs(relative.get(brief)));
        assertThat(links.get("brief.md")).contains(SITE_URL + "initiatives/index.html", SITE_URL + "sequencing.html");
    }

    @Test
    void eachInitiativeBriefLinksToItsPage() throws IOException {
        Path briefs = beside.resolve("briefs/initiatives");
        try (Stream<Path> files = Files.list(briefs)) {
            for (Path brief : files.toList()) {
                String id = brief.getFileName().toString().replace(".md", "");
                assertThat(destinations(brief)).as(id).contains("../../site/initiatives/" + id + ".html");
            }
        }
        assertThat(Files.readString(published.resolve("briefs/initiatives/initiative-0001.md")))
                .contains("See [its page on the site](" + SITE_URL + "initiatives/initiative-0001.html)");
    }

    @Test
    void theSiteIsTheSameWithOrWithoutASiteUrl() throws IOException {
        StrategyFolder.assertSameFiles(StrategyFolder.snapshot(published.resolve("site")),
                StrategyFolder.snapshot(beside.resolve("site")));
    }

    /** Every brief below {@code briefs}, by path, with the destinations of its links in order. */
    private static Map<String, List<String>> links(Path briefs) throws IOException {
        Map<String, List<String>> links = new TreeMap<>();
        try (Stream<Path> files = Files.walk(briefs)) {
            for (Path brief : files.filter(file -> file.toString().endsWith(".md")).toList()) {
                links.put(briefs.relativize(brief).toString().replace('\\', '/'), destinations(brief));
            }
        }
        return links;
    }

    private static List<String> destinations(Path brief) throws IOException {
        List<String> urls = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Link.class, link -> urls.add(link.getUrl().toString())))
                .visit(Parser.builder().build().parse(Files.readString(brief)));
        return urls;
    }
}
