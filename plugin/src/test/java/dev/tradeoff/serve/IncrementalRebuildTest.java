package dev.tradeoff.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.bench.StrategyGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild of the preview server reuses what the last build parsed and rendered; after every kind
 * of edit, each file it serves must be byte for byte what a full build of the same folders writes.
 */
class IncrementalRebuildTest {

    private static final Pattern BUILT = Pattern.compile("Built (\\d+) initiatives in \\d+ ms \\((\\d+) files?"
            + " rendered, (\\d+) unchanged\\)");

    @TempDir
    Path work;

    private Path strategy;
    private Path templates;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private PreviewBuilder builder;
    private long version;

    @BeforeEach
    void generate() throws IOException {
        strategy = work.resolve("strategy");
        templates = work.resolve("templates");
        StrategyGenerator.write(100, 21, strategy);
        Files.createDirectories(templates);
        builder = new PreviewBuilder(new PreviewRequest(strategy, "strategy", templates, "127.0.0.1", 0, 2),
                new PreviewLog() {
                    @Override
                    public void info(String message) {
                        log.add(message);
                    }

                    @Override
                    public void warn(String message) {
                        log.add("WARN " + message);
                    }
                });
    }

    @Test
    void everyKindOfEditGivesWhatAFullBuildGives() throws Exception {
        assertRebuildIsAFullBuild();
        int all = rendered();
        assertThat(all).isGreaterThan(250);

        // A cost: the initiative's own page, brief and chart, and the pages about the whole portfolio.
        edit(committed(0), text -> text.replaceFirst("(?m)^effort: .*$", "effort: 123.4"));
        assertRebuildIsAFullBuild();
        assertThat(rendered()).isLessThan(all / 10);

        // A comment: the same strategy, nothing to render.
        edit(initiative(4), text -> text + "# a comment\n");
        assertRebuildIsAFullBuild();
        assertThat(log.get(log.size() - 1)).endsWith("(the strategy and templates are as before: nothing to render)");

        // A title that other pages show: the platforms that enable it, the objectives it moves.
        String enabled = firstEnabledProduct();
        edit(enabled, text -> text.replaceFirst("(?m)^title: .*$", "title: \"A <new> title & more\""));
        assertRebuildIsAFullBuild();

        // What initiative pages show of other files: a key result's title and the owning team's name.
        edit("okrs/objective-0001.yaml", text -> text.replaceFirst("(?m)^    title: .*$", "    title: \"Renamed <key> result\""));
        assertRebuildIsAFullBuild();
        edit("teams.yaml", text -> text.replaceFirst("(?m)^    name: .*$", "    name: Renamed & team"));
        assertRebuildIsAFullBuild();

        // Scalability work that starts later, an initiative dropped, one deleted and one added.
        edit(firstAddressing("scalability"), text -> text.replaceFirst("(?m)^duration: .*$", "duration: 9"));
        assertRebuildIsAFullBuild();
        edit(initiative(7), text -> text.replaceFirst("(?m)^status: .*$", "status: dropped"));
        assertRebuildIsAFullBuild();
        Files.delete(strategy.resolve(unreferenced()));
        assertRebuildIsAFullBuild();
        Files.writeString(strategy.resolve("initiatives/brand-new.yaml"),
                Files.readString(strategy.resolve(initiative(9)), UTF_8), UTF_8);
        assertRebuildIsAFullBuild();

        // Read by every initiative's page: the currency and the scale (its headroom moves the breach).
        edit("strategy.yaml", text -> text.replaceFirst("(?m)^currency: .*$", "currency: EUR"));
        assertRebuildIsAFullBuild();
        edit("scale.yaml", text -> text.replaceFirst("(?m)^headroom: .*$", "headroom: 0.5"));
        assertRebuildIsAFullBuild();

        // The plan itself: every page shows the organization (briefs and charts do not).
        edit("strategy.yaml", text -> text.replaceFirst("(?m)^organization: .*$", "organization: Renamed Ltd"));
        assertRebuildIsAFullBuild();
        assertThat(rendered()).isGreaterThan(100);
    }

