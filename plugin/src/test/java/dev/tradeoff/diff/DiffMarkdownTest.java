package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.render.SiteUrl;
import dev.tradeoff.view.GitHubMentionFilter;
import dev.tradeoff.view.GitHubMentions;
import dev.tradeoff.view.MoneyFormat;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiffMarkdownTest {

    @Test
    void theVerdictStatesTheEffectsInMoneyAndBandTerms() throws Exception {
        DiffResult result = Diffs.compare(StrategyFiles.base(), StrategyFiles.head());
        double delta = result.totals().npvDelta();
        String npv = (delta < 0 ? "lowers" : "raises") + " portfolio NPV by " + new MoneyFormat("USD").compact(Math.abs(delta));

        String md = Diffs.markdown(result);

        // Core platform now ends in 2028-Q1, where nothing was planned before: new work, off the band.
        assertThat(md).startsWith("## Strategy change: Acme Pay\n\n**This change " + npv
                + ", pushes platform share below the band in 2027-Q1 and 2027-Q2 and above it in 2027-Q4, puts new"
                + " work above the band in 2028-Q1, leaves 1"
                + " key result without an initiative, makes 1 scalability initiative"
                + " late for the 2028-Q1 breach and costs $150k in delay by starting Core platform 3 quarters later.**\n");
        assertThat(md).contains("\n\nLargest effects: Checkout v2 changed its effort (NPV −$193k); Core platform starts 3 quarters"
                        + " later (NPV −$123k, delay cost +$150k); Reporting removed (portfolio NPV +$115k: it was"
                        + " a loss).\n\n")
                .contains("Compares **head** with the base **base**.")
                .contains("| Planned initiatives | 4 | 3 | 1 added, 1 removed, 3 changed (1 dropped) |")
                .contains("| Quarters within the band (20%–30%) | 1 of 8 | 0 of 8 | −1 |")
                .contains("| Key results without an initiative | 0 | 1 | +1 |")
                .contains("| 2027-Q1 | 25% (within) | 0% (below) | leaves the band (below) |")
                .contains("| Core platform against the breach | on time (latest start 2027-Q3) | 1 quarter late |")
                .contains("### Added initiatives (1)\n\n- **Partner API** (`new-api`): product, proposed, from 2027-Q3; its own NPV ")
                .contains("### Removed initiatives (1)\n\n- **Reporting** (`reporting`)")
                .contains("| title | Checkout | Checkout v2 |")
                .contains("| effort | 60 | 80 |")
                .contains("NPV +$")   // dropping a cost-only initiative raises NPV
                .contains("; dropped: its own NPV was −$");
        // Largest effects first: the changed initiatives in order of |NPV delta| or delay cost.
        String firstChanged = result.changed().stream()
                .max(Comparator.comparingDouble(c -> Math.max(Math.abs(c.npvDelta()),
                        c.delayCost() == null ? 0 : Math.abs(c.delayCost()))))
                .orElseThrow().id();
        assertThat(md.substring(md.indexOf("### Changed initiatives"))).contains("#### ")
                .satisfies(section -> assertThat(section.substring(section.indexOf("#### ")))
                        .startsWith("#### ").contains("(`" + firstChanged + "`)"));
        assertThat(md.length()).isLessThan(DiffMarkdown.LIMIT);
    }

    @Test
    void withTheHeadsSiteUrlItsInitiativesLinkToTheirPagesAndRemovedOnesDoNot() throws Exception {
        DiffResult result = Diffs.compare(StrategyFiles.base(), StrategyFiles.head());
        String site = "https://pr-42--strategy.example.com/";
        String md = DiffMarkdown.write(new DiffViewBuilder(result.currency()).build(result, List.of()),
                SiteUrl.parse(site).orElseThrow());

        assertThat(md).contains("Compares **head** with the base **base**. [The site as changed](" + site + ").\n")
                .contains("- **[Partner API](" + site + "initiatives/new-api.html)** (`new-api`): product")
                .contains("- **Reporting** (`reporting`)")
                .contains("| [Core platform](" + site + "initiatives/core-platform.html) (`core-platform`) | 2027-Q1 → 2027-Q4 |")
                .contains("#### [Checkout v2](" + site + "initiatives/checkout.html) (`checkout`)\n")
                .doesNotContain("initiatives/reporting.html");
        // Without it, the same comment names them without links.
        assertThat(Diffs.markdown(result)).doesNotContain("](").contains("#### Checkout v2 (`checkout`)\n");
    }

    @Test
    void aRenamedInitiativeLinksToThePageOfItsNewId() throws Exception {
        DiffResult result = Diffs.compare(StrategyFiles.base(),
                StrategyFiles.base().rename("initiatives/reporting.yaml", "initiatives/index.yaml"));
        String md = DiffMarkdown.write(new DiffViewBuilder(result.currency()).build(result, List.of()),
                SiteUrl.parse("https://strategy.example.com/").orElseThrow());

        // An initiative with the id "index" has its page at index_.html, beside the initiatives' index.
        assertThat(md).contains("- **[Reporting](https://strategy.example.com/initiatives/index_.html)**:"
                + " `reporting` → `index`, its file otherwise as it was\n");
    }

    @Test
    void aLateInitiativeThatMovesLaterStillIsNamedSo() throws Exception {
        StrategyFiles late = StrategyFiles.base().edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q4\n");
        StrategyFiles later = StrategyFiles.base().edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2028-Q1\n");
        String md = Diffs.markdown(Diffs.compare(late, later));
        assertThat(md).contains("makes 1 late scalability initiative later still for the 2028-Q1 breach")
                .contains("| Core platform against the breach | 1 quarter late | 2 quarters late |");
    }

    @Test
    void teamsAndObjectivesThatMoveAreShown() throws Exception {
        StrategyFiles base = StrategyFiles.base()
                .withCoreTeamOwningCorePlatform();
        StrategyFiles head = base.copy()
                .edit("initiatives/core-platform.yaml", "effort: 20\n", "effort: 30\n")
                .edit("okrs/grow.yaml", "current: 120\n", "current: 180\n");
        DiffResult result = Diffs.compare(base, head);
        assertThat(result.teams()).singleElement().satisfies(t -> {
            assertThat(t.peakBefore()).isCloseTo(10 / 12.0, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(t.becomesOverloaded()).isTrue();
        });
        assertThat(result.objectives()).singleElement().satisfies(o -> assertThat(o.scoreAfter()).isGreaterThan(o.scoreBefore()));
        String md = Diffs.markdown(result);
        assertThat(md).contains(", overloads Core and moves the score of Grow revenue reliably to 68% (was 38%).")
                .contains("| Team Core at its busiest | 83% | 125% (overloaded) | becomes overloaded: work 20 → 30 person-months |")
                .contains("| Objective Grow revenue reliably | ");
    }

    @Test
    void aChangeOutsideTheInitiativesThatMovesAFigureIsNotNoEffect() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("okrs/grow.yaml", "current: 120\n", "current: 150\n");
        DiffResult result = Diffs.compare(StrategyFiles.base(), head);
        assertThat(result.hasEffect()).isTrue();
        assertThat(result.changed()).isEmpty();
        assertThat(Diffs.markdown(result)).startsWith("## Strategy change")
                .contains("This change leaves portfolio NPV unchanged and moves the score of Grow revenue reliably to"
                        + " 53% (was 38%).");
        // A page is not a figure, but it is a change: listed, with every figure as it was.
        StrategyFiles page = StrategyFiles.base().put("pages/notes.md", "---\ntitle: Notes\n---\nHello\n");
        DiffResult pageAdded = Diffs.compare(StrategyFiles.base(), page);
        assertThat(pageAdded.changesInitiativesPlanOrFigures()).isFalse();
        assertThat(Diffs.markdown(pageAdded)).contains("\n- `pages/notes.md`: added\n");
    }

    @Test
    void aRevivedInitiativeIsNamedSoAndSavesNoDelay() throws Exception {
        // Reporting, dropped at 2027-Q3, comes back from 2027-Q2: its NPV, −$101.7k (see
        // StrategyDiffTest), joins the total; "starts 1 quarter earlier" would be a saving it is not.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "status: proposed\n", "status: dropped\n");
        StrategyFiles head = StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q2\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        // Nothing was planned in 2027-Q3 while Reporting was dropped: its work there is new, and off the band.
        assertThat(md).contains("**This change lowers portfolio NPV by $102k and puts new work below the band in"
                        + " 2027-Q3.**\n\nLargest effects: Reporting revived"
                        + " (portfolio NPV −$102k: a loss).\n")
                .contains("#### Reporting (`reporting`)\n\nNPV −$102k; revived: its own NPV −$102k, counted as 0 before.\n")
                .contains("| start | 2027-Q3 | 2027-Q2 |")
                .doesNotContain("in delay")
                .doesNotContain("Schedule shifts")
                .doesNotContain("Delay cost of 1")
                .doesNotContain("earlier")
                // Revived, it joins the planned order's sequence, and so its cost of delay (SPEC section 3).
                .contains("| Delay cost of the planned order (not in NPV) | $400k | $540k | +$140k |");
    }

    @Test
    void addedRemovedDroppedAndRevivedInitiativesReadAlike() throws Exception {
        // NPVs worked out in StrategyDiffTest: core-platform +$70.4k, new-api −$105.8k, legacy-cleanup
        // −$95.3k (100k spent in 2027-Q2), reporting −$115.5k at its 2027-Q3 start. Each is named with
        // what it does to the portfolio NPV and, apart, its own NPV: removing core-platform costs its
        // $70.4k, dropping legacy-cleanup, which loses $95.3k, raises the total by as much.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "status: proposed\n", "status: dropped\n");
        StrategyFiles head = StrategyFiles.head().edit("initiatives/checkout.yaml", "effort: 80\n", "effort: 60\n")
                .remove("initiatives/core-platform.yaml")
                .put("initiatives/reporting.yaml", StrategyFiles.base().files().get("initiatives/reporting.yaml"));

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(md).contains("Largest effects: Reporting revived (portfolio NPV −$115k: a loss);"
                        + " Partner API added (portfolio NPV −$106k: a loss);"
                        + " Legacy cleanup dropped (portfolio NPV +$95.3k: it was a loss).")
                .contains("### Added initiatives (1)\n\n- **Partner API** (`new-api`): product, proposed, from 2027-Q3;"
                        + " its own NPV −$106k\n")
                .contains("### Removed initiatives (1)\n\n- **Core platform** (`core-platform`): platform, committed,"
                        + " from 2027-Q1; its own NPV $70.4k, portfolio NPV −$70.4k\n")
                .contains("#### Legacy cleanup (`legacy-cleanup`)\n\nNPV +$95.3k; dropped: its own NPV was −$95.3k,"
                        + " now counted as 0.\n")
                .contains("#### Reporting (`reporting`)\n\nNPV −$115k; revived: its own NPV −$115k, counted as 0"
                        + " before.\n")
                .doesNotContain("back from dropped");
    }

    @Test
    void removingADroppedInitiativeSaysItWasDroppedBesideALiveCountThatStays() throws Exception {
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "status: proposed\n", "status: dropped\n");
        StrategyFiles head = base.copy().remove("initiatives/reporting.yaml");

        assertThat(Diffs.markdown(Diffs.compare(base, head))).contains("| Planned initiatives | 3 | 3 | 1 removed (dropped) |");
    }

    @Test
    void aNewCurrencyIsSaidNotConverted() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("strategy.yaml", "currency: USD\n", "currency: EUR\n");

        assertThat(Diffs.markdown(Diffs.compare(StrategyFiles.base(), head))).contains("The currency changed from USD to EUR:"
                + " amounts before the change are shown in EUR as written, not converted.");
    }

    @Test
    void commentsInEveryKindOfFileAreAllCountedAsNoEffect() throws Exception {
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60  # agreed\n")
                .edit("strategy.yaml", "horizon: 8\n", "horizon: 8  # two years\n")
                .edit("okrs/grow.yaml", "current: 120\n", "current: 120  # June\n");

        assertThat(Diffs.markdown(Diffs.compare(StrategyFiles.base(), head))).contains("No effect: 1 initiative file"
                + " and 2 other files changed only in comments or formatting, and every figure stays as it was.");
        StrategyFiles othersOnly = StrategyFiles.base().edit("scale.yaml", "capacity: 1000\n", "capacity: 1000 # peak\n");
        assertThat(Diffs.markdown(Diffs.compare(StrategyFiles.base(), othersOnly)))
                .contains("No effect: 1 file changed only in comments or formatting");
    }

    @Test
    void aLongSummaryChangedAtItsEndShowsTheChangeNotTheSameOpening() throws Exception {
        String summary = "Rebuilds the checkout " + "step by step ".repeat(30) + "for every market.";
        StrategyFiles base = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n",
                "value: 8\nsummary: " + summary + "\n");
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n",
                "value: 8\nsummary: " + summary.replace("for every market.", "for every market; blocked until PCI sign-off.") + "\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        String row = md.lines().filter(line -> line.startsWith("| summary |")).findFirst().orElseThrow();
        // The summary is 430 characters; each cell shows 200 from 50 before the first difference.
        assertThat(row).contains("step by step for every market. |")
                .endsWith("step by step for every market; blocked until PCI sign-off. |")
                .doesNotContain("Rebuilds the checkout");
        assertThat(row.split(" \\| ")[1]).startsWith("…");
    }

    @Test
    void aChangedInitiativeSaysItsOwnNpvBeforeAndAfterAndWhenItStartsToLoseMoney() throws Exception {
        // Checkout loses $52.2k as the base plans it; with 20 person-months less it gains.
        StrategyFiles dearer = StrategyFiles.base().edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 70\n");
        StrategyFiles cheaper = StrategyFiles.base().edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 40\n");
        StrategyFiles cheaperLessBenefit = StrategyFiles.base().edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 40\n")
                .edit("initiatives/checkout.yaml", "amount: 100k\n", "amount: 5k\n");

        assertThat(note(Diffs.markdown(Diffs.compare(StrategyFiles.base(), dearer)), "Checkout"))
                .matches("NPV −\\$[0-9.]+k; its own NPV −\\$52\\.2k → −\\$[0-9.]+k\\.");
        assertThat(note(Diffs.markdown(Diffs.compare(StrategyFiles.base(), cheaper)), "Checkout"))
                .isEqualTo("NPV +$193k; its own NPV −$52.2k → $141k, now a gain.");
        assertThat(note(Diffs.markdown(Diffs.compare(cheaper, cheaperLessBenefit)), "Checkout"))
                .matches("NPV −\\$[0-9.]+[kM]; its own NPV \\$141k → −\\$[0-9.]+k, now a loss\\.");
    }

    /** The line under a changed initiative's heading. */
    private static String note(String md, String title) {
        String section = md.substring(md.indexOf("#### " + title));
        return section.lines().skip(2).findFirst().orElseThrow();
    }

    @Test
    void aRewordedInitiativeSaysNoFigureMovesWithoutATableOfDashes() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n",
                "value: 8\nsummary: Rebuilds the checkout.\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).startsWith("## Strategy change: Acme Pay\n\n"
                        + "**No figure moves: this change edits the wording of Checkout (summary).**\n\n"
                        + "Compares **head** with the base **base**.\n")
                .doesNotContain("| Portfolio NPV |").contains("| summary |");
    }

    @Test
    void aRewordedObjectiveIsListedAndNoFigureMoves() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("okrs/grow.yaml", "objective: Grow revenue reliably\n",
                "objective: Grow revenue, reliably\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).isEqualTo("## Strategy change: Acme Pay\n\n"
                + "**No figure moves: this change adds, removes and changes no initiative, and every figure stays"
                + " as it was.**\n\n"
                + "Compares **head** with the base **base**.\n\n"
                + "### Other files changed (1)\n\n"
                + "- `okrs/grow.yaml`: objective text 'Grow revenue reliably' → 'Grow revenue, reliably'\n");
    }

    @Test
    void anotherFileChangedBesideMovedFiguresIsListedAfterThem() throws Exception {
        StrategyFiles head = StrategyFiles.base()
                .edit("okrs/grow.yaml", "objective: Grow revenue reliably\n", "objective: Grow revenue, reliably\n")
                .edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 80\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).contains("| Portfolio NPV |")
                .endsWith("| effort | 60 | 80 |\n\n\n### Other files changed (1)\n\n- `okrs/grow.yaml`: objective text 'Grow revenue reliably' → 'Grow revenue, reliably'\n");
    }

    @Test
    void aCommentInAnotherFileIsStillNoEffect() throws Exception {
        StrategyFiles head = StrategyFiles.base()
                .edit("okrs/grow.yaml", "quarter: 2027-Q4\n", "quarter: 2027-Q4  # the review\n")
                .edit("scale.yaml", "growth: 0.1\n", "growth: 0.10  # a quarter\n");

        assertThat(Diffs.markdown(Diffs.compare(StrategyFiles.base(), head))).isEqualTo("No effect: 2 files changed"
                + " only in comments or formatting, and every figure stays as it was.\n");
    }

    @Test
    void windowsLineEndingsAloneAreNoChange() throws Exception {
        StrategyFiles crlf = StrategyFiles.base();
        String text = crlf.files().get("initiatives/checkout.yaml");
        crlf.put("initiatives/checkout.yaml", text.replace("\n", "\r\n"));
        assertThat(Diffs.compare(StrategyFiles.base(), crlf).changed()).isEmpty();
    }

    @Test
    void aChangeWithNoEffectSaysSoInOneLine() throws Exception {
        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), StrategyFiles.base()));
        assertThat(md).isEqualTo("No effect: this change adds, removes and changes no initiative, and every figure"
                + " stays as it was.\n");
    }

    @Test
    void userTextIsEscaped() throws Exception {
        String title = "*Bold* <b>x</b> | a & b # [l](https://x) _u_ ~s~ `c` \\\\ end";
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "title: Checkout\n",
                "title: \"" + title + "\"\n");
        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));
        String escaped = "\\*Bold\\* \\<b\\>x\\</b\\> \\| a & b \\# \\[l\\](https://x) \\_u\\_ \\~s\\~ \\`c\\` \\\\ end";
        assertThat(md).contains("#### " + escaped + " (`checkout`)")
                .contains("| title | Checkout | " + escaped + " |")
                .doesNotContain("<b>");
    }

    @Test
    void theCommentMentionsNoOneItNames() throws Exception {
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "title: Checkout\n", "title: Checkout\nsummary: Ask @alice.\n");
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "title: Checkout\n",
                "title: \"Checkout for @acme/payments-team\"\nsummary: Ask @bob (or mail bob@example.com).\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(GitHubMentionFilter.liveMentions(md)).isEmpty();
        assertThat(md).contains("#### Checkout for @&#8203;acme/payments-team (`checkout`)")
                .contains("| title | Checkout | Checkout for @&#8203;acme/payments-team |")
                .contains("| summary | Ask @&#8203;alice. | Ask @&#8203;bob (or mail bob@example.com). |");
        // What a filter would find were the @ left as it was: the test can see a mention.
        assertThat(GitHubMentionFilter.liveMentions(md.replace(GitHubMentions.BREAK, "")))
                .contains("@acme/payments-team", "@alice", "@bob");
    }

    @Test
    void newlinesInUserTextBecomeSpacesSoTablesHold() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "title: Checkout\n",
                "title: Checkout\nsummary: |\n  line one\n  | not a row |\n");
        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));
        assertThat(md).contains("| summary |  | line one \\| not a row \\|  |");
    }

    @Test
    void staysUnderTheLimitWithThousandsOfChanges() throws Exception {
        int n = 3_000;
        StrategyFiles base = StrategyFiles.base();
        StrategyFiles head = StrategyFiles.base();
        for (int i = 0; i < n; i++) {
            String changed = String.format(java.util.Locale.ROOT, "initiatives/c-%04d.yaml", i);
            base.put(changed, initiative("Changed " + i, "2027-Q1", 10 + i % 7, 1_000 + i));
            head.put(changed, initiative("Changed and renamed " + i + " " + "x".repeat(300), "2027-Q" + (1 + i % 4),
                    12 + i % 5, 2_000 + i));
            base.put(String.format(java.util.Locale.ROOT, "initiatives/r-%04d.yaml", i), initiative("Removed " + i, "2027-Q2", 5, 500 + i));
            String objective = String.format(java.util.Locale.ROOT, "okrs/o-%04d.yaml", i);
            base.put(objective, objective("Objective " + i));
            head.put(objective, objective("Objective reworded " + i + " " + "y".repeat(300)));
            head.put(String.format(java.util.Locale.ROOT, "initiatives/a-%04d.yaml", i), initiative("Added " + i, "2027-Q3", 5, 700 + i));
        }

        DiffResult result = Diffs.compare(base, head);
        String md = Diffs.markdown(result);

        assertThat(result.changed()).hasSize(n);
        assertThat(result.added()).hasSize(n);
        assertThat(result.removed()).hasSize(n);
        assertThat(result.otherFiles()).hasSize(n);
        assertThat(md.length()).isLessThan(DiffMarkdown.LIMIT);
        // Links to a published site make every item longer; the comment still fits.
        assertThat(DiffMarkdown.write(new DiffViewBuilder(result.currency()).build(result, List.of()),
                SiteUrl.parse("https://strategy.example.com/" + "a".repeat(200) + "/").orElseThrow()).length())
                .isLessThan(DiffMarkdown.LIMIT);
        int shownChanged = count(md, "\n#### ");
        int shownAdded = count(md, "\n- **Added ");
        int shownRemoved = count(md, "\n- **Removed ");
        assertThat(shownChanged).isGreaterThan(5);
        assertThat(shownAdded).isGreaterThan(5);
        assertThat(shownRemoved).isGreaterThan(5);
        assertThat(md).contains("… and " + grouped(n - shownChanged) + " more changed initiatives")
                .contains("… and " + grouped(n - shownAdded) + " more added initiatives")
                .contains("… and " + grouped(n - shownRemoved) + " more removed initiatives")
                .contains("… and " + grouped(n - count(md, "\n- `okrs/o-")) + " more other files")
                .contains("more schedule shifts");
        // The largest NPV move comes first.
        ChangedInitiative largest = result.changed().stream()
                .max(Comparator.comparingDouble(c -> Math.max(Math.abs(c.npvDelta()),
                        c.delayCost() == null ? 0 : Math.abs(c.delayCost()))))
                .orElseThrow();
        assertThat(md.substring(md.indexOf("### Changed initiatives"))).contains("(`" + largest.id() + "`)");
    }

    @Test
    void hugeTextIsCutSoOneInitiativeCannotFillTheComment() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "title: Checkout\n",
                "title: " + "T".repeat(100_000) + "\nsummary: " + "S".repeat(100_000) + "\n");
        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));
        assertThat(md.length()).isLessThan(5_000);
        assertThat(md).contains("T".repeat(100) + "…").contains("S".repeat(150) + "…");
    }

    @Test
    void aSectionFormatsOnlyTheItemsThatCanBeShown() {
        List<Integer> rows = IntStream.range(0, 10_000).boxed().toList();
        AtomicInteger formatted = new AtomicInteger();
        Function<Integer, String> format = i -> {
            formatted.incrementAndGet();
            return "- item " + "x".repeat(90) + i + "\n";
        };
        DiffMarkdown.Section lazy = DiffMarkdown.Section.of("### Items", null, rows, format, "item");
        DiffMarkdown.Section full = new DiffMarkdown.Section("### Items", null,
                rows.stream().map(format).toList(), rows.size(), "item");

        assertThat(formatted.get() - rows.size()).isLessThan(DiffMarkdown.BUDGET / 90);
        assertThat(lazy.count()).isEqualTo(10_000);
        for (int allowance : new int[] {0, 500, 20_000, DiffMarkdown.BUDGET}) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            lazy.render(allowance, a);
            full.render(allowance, b);
            assertThat(a.toString()).isEqualTo(b.toString());
        }
        assertThat(DiffMarkdown.share(List.of(lazy, lazy), DiffMarkdown.BUDGET))
                .containsExactly(DiffMarkdown.share(List.of(full, full), DiffMarkdown.BUDGET));
    }

    /** A section that needs {@code size} characters: its heading's line ends take 3. */
    private static DiffMarkdown.Section needing(int size) {
        return new DiffMarkdown.Section("", null, List.of("x".repeat(size - 3)), 1, "item");
    }

    @Test
    void sectionsThatNeedLessThanAnEqualShareGetWhatTheyNeedAndTheRestShareWhatIsLeft() {
        // 12,000 among three: 4,000 each would do for 1,000 and 3,000; 9,000 gets the 8,000 they leave.
        assertThat(DiffMarkdown.share(List.of(needing(1_000), needing(3_000), needing(9_000)), 12_000))
                .containsExactly(1_000, 3_000, 8_000);
        // 5,000 needs more than 4,000 but less than the 5,500 left once 1,000 is settled.
        assertThat(DiffMarkdown.share(List.of(needing(1_000), needing(5_000), needing(9_000)), 12_000))
                .containsExactly(1_000, 5_000, 6_000);
        assertThat(DiffMarkdown.share(List.of(needing(9_000), needing(9_000)), 12_000)).containsExactly(6_000, 6_000);
    }

    @Test
    void aChangedInitiativeShowsTwelveFieldsAndCountsTheRest() throws Exception {
        StringBuilder before = new StringBuilder("value: 8\n");
        StringBuilder after = new StringBuilder("value: 8\n");
        for (int i = 1; i <= 13; i++) {
            before.append("x-field-").append(i).append(": old\n");
            after.append("x-field-").append(i).append(": new\n");
        }
        StrategyFiles base = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n", before.toString());
        StrategyFiles thirteen = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n", after.toString());
        StrategyFiles twelve = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n",
                after.toString().replace("x-field-13: new", "x-field-13: old"));

        String md = Diffs.markdown(Diffs.compare(base, thirteen));

        assertThat(md).contains("| x-field-12 | old | new |\n\n… and 1 more field\n").doesNotContain("x-field-13");
        assertThat(Diffs.markdown(Diffs.compare(base, twelve))).contains("| x-field-12 | old | new |\n")
                .doesNotContain("more field");
    }

    @Test
    void aRescheduledInitiativeSaysItsShiftAndDelayCostUnderItsName() throws Exception {
        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), StrategyFiles.head()));

        assertThat(md).contains("#### Core platform (`core-platform`)\n\nNPV −$123k; starts 3 quarters later, delay cost"
                + " +$150k; its own NPV $70.4k → −$52.7k, now a loss.\n");
    }

    @Test
    void oneItemLeftOutIsCountedInTheSingular() {
        DiffMarkdown.Section section = new DiffMarkdown.Section("### Items", null, List.of("- a\n", "- b\n", "- c\n"), 3,
                "item");
        StringBuilder one = new StringBuilder();
        StringBuilder two = new StringBuilder();

        // The heading takes 12 characters with its line ends, each item 4.
        section.render(20, one);
        section.render(16, two);

        assertThat(one).hasToString("\n### Items\n\n- a\n- b\n\n… and 1 more item (see diff.html or diff.json)\n");
        assertThat(two).hasToString("\n### Items\n\n- a\n\n… and 2 more items (see diff.html or diff.json)\n");
    }

    private static String initiative(String title, String start, int effort, int benefit) {
        return "title: " + title + "\nkind: product\nstatus: committed\nstart: " + start + "\nduration: 2\neffort: "
                + effort + "\nbenefits:\n  - type: revenue\n    amount: " + benefit + "\nvalue: 5\nriskReduction: 5\n";
    }

    private static String objective(String text) {
        return "objective: " + text + "\nquarter: 2027-Q4\nkeyResults:\n  - id: kr\n    title: A key result\n"
                + "    baseline: 0\n    target: 10\n    current: 5\n";
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
