package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff end to end: a real repository, the base read at a ref, the head from disk, the files written. */
class DiffPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Quarterly discount rate at the default 10% a year. */
    private static final double R = Math.pow(1.10, 0.25) - 1;

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private JsonNode diffJson() throws Exception {
        return JSON.readTree(out().resolve("diff/diff.json").toFile());
    }

    private DiffOutcome run(Path strategy, String ref, String failOn) throws Exception {
        return DiffPipeline.run(DiffRequest.of(strategy, ref, null, out(), failOn));
    }

    @Test
    void comparesTheCommitsThatAddRemoveChangeAndRescheduleInitiatives() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            RevCommit base = repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "add, remove, change, reschedule, drop");

            DiffOutcome outcome = run(repo.strategy, "HEAD~1", null);

            assertThat(outcome.passes()).isTrue();
            JsonNode json = diffJson();
            assertThat(json.get("base").asText()).isEqualTo("HEAD~1");
            assertThat(json.get("head").asText()).isEqualTo("src/strategy");
            assertThat(json.get("baseCommit").asText()).isEqualTo(base.getName());
            assertThat(texts(json.get("added"))).containsExactly("new-api");
            assertThat(texts(json.get("removed"))).containsExactly("reporting");
            assertThat(ids(json.get("changed"))).containsExactly("checkout", "core-platform", "legacy-cleanup");

            Portfolio before = Diffs.analyse(StrategyFiles.base());
            Portfolio after = Diffs.analyse(StrategyFiles.head());

            JsonNode checkout = json.get("changed").get(0);
            assertThat(fields(checkout)).containsExactly("title: Checkout → Checkout v2", "effort: 60 → 80");
            assertThat(checkout.get("fields").get(1).get("before").isNumber()).isTrue();
            assertThat(checkout.get("startShift").asInt()).isZero();
            assertThat(checkout.get("npvDelta").asDouble())
                    .isEqualTo(npv(after, "checkout") - npv(before, "checkout"));
            // 20 more person-months at 10k, spread over two quarters, cost that much more, discounted.
            assertThat(checkout.get("npvDelta").asDouble())
                    .isCloseTo(-(100_000 / (1 + R) + 100_000 / Math.pow(1 + R, 2)), within(1e-6));
            assertThat(checkout.get("delayCost").isNull()).isTrue();

            JsonNode core = json.get("changed").get(1);
            assertThat(fields(core)).containsExactly("start: 2027-Q1 → 2027-Q4");
            assertThat(core.get("startShift").asInt()).isEqualTo(3);
            assertThat(core.get("startBefore").asText()).isEqualTo("2027-Q1");
            assertThat(core.get("startAfter").asText()).isEqualTo("2027-Q4");
            assertThat(core.get("costOfDelay").asDouble()).isEqualTo(50_000);
            assertThat(core.get("delayCost").asDouble()).isEqualTo(150_000);
            assertThat(core.get("npvDelta").asDouble()).isEqualTo(npv(after, "core-platform") - npv(before, "core-platform"));
            assertThat(core.get("npvDelta").asDouble()).isNegative();

            JsonNode legacy = json.get("changed").get(2);
            assertThat(fields(legacy)).containsExactly("status: proposed → dropped");
            assertThat(legacy.get("npvAfter").isNull()).isTrue();
            // Dropped counts as 0: the delta is minus its NPV before, 100k spent in quarter 2.
            assertThat(legacy.get("npvBefore").asDouble()).isCloseTo(-100_000 / Math.pow(1 + R, 2), within(1e-6));
            assertThat(legacy.get("npvDelta").asDouble()).isCloseTo(100_000 / Math.pow(1 + R, 2), within(1e-6));
            assertThat(legacy.get("statusAfter").asText()).isEqualTo("dropped");

            JsonNode totals = json.get("totals");
            assertThat(totals.get("npvBefore").asDouble()).isEqualTo(before.totals().npv());
            assertThat(totals.get("npvAfter").asDouble()).isEqualTo(after.totals().npv());
            assertThat(totals.get("npvDelta").asDouble()).isEqualTo(after.totals().npv() - before.totals().npv());
            // Beside the NPV, and in no NPV: the enablement value and the cost of delay of each order.
            assertThat(totals.get("enablementValueBefore").isNumber()).isTrue();
            assertThat(totals.get("enablementValueDelta").asDouble()).isEqualTo(
                    totals.get("enablementValueAfter").asDouble() - totals.get("enablementValueBefore").asDouble());
            JsonNode sequencing = json.get("sequencing");
            assertThat(sequencing.get("planDelayCostBefore").asDouble()).isEqualTo(before.sequencing().planDelayCost());
            assertThat(sequencing.get("planDelayCostAfter").asDouble()).isEqualTo(after.sequencing().planDelayCost());
            assertThat(sequencing.get("cd3DelayCostAfter").asDouble()).isEqualTo(after.sequencing().cd3DelayCost());
            assertThat(sequencing.get("savingBefore").asDouble()).isEqualTo(before.sequencing().saving());
            assertThat(sequencing.get("planDelayCostAfter").asDouble()).isNotEqualTo(sequencing.get("planDelayCostBefore").asDouble());

            JsonNode allocation = json.get("allocation");
            assertThat(allocation).hasSize(8);
            assertThat(allocation.get(0).get("quarter").asText()).isEqualTo("2027-Q1");
            assertThat(allocation.get(0).get("platformShareBefore").asDouble()).isEqualTo(0.25);
            assertThat(allocation.get(0).get("platformShareAfter").asDouble()).isEqualTo(0.0);
            assertThat(allocation.get(0).get("statusBefore").asText()).isEqualTo("within");
            assertThat(allocation.get(0).get("statusAfter").asText()).isEqualTo("below");
            assertThat(allocation.get(1).get("platformShareBefore").asDouble()).isEqualTo(0.4);
            assertThat(allocation.get(4).get("quarter").asText()).isEqualTo("2028-Q1");
            assertThat(allocation.get(4).get("platformShareBefore").isNull()).isTrue();
            assertThat(allocation.get(4).get("platformShareAfter").asDouble()).isEqualTo(1.0);
            assertThat(allocation.get(7).get("quarter").asText()).isEqualTo("2028-Q4");

            assertThat(json.get("keyResults")).hasSize(1);
            JsonNode uptime = json.get("keyResults").get(0);
            assertThat(uptime.get("keyResult").asText()).isEqualTo("grow/uptime");
            assertThat(uptime.get("change").asText()).isEqualTo("loses-last-initiative");
            assertThat(texts(uptime.get("initiativesBefore"))).containsExactly("legacy-cleanup");
            assertThat(uptime.get("initiativesAfter")).isEmpty();

            JsonNode scale = json.get("scale");
            assertThat(scale.get("breachQuarterBefore").asText()).isEqualTo("2028-Q1");
            assertThat(scale.get("breachShift").asInt()).isZero();
            JsonNode late = scale.get("latestStarts").get(0);
            assertThat(late.get("id").asText()).isEqualTo("core-platform");
            assertThat(late.get("lateByBefore").asInt()).isZero();
            assertThat(late.get("lateByAfter").asInt()).isEqualTo(1);
            assertThat(json.get("plan")).isEmpty();

            String md = Files.readString(out().resolve("diff/diff.md"));
            assertThat(md).contains("pushes platform share below the band in 2027-Q1")
                    .contains("costs $150k in delay by starting Core platform 3 quarters later")
                    .contains("| Core platform (`core-platform`) | 2027-Q1 → 2027-Q4 | 3 quarters later | +$150k |")
                    .contains("`grow/uptime` Uptime of the payment path: loses its last initiative (was legacy-cleanup)");
            Document html = Jsoup.parse(out().resolve("diff/diff.html").toFile());
            assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
            assertThat(html.select("link[rel=stylesheet]").attr("href")).isEqualTo("diff.css");
            assertThat(html.select("script, [style]")).isEmpty();
            assertThat(html.select("#changed ~ article h3").eachText()).hasSize(3);
            assertThat(out().resolve("diff/diff.css")).isRegularFile();
        }
    }

    @Test
    void theHeadIsTheFolderOnDiskWithUncommittedEdits() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base(), "base");
            repo.write(StrategyFiles.base().edit("initiatives/checkout.yaml", "title: Checkout\n", "title: One-click checkout\n"));

            run(repo.strategy, "HEAD", null);

            JsonNode json = diffJson();
            assertThat(json.get("added")).isEmpty();
            assertThat(json.get("removed")).isEmpty();
            assertThat(ids(json.get("changed"))).containsExactly("checkout");
            assertThat(fields(json.get("changed").get(0))).containsExactly("title: Checkout → One-click checkout");
            assertThat(json.get("changed").get(0).get("npvDelta").asDouble()).isZero();
            assertThat(json.get("totals").get("npvDelta").asDouble()).isZero();
            // The edit is still uncommitted, and nothing else changed in the work tree.
            assertThat(repo.git.status().call().getModified()).containsExactly("src/strategy/initiatives/checkout.yaml");
        }
    }

    @Test
    void anEditToCommentsOnlyIsAChangeWithNoEffect() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base(), "base");
            repo.write(StrategyFiles.base().edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60   # two teams\n"));

            run(repo.strategy, "HEAD", null);

            JsonNode changed = diffJson().get("changed");
            assertThat(ids(changed)).containsExactly("checkout");
            assertThat(changed.get(0).get("fields")).isEmpty();
            assertThat(Files.readString(out().resolve("diff/diff.md")))
                    .isEqualTo("No effect: 1 initiative file changed only in comments or formatting,"
                            + " and every figure stays as it was.\n");
        }
    }

    @Test
    void allocationCoversTheQuartersOfBothPlans() throws Exception {
        Path base = dir.resolve("base");
        Path head = dir.resolve("head");
        StrategyFiles.base().writeTo(base);
        StrategyFiles.base().edit("strategy.yaml", "horizon: 8\n", "horizon: 10\n")
                .edit("strategy.yaml", "start: 2027-Q1\n", "start: 2026-Q4\n").writeTo(head);

        DiffPipeline.run(DiffRequest.of(head, null, base, out(), null));

        JsonNode json = diffJson();
        assertThat(json.get("base").asText()).isEqualTo("base");
        assertThat(json.get("head").asText()).isEqualTo("head");
        assertThat(json.get("baseCommit").isNull()).isTrue();
        JsonNode allocation = json.get("allocation");
        List<String> quarters = texts(allocation, "quarter");
        assertThat(quarters).hasSize(10).startsWith("2026-Q4", "2027-Q1").endsWith("2029-Q1");
        assertThat(allocation.get(0).get("platformShareBefore").isNull()).isTrue();
        assertThat(allocation.get(0).get("statusBefore").isNull()).isTrue();
        assertThat(allocation.get(0).get("statusAfter").asText()).isEqualTo("idle");
        assertThat(allocation.get(1).get("platformShareBefore").asDouble()).isEqualTo(0.25);
        assertThat(allocation.get(1).get("platformShareAfter").asDouble()).isEqualTo(0.25);
        assertThat(allocation.get(9).get("platformShareBefore").isNull()).isTrue();
        assertThat(fields(json, "plan")).containsExactly("start: 2027-Q1 → 2026-Q4", "horizon: 8 → 10");
    }

    @Test
    void aFileTheSameOnBothSidesIsReadAgainWhenWhatItMeansDependsOnThePlan() throws Exception {
        // The base takes files with the head's bytes from the head's load, but a proposed initiative
        // without a start starts with its own side's plan, so it must not be taken as the head read it.
        Path base = dir.resolve("base");
        Path head = dir.resolve("head");
        StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "").writeTo(base);
        StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "")
                .edit("strategy.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n").writeTo(head);
        assertThat(Files.readString(base.resolve("initiatives/reporting.yaml")))
                .isEqualTo(Files.readString(head.resolve("initiatives/reporting.yaml")));

        DiffPipeline.run(DiffRequest.of(head, null, base, out(), null));

        // The base's 2027-Q1: core platform 10 person-months (platform), checkout 30 (product) and
        // reporting, starting with the base's plan, 10 (product): 10 / 50 = 0.2. Had the base taken
        // the head's reading, reporting would start in 2027-Q2 there too: 10 / 40 = 0.25.
        JsonNode allocation = diffJson().get("allocation");
        assertThat(texts(allocation, "quarter")).startsWith("2027-Q1", "2027-Q2");
        assertThat(allocation.get(0).get("platformShareBefore").asDouble()).isEqualTo(0.2);
        // Identical bytes: not listed as changed, though its figures moved with the plan.
        assertThat(ids(diffJson().get("changed"))).doesNotContain("reporting");
    }

    @Test
    void anInvalidBaseIsTheBasesProblem() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base().edit("initiatives/reporting.yaml", "value: 4\n", "valu: 4\n"), "broken");
            repo.commit(StrategyFiles.base(), "fixed");
            Files.createDirectories(out().resolve("diff"));
            Files.writeString(out().resolve("diff/diff.md"), "OLD");

            assertThatThrownBy(() -> run(repo.strategy, "HEAD~1", null))
                    .isInstanceOfSatisfying(BaseStrategyException.class, e -> {
                        assertThat(e.base()).isEqualTo("HEAD~1");
                        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(1);
                        assertThat(e.getMessage())
                                .startsWith("The base strategy at HEAD~1 has ")
                                .contains("\nHEAD~1:src/strategy/initiatives/reporting.yaml:");
                    });
            // The old output is left as it was.
            assertThat(Files.readString(out().resolve("diff/diff.md"))).isEqualTo("OLD");
        }
    }

    @Test
    void anInvalidHeadIsTheChangesProblem() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base(), "base");
            repo.write(StrategyFiles.base().edit("initiatives/reporting.yaml", "duration: 2\n", "duration: two\n"));

            assertThatThrownBy(() -> run(repo.strategy, "HEAD", null))
                    .isInstanceOfSatisfying(StrategyException.class, e ->
                            assertThat(e.problems()).extracting(p -> p.file()).containsOnly("initiatives/reporting.yaml"));
        }
    }

    @Test
    void theHeadsProblemsComeFirst() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base().edit("initiatives/reporting.yaml", "value: 4\n", "valu: 4\n"), "broken");
            repo.write(StrategyFiles.base().edit("initiatives/reporting.yaml", "duration: 2\n", "duration: two\n"));

            assertThatThrownBy(() -> run(repo.strategy, "HEAD", null)).isInstanceOf(StrategyException.class);
            assertThatThrownBy(() -> run(repo.strategy, "origin/main", null)).isInstanceOf(StrategyException.class);
        }
    }

    private static final String ALL_GATES = "npv-drop, band, unfunded-key-result, late-scalability, start-before-plan";

    @Test
    void theFirstPullRequestComparesWithAnEmptyBase() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            Files.writeString(dir.resolve("repo/README.md"), "before the strategy\n");
            RevCommit before = repo.commit("readme");
            StrategyFiles strategy = StrategyFiles.base();
            // Its cost makes the portfolio NPV negative: against nothing that is no drop.
            strategy.put("initiatives/big-bet.yaml", """
                    title: Big bet
                    kind: product
                    status: proposed
                    start: 2027-Q3
                    duration: 2
                    effort: 5000
                    value: 5
                    riskReduction: 1
                    """);
            repo.commit(strategy, "add the strategy");
            Portfolio head = Diffs.analyse(strategy);
            assertThat(head.totals().npv()).isNegative();

            DiffOutcome outcome = run(repo.strategy, "HEAD~1", ALL_GATES);

            assertThat(outcome.gateFailures()).isEmpty();
            JsonNode json = diffJson();
            assertThat(json.get("baseMissing").asBoolean()).isTrue();
            assertThat(json.get("baseCommit").asText()).isEqualTo(before.getName());
            assertThat(texts(json.get("added")))
                    .containsExactly("big-bet", "checkout", "core-platform", "legacy-cleanup", "reporting");
            assertThat(json.get("removed")).isEmpty();
            assertThat(json.get("changed")).isEmpty();
            assertThat(json.get("plan")).isEmpty();
            assertThat(json.get("totals").get("npvBefore").asDouble()).isZero();
            assertThat(json.get("totals").get("npvAfter").asDouble()).isEqualTo(head.totals().npv());
            String note = "The strategy folder did not exist at HEAD~1 (commit " + before.getName().substring(0, 7)
                    + "): everything is new.";
            String md = Files.readString(out().resolve("diff/diff.md"));
            // Markdown escapes the ~ of the ref.
            assertThat(md).startsWith("## Strategy change: Acme Pay\n\n> " + note.replace("~", "\\~") + "\n\n**")
                    .contains("### Added initiatives (5)")
                    .contains("- **Big bet** (`big-bet`): product, proposed, from 2027-Q3")
                    .contains("- **Core platform** (`core-platform`): platform, committed, from 2027-Q1")
                    .doesNotContain("Failed gates");
            Document html = Jsoup.parse(out().resolve("diff/diff.html").toFile());
            assertThat(html.select("p.base-note").text()).isEqualTo(note);
        }
    }

    @Test
    void againstAnEmptyBaseTheGatesStillJudgeWhatIsAdded() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            Files.writeString(dir.resolve("repo/README.md"), "before the strategy\n");
            repo.commit("readme");
            // Core platform starts a quarter too late for the breach, as it would if any change added it.
            repo.commit(StrategyFiles.head(), "add the strategy");

            DiffOutcome outcome = run(repo.strategy, "HEAD~1", ALL_GATES);

            assertThat(outcome.gateFailures()).containsExactly("late-scalability: core-platform starts 1 quarter after"
                    + " its latest start 2027-Q3 for the breach in 2028-Q1 (not late before)");
        }
    }

    @Test
    void twoStrategiesSayNothingOfAMissingBase() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "head");
            run(repo.strategy, "HEAD~1", null);
            assertThat(diffJson().has("baseMissing")).isFalse();
            assertThat(Files.readString(out().resolve("diff/diff.md"))).doesNotContain("did not exist");
            assertThat(Jsoup.parse(out().resolve("diff/diff.html").toFile()).select(".base-note")).isEmpty();
        }
    }

    @Test
    void theRefErrorsReachTheCaller() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base(), "base");
            assertThatThrownBy(() -> run(repo.strategy, "origin/main", null))
                    .isInstanceOf(DiffException.class).hasMessageContaining("Unknown git ref 'origin/main'");
            assertThatThrownBy(() -> run(repo.strategy, "HEAD~1", null))
                    .isInstanceOf(DiffException.class).hasMessageContaining("'HEAD~1'");
        }
    }

    @Test
    void exactlyOneBase() throws Exception {
        Path strategy = dir.resolve("strategy");
        StrategyFiles.base().writeTo(strategy);
        assertThatThrownBy(() -> DiffPipeline.run(DiffRequest.of(strategy, null, null, out(), null)))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("Nothing to compare with").hasMessageContaining("tradeoff.base");
        assertThatThrownBy(() -> DiffPipeline.run(DiffRequest.of(strategy, "main", strategy, out(), null)))
                .isInstanceOf(DiffException.class).hasMessageContaining("Give one base, not two");
        assertThatThrownBy(() -> DiffPipeline.run(DiffRequest.of(strategy, null, dir.resolve("missing"), out(), null)))
                .isInstanceOf(DiffException.class).hasMessageContaining("does not exist");
    }

    @Test
    void anUnknownGateFailsBeforeAnythingIsRead() {
        assertThatThrownBy(() -> DiffPipeline.run(DiffRequest.of(dir.resolve("nowhere"), "main", null, out(), "band,npv-dorp")))
                .isInstanceOf(DiffException.class)
                .hasMessage("Unknown gate 'npv-dorp' in failOn (did you mean 'npv-drop'?); the valid gates are: "
                        + Gate.VALID);
    }

    @Test
    void aFailingGateStillWritesTheDiff() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "head");

            DiffOutcome outcome = run(repo.strategy, "HEAD~1", "band, unfunded-key-result, late-scalability, npv-drop:1B");

            assertThat(outcome.passes()).isFalse();
            assertThat(outcome.gateFailures()).hasSize(3);
            assertThat(outcome.gateFailures().get(0)).startsWith("band: platform share leaves the band (20%–30%) in 2027-Q1");
            assertThat(outcome.gateFailures().get(1)).isEqualTo("unfunded-key-result: grow/uptime loses its last initiative (legacy-cleanup)");
            assertThat(outcome.gateFailures().get(2)).isEqualTo("late-scalability: core-platform starts 1 quarter after"
                    + " its latest start 2027-Q3 for the breach in 2028-Q1 (was on time)");
            assertThat(out().resolve("diff/diff.json")).isRegularFile();
            assertThat(Files.readString(out().resolve("diff/diff.md")))
                    .contains("**Failed gates**")
                    .contains("- unfunded-key-result: grow/uptime loses its last initiative (legacy-cleanup)");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "head");
            run(repo.strategy, "HEAD~1", null);
            List<byte[]> first = new ArrayList<>();
            for (String file : List.of("diff.json", "diff.md", "diff.html", "diff.css")) {
                first.add(Files.readAllBytes(out().resolve("diff").resolve(file)));
            }
            run(repo.strategy, "HEAD~1", null);
            int i = 0;
            for (String file : List.of("diff.json", "diff.md", "diff.html", "diff.css")) {
                assertThat(Files.readAllBytes(out().resolve("diff").resolve(file))).as(file).isEqualTo(first.get(i++));
            }
            assertThat(Files.readString(out().resolve("diff/diff.json"))).doesNotContain("\r").endsWith("}\n");
            try (var files = Files.list(out())) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("diff");
            }
        }
    }

    @Test
    void theSidesAreCalledWhatTheRequestCallsThem() throws Exception {
        Path base = dir.resolve("base");
        Path head = dir.resolve("head");
        StrategyFiles.base().writeTo(base);
        StrategyFiles.head().writeTo(head);
        DiffRequest request = new DiffRequest(head, null, base, out(), null, null, "main", "this pull request", 1);

        DiffPipeline.run(request);

        assertThat(diffJson().get("base").asText()).isEqualTo("main");
        assertThat(diffJson().get("head").asText()).isEqualTo("this pull request");
        assertThat(Files.readString(out().resolve("diff/diff.md")))
                .contains("Compares **this pull request** with the base **main**.");
        assertThat(request.effectiveThreads()).isEqualTo(1);
        assertThat(DiffRequest.of(head, null, base, out(), null).effectiveThreads()).isPositive();
    }

    @Test
    void aBaseWithOneProblemSaysSoInTheSingular() {
        BaseStrategyException one = new BaseStrategyException("origin/main", "origin/main:src/strategy/",
                new StrategyException(List.of(new Problem("strategy.yaml", 3, 7, "horizon: must be positive"))));

        assertThat(one.getMessage()).isEqualTo("The base strategy at origin/main has 1 problem:\n"
                + "origin/main:src/strategy/strategy.yaml:3:7: horizon: must be positive");
        assertThat(one.filePrefix()).isEqualTo("origin/main:src/strategy/");
    }

    private static double npv(Portfolio portfolio, String id) {
        return portfolio.initiatives().stream().filter(f -> f.id().equals(id)).findFirst()
                .map(InitiativeFigures::npv).map(n -> n == null ? 0 : n).orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    private static List<String> ids(JsonNode array) {
        return texts(array, "id");
    }

    /** "field: before → after" for each field change of a changed initiative. */
    private static List<String> fields(JsonNode changed) {
        return fields(changed, "fields");
    }

    private static List<String> fields(JsonNode node, String name) {
        List<String> fields = new ArrayList<>();
        node.get(name).forEach(f -> fields.add(f.get("field").asText() + ": " + f.get("before").asText() + " → "
                + f.get("after").asText()));
        return fields;
    }
}