    @Test
    void pagesBeyondWhatTheBarNamesAndBackGiveWhatAFullBuildGives() throws Exception {
        assertRebuildIsAFullBuild();

        // Eight pages: the bar names six and links the new pages/index.html, so every page changes.
        for (int i = 2; i <= 8; i++) {
            Files.writeString(strategy.resolve("pages/note-" + i + ".md"),
                    "---\ntitle: Note " + i + "\norder: " + i + "\n---\nText " + i + ".\n", UTF_8);
        }
        Snapshot eight = assertRebuildIsAFullBuild();
        assertThat(eight.files()).containsKey("pages/index.html");
        assertThat(rendered()).isEqualTo(htmlPages(eight));

        // A page the bar does not name: only that page and the index of all pages show its title.
        edit("pages/note-8.md", text -> text.replace("title: Note 8", "title: \"Note <8> & more\""));
        assertRebuildIsAFullBuild();
        assertThat(rendered()).isEqualTo(2);
        // Its text: the page, and the index, which reads the pages whole (site.pages).
        edit("pages/note-8.md", text -> text.replace("Text 8.", "Other text."));
        assertRebuildIsAFullBuild();
        assertThat(rendered()).isEqualTo(2);

        // A page the bar names: every page shows its title.
        edit("pages/note-2.md", text -> text.replace("title: Note 2", "title: Second note"));
        Snapshot renamed = assertRebuildIsAFullBuild();
        assertThat(rendered()).isEqualTo(htmlPages(renamed));

        // Back to six pages: the bar names them all and pages/index.html is gone.
        Files.delete(strategy.resolve("pages/note-7.md"));
        Files.delete(strategy.resolve("pages/note-8.md"));
        assertThat(assertRebuildIsAFullBuild().files()).doesNotContainKey("pages/index.html");
    }

    @Test
    void anImageBesideThePagesIsCopiedAndFollowedThroughEdits() throws Exception {
        Files.writeString(strategy.resolve("pages/architecture.md"),
                "---\ntitle: Architecture\n---\n![Diagram](diagram.png)\n", UTF_8);
        Files.write(strategy.resolve("pages/diagram.png"), new byte[] {1, 2, 3});
        assertThat(assertRebuildIsAFullBuild().files().get("pages/diagram.png")).containsExactly(1, 2, 3);

        // Only the image changed: the strategy is not as before, the site shows the new image.
        Files.write(strategy.resolve("pages/diagram.png"), new byte[] {4, 5});
        assertThat(assertRebuildIsAFullBuild().files().get("pages/diagram.png")).containsExactly(4, 5);

        // An editor's leftover beside it changes nothing, and is no problem.
        Files.write(strategy.resolve("pages/diagram.png~"), new byte[] {1, 2, 3});
        Files.writeString(strategy.resolve("initiatives/" + Path.of(initiative(0)).getFileName() + "~"), "half", UTF_8);
        assertThat(assertRebuildIsAFullBuild().files()).doesNotContainKey("pages/diagram.png~");

        Files.createDirectories(strategy.resolve("pages/images"));
        Files.write(strategy.resolve("pages/images/flow.svg"), "<svg/>".getBytes(UTF_8));
        Files.delete(strategy.resolve("pages/diagram.png"));
        assertThat(assertRebuildIsAFullBuild().files()).containsKey("pages/images/flow.svg")
                .doesNotContainKey("pages/diagram.png");
        assertThat(log).anyMatch(line -> line.startsWith("WARN strategy/pages/architecture.md:4:12: image"
                + " 'diagram.png' will not show"));
    }

    @Test
    void aTemplateOverrideIsFollowedAndWhatItReadsIsTracked() throws Exception {
        assertRebuildIsAFullBuild();
        int all = rendered();

        // Every initiative page now shows the portfolio's NPV: a cost edit re-renders all of them.
        String theme = themeTemplate("initiative.ftlh");
        Files.writeString(templates.resolve("initiative.ftlh"), theme.replace("<h1>${initiative.title}</h1>",
                "<h1>${initiative.title}</h1><p class=\"npv\">${site.totals.npv} · ${site.scale.metric!}</p>"), UTF_8);
        assertRebuildIsAFullBuild();
        assertThat(rendered()).isEqualTo(all);
        // Large enough to move the NPV as the page writes it ("$41.2M"), whatever the generated data.
        edit(committed(1), text -> text.replaceFirst("(?m)^effort: .*$", "effort: 7700"));
        assertRebuildIsAFullBuild();
        assertThat(rendered()).isGreaterThan(100);

        // Reading the whole of a record (here through its text) counts all of it.
        Files.writeString(templates.resolve("initiative.ftlh"), theme.replace("<h1>${initiative.title}</h1>",
                "<h1>${initiative.title}</h1><!-- ${site.teams?is_string?c} ${site.teams?has_content?c} -->"), UTF_8);
        assertRebuildIsAFullBuild();
        edit(committed(2), text -> text.replaceFirst("(?m)^effort: .*$", "effort: 12.5"));
        assertRebuildIsAFullBuild();

        // The override removed: the theme's template again.
        Files.delete(templates.resolve("initiative.ftlh"));
        assertRebuildIsAFullBuild();
        edit(committed(3), text -> text.replaceFirst("(?m)^effort: .*$", "effort: 3"));
        assertRebuildIsAFullBuild();
        assertThat(rendered()).isLessThan(all / 10);
    }

