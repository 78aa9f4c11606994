package dev.tradeoff.pipeline;

import static dev.tradeoff.testing.AcmePayStrategy.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.testing.AcmePayStrategy;
import dev.tradeoff.view.UnsanitisedViewer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/**
 * HTML and script in every text a user writes is shown as text: no page gains a script, an event
 * handler or a javascript: link, and the charts and briefs stay inert too.
 */
class InjectionTest {

    @TempDir
    static Path folder;

    static Path site;
    static Path briefs;

    /** Markup that runs code if it is ever passed through, tagged with the field it was put in. */
    static String payload(String field) {
        return "<script>alert('" + field + "')</script><img src=x onerror=alert(1)>"
                + "<svg onload=alert(1)> \"quoted\" & 'single' " + field + " <b onmouseover=alert(1)>x</b>";
    }

    /** A YAML single-quoted scalar. */
    static String q(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static Map<String, String> hostile() {
        Map<String, String> files = StrategyFolder.complete();
        files.put("strategy.yaml", """
                organization: %s
                currency: USD
                start: 2027-Q1
                horizon: 8
                costPerPersonMonth: 15k
                capacity: 120
                x-note: %s
                """.formatted(q(payload("organization")), q(payload("x-note"))));
        // The shared platform less its run cost and second benefit, with markup in its title, tags, links and summary.
        String platform = replaceOnce(AcmePayStrategy.PAYMENTS_PLATFORM_PLAN,
                "title: Payment processing platform\n", "title: " + q(payload("initiative-title")) + "\n");
        platform = replaceOnce(platform, "runCost: 20k\n", "");
        platform = replaceOnce(platform, "  - type: risk-avoidance\n    amount: 90k\n    ramp: 2\n", "");
        files.put("initiatives/payments-platform.yaml", platform + """
                addresses: [outages, scalability]
                tags:
                  - %s
                  - plain
                links:
                  %s: https://wiki.example.com/payments
                summary: |
                  <script>alert('summary')</script> <img src=x onerror=alert(1)>

                  <iframe src="https://evil.example"></iframe>

                  [click](javascript:alert(1)) ![img](javascript:alert(1)) <a href="javascript:alert(1)">raw</a>

                  [encoded](&#106;avascript:alert(1))
                """.formatted(q(payload("tag")), q(payload("link-label"))));
        // The shared checkout with markup in its title and summary, a plain 150k revenue and no key result.
        String checkout = replaceOnce(AcmePayStrategy.CHECKOUT_V2,
                "title: Checkout v2\n", "title: " + q(payload("product-title")) + "\n");
        checkout = replaceOnce(checkout, "    amount: \"$150,000\"\n    ramp: 1\n", "    amount: 150k\n");
        checkout = replaceOnce(checkout, "keyResults: [expand-regions/onboarding-days]\n", "");
        files.put("initiatives/checkout-v2.yaml", checkout + "summary: " + q(payload("product-summary")) + "\n");
        files.put("okrs/expand-regions.yaml", """
                objective: %s
                quarter: 2027-Q4
                keyResults:
                  - id: onboarding-days
                    title: %s
                    unit: %s
                    baseline: 30
                    target: 15
                    current: 24
                """.formatted(q(payload("objective")), q(payload("key-result-title")), q(payload("unit"))));
        files.put("teams.yaml", """
                teams:
                  - id: payments-core
                    name: %s
                    type: platform
                    people: 1
                  - id: checkout
                    name: %s
                    type: stream-aligned
                    people: 8
                """.formatted(q(payload("team-name")), q(payload("other-team"))));
        files.put("signals.yaml", """
                signals:
                  - indicator: outages
                    metric: %s
                    unit: %s
                    better: lower
                    values:
                      "2026-Q3": 3
                      "2026-Q4": 7
                """.formatted(q(payload("signal-metric")), q(payload("signal-unit"))));
        files.put("scale.yaml", """
                metric: %s
                unit: %s
                capacity: 20000
                values:
                  "2026-Q3": 4700
                  "2026-Q4": 6000
                """.formatted(q(payload("scale-metric")), q(payload("scale-unit"))));
        files.put("platform.yaml", """
                metrics:
                  - metric: %s
                    kind: other
                    unit: %s
                    better: higher
                    values:
                      "2026-Q4": 8
                """.formatted(q(payload("platform-metric")), q(payload("platform-unit"))));
        files.put("pages/notes.md", """
                ---
                title: %s
                ---
                <script>alert('page')</script>

                [x](javascript:alert(1)) <img src=x onerror=alert(1)>
                """.formatted(q(payload("page-title"))));
        return files;
    }

    @BeforeAll
    static void build() throws Exception {
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), hostile());
        StrategyFolder.build(strategy, folder.resolve("out"), 4);
        site = folder.resolve("out/site");
        briefs = folder.resolve("out/briefs");
    }

    @Test
    void noPageGainsAScriptOrAnEventHandler() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : SiteChecks.htmlPages(site)) {
            String name = site.relativize(page).toString();
            Document document = SiteChecks.parse(page);
            for (Element script : document.select("script")) {
                boolean theme = script.attr("src").matches("(\\.\\./)*assets/tradeoff\\.js") && script.data().isBlank();
                if (!theme) {
                    found.add(name + ": " + script.outerHtml());
                }
            }
            for (Element element : document.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                        found.add(name + ": " + attribute.getKey() + " on <" + element.tagName() + ">");
                    }
                });
            }
            for (Element element : document.select("iframe, object, embed, frame, base, form, meta[http-equiv=refresh]")) {
                found.add(name + ": " + element.outerHtml());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theHostileTextIsShownAsText() throws IOException {
        Document index = SiteChecks.parse(site.resolve("index.html"));
        Document initiative = SiteChecks.parse(site.resolve("initiatives/payments-platform.html"));
        Document page = SiteChecks.parse(site.resolve("pages/notes.html"));
        Document teams = SiteChecks.parse(site.resolve("teams.html"));

        assertThat(index.title()).contains(payload("organization"));
        assertThat(initiative.select("h1").text()).isEqualTo(payload("initiative-title"));
        assertThat(initiative.select(".tag").eachText()).contains(payload("tag"));
        assertThat(initiative.select("a[href=https://wiki.example.com/payments]").text())
                .isEqualTo(payload("link-label"));
        assertThat(initiative.text()).contains("<script>alert('summary')</script>");
        // Named by their titles, the user's text, where they were once named by id.
        assertThat(initiative.select(".crumbs").text()).isEqualTo("Initiatives › " + payload("initiative-title"));
        assertThat(initiative.select("#okrs + ul > li").text())
                .isEqualTo(payload("key-result-title") + ": 40% of the way to its target (objective: " + payload("objective")
                        + ")");
        assertThat(SiteChecks.parse(site.resolve("okrs/expand-regions.html")).select(".crumbs").text())
                .isEqualTo("OKRs › " + payload("objective"));
        assertThat(page.select("h1").first().text()).isEqualTo(payload("page-title"));
        assertThat(teams.text()).contains(payload("team-name"));
    }

    @Test
    void noLinkOrImageUsesAScriptingScheme() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : SiteChecks.htmlPages(site)) {
            for (Element element : SiteChecks.parse(page).select("[href], [src], [action], [formaction]")) {
                for (String attribute : List.of("href", "src", "action", "formaction")) {
                    String url = element.attr(attribute).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                    if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:text")) {
                        found.add(site.relativize(page) + ": " + element.outerHtml());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void chartsAreWellFormedSvgWithoutScripts() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setNamespaceAware(true);
        List<Path> charts;
        try (Stream<Path> files = Files.list(site.resolve("charts"))) {
            charts = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(charts).hasSizeGreaterThan(5);
        for (Path chart : charts) {
            String svg = Files.readString(chart, StandardCharsets.UTF_8);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertThat(xml.getElementsByTagNameNS("*", "script").getLength()).as(chart.toString()).isZero();
            assertThat(xml.getElementsByTagNameNS("*", "foreignObject").getLength()).as(chart.toString()).isZero();
            org.w3c.dom.NodeList elements = xml.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                org.w3c.dom.NamedNodeMap attributes = elements.item(i).getAttributes();
                for (int j = 0; j < attributes.getLength(); j++) {
                    String name = attributes.item(j).getLocalName() != null
                            ? attributes.item(j).getLocalName() : attributes.item(j).getNodeName();
                    assertThat(name.toLowerCase(Locale.ROOT)).as("attribute in %s", chart).doesNotStartWith("on");
                }
            }
        }
    }

    @Test
    void theExecutiveBriefEscapesUserText() throws IOException {
        String brief = Files.readString(briefs.resolve("brief.md"), StandardCharsets.UTF_8);

        assertThat(brief).contains("organization");
        assertThat(Pattern.compile("(?<!\\\\)<(script|img|svg|b)\\b").matcher(brief).find())
                .as("unescaped markup in brief.md").isFalse();
    }

    @Test
    void initiativeBriefsShowTheSummaryButNoMarkupOrUnsafeLink() throws IOException {
        String brief = Files.readString(briefs.resolve("initiatives/payments-platform.md"), StandardCharsets.UTF_8);

        assertThat(brief).contains("&lt;script>alert('summary')&lt;/script>", "click img &lt;a href=", "encoded");
        for (Path file : List.of(briefs.resolve("initiatives/payments-platform.md"),
                briefs.resolve("initiatives/checkout-v2.md"))) {
            UnsanitisedViewer.assertInert(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void portfolioJsonKeepsTheTextExactly() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/portfolio.json").toFile());

        assertThat(json.get("organization").textValue()).isEqualTo(payload("organization"));
        assertThat(json.get("initiatives").findValuesAsText("title")).contains(payload("initiative-title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JavaScript:alert(1)", "' javascript:alert(1)'", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "file:///etc/passwd", "'java\tscript:alert(1)'", "mailto:x@example.com", "/relative"})
    void linksThatAreNotWebLinksAreRejectedOrNeverBecomeAnHref(String url, @TempDir Path dir) throws Exception {
        Map<String, String> files = StrategyFolder.complete();
        files.put("initiatives/checkout-v2.yaml", """
                title: Checkout v2
                kind: product
                duration: 2
                effort: 24
                value: 8
                riskReduction: 3
                links:
                  docs: %s
                """.formatted(url));
        Path strategy = StrategyFolder.write(dir.resolve("strategy"), files);
        try {
            Tradeoff.load(strategy);
        } catch (StrategyException rejected) {
            assertThat(rejected.getMessage()).contains("checkout-v2.yaml").contains("links");
            return;
        }
        StrategyFolder.build(strategy, dir.resolve("out"), 2);
        Document page = SiteChecks.parse(dir.resolve("out/site/initiatives/checkout-v2.html"));
        String plain = url.replace("'", "").strip();
        assertThat(page.select("a").eachAttr("href")).noneMatch(href -> href.strip().equalsIgnoreCase(plain));
    }
}