    @Test
    void aBrokenEditAndItsFixGiveWhatAFullBuildGives() throws Exception {
        assertRebuildIsAFullBuild();
        String file = initiative(2);
        String before = Files.readString(strategy.resolve(file), UTF_8);

        Files.writeString(strategy.resolve(file), before + "titel: typo\n", UTF_8);
        Snapshot broken = builder.build(++version, null);
        assertThat(broken.isBroken()).isTrue();
        assertThat(log).contains("WARN The strategy has 1 problem; the browser shows it until it is fixed:");

        Files.writeString(strategy.resolve(file), before.replaceFirst("(?m)^effort: .*$", "effort: 44"), UTF_8);
        assertRebuildIsAFullBuild();
    }

    @Test
    void aBrokenTemplateFailsEveryBuildUntilItIsFixed() throws Exception {
        assertRebuildIsAFullBuild();
        Files.writeString(templates.resolve("initiative.ftlh"), "${no.such.thing}", UTF_8);

        assertThat(builder.build(++version, null).isBroken()).isTrue();
        assertThat(builder.build(++version, null).isBroken()).as("the same folders again").isTrue();

        Files.delete(templates.resolve("initiative.ftlh"));
        assertRebuildIsAFullBuild();
    }

    private Snapshot assertRebuildIsAFullBuild() throws IOException {
        Snapshot snapshot = builder.build(++version, null);
        assertThat(snapshot.isBroken()).as("the rebuild failed: %s", log).isFalse();
        SortedMap<String, byte[]> full = fullBuild();
        assertThat(snapshot.files().keySet()).containsExactlyElementsOf(full.keySet());
        for (Map.Entry<String, byte[]> file : full.entrySet()) {
            assertThat(new String(snapshot.files().get(file.getKey()), UTF_8)).as(file.getKey())
                    .isEqualTo(new String(file.getValue(), UTF_8));
            assertThat(snapshot.files().get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
        return snapshot;
    }

    private static long htmlPages(Snapshot snapshot) {
        return snapshot.files().keySet().stream().filter(path -> path.endsWith(".html")).count();
    }

    /** The site a full build of the folders writes, by path below {@code site/}. */
    private SortedMap<String, byte[]> fullBuild() throws IOException {
        Path output = Files.createTempDirectory(work, "full");
        try {
            Tradeoff.build(new BuildRequest(strategy, output, templates, 1));
        } catch (dev.tradeoff.load.StrategyException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        Path site = output.resolve("site");
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** How many pages, briefs and charts the last build rendered, from its log line. */
    private int rendered() {
        String last = log.get(log.size() - 1);
        Matcher m = BUILT.matcher(last);
        assertThat(m.find()).as("log line: %s", last).isTrue();
        return Integer.parseInt(m.group(2));
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = strategy.resolve(file);
        String before = Files.readString(path, UTF_8);
        String after = change.apply(before);
        assertThat(after).as("an edit of %s", file).isNotEqualTo(before);
        Files.writeString(path, after, UTF_8);
    }

    private String initiative(int index) throws IOException {
        return initiatives().get(index);
    }

    /** The {@code index}th committed initiative: it starts within the plan, so its costs count. */
    private String committed(int index) throws IOException {
        List<String> committed = new ArrayList<>();
        for (String file : initiatives()) {
            if (Files.readString(strategy.resolve(file), UTF_8).contains("\nstatus: committed\n")) {
                committed.add(file);
            }
        }
        return committed.get(index);
    }

    private List<String> initiatives() throws IOException {
        try (Stream<Path> files = Files.list(strategy.resolve("initiatives"))) {
            return files.map(f -> "initiatives/" + f.getFileName()).sorted().toList();
        }
    }

    /** An initiative that some platform enables, so its title shows on the platform's page. */
    private String firstEnabledProduct() throws IOException {
        Pattern target = Pattern.compile("(?m)^enables:\\n  - id: (\\S+)$");
        for (String file : initiatives()) {
            Matcher m = target.matcher(Files.readString(strategy.resolve(file), UTF_8));
            if (m.find()) {
                return "initiatives/" + m.group(1) + ".yaml";
            }
        }
        throw new AssertionError("no platform enables a product");
    }

    /** An initiative that no other one names, so that it can go. */
    private String unreferenced() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String file : initiatives()) {
            all.append(Files.readString(strategy.resolve(file), UTF_8));
        }
        for (String file : initiatives().subList(10, initiatives().size())) {
            String id = file.substring("initiatives/".length(), file.length() - ".yaml".length());
            if (!all.toString().contains("id: " + id + "\n")) {
                return file;
            }
        }
        throw new AssertionError("every initiative is enabled by another");
    }

    private String firstAddressing(String what) throws IOException {
        for (String file : initiatives()) {
            String text = Files.readString(strategy.resolve(file), UTF_8);
            if (text.contains(what) && !text.contains("status: dropped") && text.contains("\nduration: ")
                    && !text.contains("\nduration: 9\n")) {
                return file;
            }
        }
        throw new AssertionError("no initiative addresses " + what);
    }

    private static String themeTemplate(String name) throws IOException {
        try (InputStream in = IncrementalRebuildTest.class.getClassLoader()
                .getResourceAsStream("dev/tradeoff/theme/templates/" + name)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
