package dev.tradeoff.diff;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.IndicatorStatus;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.KeyResultProgress;
import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.load.StrategySource;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.render.PortfolioJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two analysed versions of a strategy (SPEC.md section 5): which initiatives were added,
 * removed or changed (their file bytes differ), field by field, with the NPV they move and how far
 * their start shifts; the totals and the allocation of each side; and, beyond the contract, the
 * quarters that change band status, the key results that lose or gain their last initiative, and
 * the indicators, platform priority, breach quarter and scalability lateness that move; and the
 * other files whose content changed ({@link OtherFiles}). A pure
 * function of its inputs apart from reading the initiative files through each side's source.
 */
public final class StrategyDiff {

    /** One version of the strategy: what to call it, where its files come from, and its analysis. */
    public record Side(String label, StrategySource source, Portfolio portfolio) {

        Plan plan() {
            return portfolio.strategy().plan();
        }
    }

    private StrategyDiff() {
    }

    /** {@code baseCommit} is the commit a git base resolved to, or null for a folder. */
    public static DiffResult compare(Side base, Side head, String baseCommit) throws IOException {
        Map<String, InitiativeFigures> before = byId(base.portfolio());
        Map<String, InitiativeFigures> after = byId(head.portfolio());
        List<InitiativeEntry> added = new ArrayList<>();
        List<InitiativeEntry> removed = new ArrayList<>();
        List<ChangedInitiative> changed = new ArrayList<>();
        for (String id : new TreeSet<>(after.keySet())) {
            if (!before.containsKey(id)) {
                added.add(entry(after.get(id)));
            }
        }
        PlanEffects planEffects = PlanEffects.of(base.plan(), head.portfolio().strategy());
        double planNpvEffect = 0;
        for (String id : new TreeSet<>(before.keySet())) {
            InitiativeFigures then = before.get(id);
            InitiativeFigures now = after.get(id);
            if (now == null) {
                removed.add(entry(then));
                continue;
            }
            if (fileDiffers(id, base.source(), head.source())) {
                double planEffect = planEffects.of(then, now);
                planNpvEffect += planEffect;
                changed.add(changed(then, now, planEffect, head.plan().start()));
            } else {
                // Its file is as it was: whatever moved its NPV is the plan's doing (a new plan start
                // moves an initiative that does not give its own, too).
                planNpvEffect += counted(now.npv()) - counted(then.npv());
            }
        }
        Plan planAfter = head.plan();
        List<FileChange> otherFiles = OtherFiles.compare(base.portfolio().strategy(), head.portfolio().strategy());
        DiffResult result = new DiffResult(
                base.label(),
                baseCommit,
                !base.source().exists(),
                head.label(),
                planAfter.organization(),
                planAfter.currency(),
                planAfter.platformBandLow(),
                planAfter.platformBandHigh(),
                live(base.portfolio()),
                live(head.portfolio()),
                base.portfolio().alignment().unfundedKeyResults().size(),
                head.portfolio().alignment().unfundedKeyResults().size(),
                added,
                removed,
                renamed(removed, added, base.source(), head.source()),
                changed,
                TotalsChange.of(base.portfolio(), head.portfolio()),
                planNpvEffect,
                allocation(base.portfolio().allocation(), head.portfolio().allocation()),
                FieldValues.changes(base.plan(), planAfter),
                keyResults(base.portfolio(), head.portfolio()),
                indicators(base.portfolio().indicators(), head.portfolio().indicators()),
                base.portfolio().platformPriority(),
                head.portfolio().platformPriority(),
                scale(base.portfolio().scale(), head.portfolio().scale(), before, after),
                objectives(base.portfolio().okrs(), head.portfolio().okrs()),
                teams(base.portfolio().teams(), head.portfolio().teams()),
                unstartedWorkBeforePlan(before, base.plan(), head),
                otherFiles,
                0,
                false);
        // Writing both portfolios out is a large part of a big diff's time, and the files read past
        // are counted only for the verdict of a change that moves nothing: only when nothing else
        // differs is either looked at.
        return result.changesInitiativesPlanOrFigures() ? result
                : result.withUnchangedDetail(figuresDiffer(base, head), reformatted(base.source(), head.source(), otherFiles));
    }

    /**
     * The files besides the initiatives whose bytes differ but whose loaded content does not: so a
     * "No effect" verdict counts every file it read past, not only the initiatives'. Asked only when
     * the plan is as it was, so strategy.yaml differs in form alone if it differs at all.
     */
    private static int reformatted(StrategySource base, StrategySource head, List<FileChange> otherFiles)
            throws IOException {
        Set<String> changedContent = new HashSet<>();
        otherFiles.forEach(file -> changedContent.add(file.path()));
        Set<String> paths = new TreeSet<>(StrategySource.ROOT_FILES);
        for (String folder : List.of("okrs", "pages")) {
            String extension = folder.equals("pages") ? ".md" : ".yaml";
            for (StrategySource side : List.of(base, head)) {
                side.list(folder).stream().filter(name -> name.endsWith(extension) && !name.startsWith("."))
                        .forEach(name -> paths.add(folder + "/" + name));
            }
        }
        int reformatted = 0;
        for (String path : paths) {
            if (!changedContent.contains(path) && bothThereAndDiffer(path, base, head)) {
                reformatted++;
            }
        }
        return reformatted;
    }

    private static boolean bothThereAndDiffer(String path, StrategySource base, StrategySource head) throws IOException {
        Optional<byte[]> then = base.read(path);
        Optional<byte[]> now = head.read(path);
        return then.isPresent() && now.isPresent() && !Arrays.equals(then.get(), now.get())
                && !sameLines(then.get(), now.get());
    }

    /** Whether any figure of SPEC.md section 4's {@code portfolio.json} differs between the sides. */
    private static boolean figuresDiffer(Side base, Side head) {
        return !Arrays.equals(PortfolioJson.write(base.portfolio()), PortfolioJson.write(head.portfolio()));
    }

    private static List<ObjectiveChange> objectives(List<ObjectiveScore> before, List<ObjectiveScore> after) {
        Map<String, ObjectiveScore> then = new LinkedHashMap<>();
        before.forEach(o -> then.put(o.id(), o));
        List<ObjectiveChange> changes = new ArrayList<>();
        for (ObjectiveScore now : after) {
            ObjectiveScore was = then.get(now.id());
            if (was != null && (was.score() != now.score() || was.grade() != now.grade())) {
                changes.add(new ObjectiveChange(now.id(), now.objective().objective(), was.score(), now.score(),
                        was.grade(), now.grade()));
            }
        }
        return changes;
    }

    /**
     * The head's teams in the order written: on both sides, those whose peak utilisation, overload
     * or work without capacity to deliver it moved; on the head only, those that own such work (a
     * team added with no people and work moved to it). Then the base's teams that are gone and had
     * such work.
     */
    private static List<TeamChange> teams(List<TeamLoad> before, List<TeamLoad> after) {
        Map<String, TeamLoad> then = new LinkedHashMap<>();
        before.forEach(t -> then.put(t.team().id(), t));
        List<TeamChange> changes = new ArrayList<>();
        for (TeamLoad now : after) {
            TeamLoad was = then.remove(now.team().id());
            TeamChange change = teamChange(was, now);
            if (was == null ? change.strandsWork()
                    : !Objects.equals(was.peakUtilisation(), now.peakUtilisation()) || was.overloaded() != now.overloaded()
                            || change.strandsWork() || change.freesStrandedWork()) {
                changes.add(change);
            }
        }
        for (TeamLoad gone : then.values()) {
            TeamChange change = teamChange(gone, null);
            if (change.freesStrandedWork()) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** A team's two sides; either may be null (not there), not both. */
    private static TeamChange teamChange(TeamLoad was, TeamLoad now) {
        TeamLoad named = now != null ? now : was;
        return new TeamChange(named.team().id(), named.team().name(),
                was == null ? null : was.peakUtilisation(), now == null ? null : now.peakUtilisation(),
                was != null && was.overloaded(), now != null && now.overloaded(),
                was == null ? null : TeamChange.Staffing.of(was), now == null ? null : TeamChange.Staffing.of(now));
    }

    /**
     * The head's not-started initiatives whose work before the plan start differs from the base's,
     * in id order: a start moved before the plan, a plan start moved past a start, a status set back
     * to proposed. Each side against its own plan; {@code before} is the base's initiatives by id.
     */
    private static List<UnstartedWorkBeforePlan> unstartedWorkBeforePlan(Map<String, InitiativeFigures> before,
            Plan basePlan, Side head) {
        List<UnstartedWorkBeforePlan> changes = new ArrayList<>();
        for (InitiativeFigures now : head.portfolio().initiatives()) {
            InitiativeFigures was = before.get(now.id());
            UnstartedWorkBeforePlan work = UnstartedWorkBeforePlan.of(was == null ? null : was.initiative(), basePlan,
                    now.initiative(), head.plan());
            if (work.differs()) {
                changes.add(work);
            }
        }
        return changes;
    }

    private static Map<String, InitiativeFigures> byId(Portfolio portfolio) {
        Map<String, InitiativeFigures> map = new LinkedHashMap<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            map.put(figures.id(), figures);
        }
        return map;
    }

    private static int live(Portfolio portfolio) {
        return (int) portfolio.initiatives().stream().filter(f -> !f.isDropped()).count();
    }

    /**
     * Each removed initiative whose file is an added one's, byte for byte but for line endings: a
     * file renamed and nothing else. Matched by content, so the cost is one read of each file.
     */
    static List<RenamedInitiative> renamed(List<InitiativeEntry> removed, List<InitiativeEntry> added,
            StrategySource base, StrategySource head) throws IOException {
        if (removed.isEmpty() || added.isEmpty()) {
            return List.of();
        }
        Map<String, Deque<InitiativeEntry>> addedByContent = new HashMap<>();
        for (InitiativeEntry entry : added) {
            Optional<byte[]> bytes = head.read(initiativeFile(entry.id()));
            if (bytes.isPresent()) {
                addedByContent.computeIfAbsent(withLf(bytes.get()), content -> new ArrayDeque<>()).add(entry);
            }
        }
        List<RenamedInitiative> renamed = new ArrayList<>();
        for (InitiativeEntry entry : removed) {
            Optional<byte[]> bytes = base.read(initiativeFile(entry.id()));
            Deque<InitiativeEntry> same = bytes.isEmpty() ? null : addedByContent.get(withLf(bytes.get()));
            if (same != null && !same.isEmpty()) {
                InitiativeEntry to = same.poll();
                renamed.add(new RenamedInitiative(entry.id(), to.id(), to.title()));
            }
        }
        return renamed;
    }

    private static String initiativeFile(String id) {
        return "initiatives/" + id + ".yaml";
    }

    /** The bytes, one char each, with every CR LF read as LF: a key for content equal as {@link #sameLines} sees it. */
    private static String withLf(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    }

    /**
     * SPEC.md: an initiative is changed when anything in its file changed. Line endings are compared
     * as git compares them with {@code core.autocrlf}: a CRLF checkout of an LF blob is the same file.
     */
    private static boolean fileDiffers(String id, StrategySource base, StrategySource head) throws IOException {
        String path = initiativeFile(id);
        Optional<byte[]> then = base.read(path);
        Optional<byte[]> now = head.read(path);
        if (then.isEmpty() || now.isEmpty()) {
            return then.isPresent() != now.isPresent();
        }
        return !Arrays.equals(then.get(), now.get()) && !sameLines(then.get(), now.get());
    }

    /**
     * Whether the bytes are the same once every CR LF is read as LF. Compared in place: a diff of
     * 10,000 changed files would otherwise copy each of them twice.
     */
    static boolean sameLines(byte[] a, byte[] b) {
        int i = 0;
        int j = 0;
        while (true) {
            if (i + 1 < a.length && a[i] == '\r' && a[i + 1] == '\n') {
                i++;
            }
            if (j + 1 < b.length && b[j] == '\r' && b[j + 1] == '\n') {
                j++;
            }
            if (i == a.length || j == b.length) {
                return i == a.length && j == b.length;
            }
            if (a[i] != b[j]) {
                return false;
            }
            i++;
            j++;
        }
    }

    private static InitiativeEntry entry(InitiativeFigures figures) {
        Initiative initiative = figures.initiative();
        return new InitiativeEntry(initiative.id(), initiative.title(), initiative.kind(), initiative.status(),
                initiative.start(), initiative.duration(), figures.npv());
    }

    private static ChangedInitiative changed(InitiativeFigures then, InitiativeFigures now, double planEffect,
            Quarter planStart) {
        Initiative before = then.initiative();
        Initiative after = now.initiative();
        double npvDelta = counted(now.npv()) - counted(then.npv());
        int shift = after.start().minus(before.start());
        double costOfDelay = after.costOfDelay().amount();
        return new ChangedInitiative(after.id(), after.title(), after.kind(), before.status(), after.status(),
                FieldValues.changes(before, after), then.npv(), now.npv(), npvDelta, planEffect,
                before.start(), after.start(), shift, costOfDelay, planStart, before.duration(), after.duration());
    }

    /** A dropped initiative's NPV counts as 0. */
    private static double counted(Double npv) {
        return npv == null ? 0 : npv;
    }

    private static List<AllocationChange> allocation(List<AllocationQuarter> before, List<AllocationQuarter> after) {
        Map<Quarter, AllocationQuarter> then = new TreeMap<>();
        before.forEach(q -> then.put(q.quarter(), q));
        Map<Quarter, AllocationQuarter> now = new TreeMap<>();
        after.forEach(q -> now.put(q.quarter(), q));
        TreeSet<Quarter> quarters = new TreeSet<>(then.keySet());
        quarters.addAll(now.keySet());
        List<AllocationChange> changes = new ArrayList<>();
        for (Quarter quarter : quarters) {
            AllocationQuarter b = then.get(quarter);
            AllocationQuarter a = now.get(quarter);
            changes.add(new AllocationChange(quarter, b != null, a != null,
                    b == null ? null : b.platformShare(), a == null ? null : a.platformShare(),
                    b == null ? null : b.utilisation(), a == null ? null : a.utilisation(),
                    b == null ? null : b.status(), a == null ? null : a.status()));
        }
        return changes;
    }

    /** Key results on both sides that lose their last initiative or gain their first, by reference. */
    private static List<KeyResultFunding> keyResults(Portfolio base, Portfolio head) {
        Map<String, KeyResultProgress> before = keyResultsByReference(base);
        Map<String, KeyResultProgress> after = keyResultsByReference(head);
        List<KeyResultFunding> changes = new ArrayList<>();
        for (Map.Entry<String, KeyResultProgress> entry : after.entrySet()) {
            KeyResultProgress then = before.get(entry.getKey());
            if (then == null) {
                continue;
            }
            KeyResultProgress now = entry.getValue();
            KeyResultFunding funding = new KeyResultFunding(entry.getKey(), now.keyResult().title(),
                    then.initiatives(), now.initiatives());
            if (funding.lost() || funding.gained()) {
                changes.add(funding);
            }
        }
        return changes;
    }

    private static Map<String, KeyResultProgress> keyResultsByReference(Portfolio portfolio) {
        Map<String, KeyResultProgress> map = new TreeMap<>();
        for (ObjectiveScore objective : portfolio.okrs()) {
            for (KeyResultProgress keyResult : objective.keyResults()) {
                map.put(keyResult.reference(), keyResult);
            }
        }
        return map;
    }

    private static List<IndicatorChange> indicators(List<IndicatorStatus> before, List<IndicatorStatus> after) {
        Map<Object, IndicatorStatus> then = new LinkedHashMap<>();
        before.forEach(i -> then.put(i.indicator(), i));
        List<IndicatorChange> changes = new ArrayList<>();
        for (IndicatorStatus now : after) {
            IndicatorStatus was = then.get(now.indicator());
            if (was == null) {
                continue;
            }
            if (was.status() != now.status() || !Objects.equals(was.worsening(), now.worsening())) {
                changes.add(new IndicatorChange(now.indicator(), was.status(), now.status(),
                        was.worsening(), now.worsening()));
            }
        }
        return changes;
    }

    private static ScaleChange scale(ScaleProjection before, ScaleProjection after,
            Map<String, InitiativeFigures> initiativesBefore, Map<String, InitiativeFigures> initiativesAfter) {
        if (before == null && after == null) {
            return null;
        }
        Map<String, LatestStart> then = latestStarts(before);
        Map<String, LatestStart> now = latestStarts(after);
        TreeSet<String> ids = new TreeSet<>(then.keySet());
        ids.addAll(now.keySet());
        List<LatenessChange> lateness = new ArrayList<>();
        for (String id : ids) {
            LatestStart b = then.get(id);
            LatestStart a = now.get(id);
            Integer lateBefore = b == null ? null : b.lateBy();
            Integer lateAfter = a == null ? null : a.lateBy();
            Quarter latestBefore = b == null ? null : b.latestStart();
            Quarter latestAfter = a == null ? null : a.latestStart();
            if (!Objects.equals(lateBefore, lateAfter)) {
                InitiativeFigures named = initiativesAfter.getOrDefault(id, initiativesBefore.get(id));
                lateness.add(new LatenessChange(id, named == null ? id : named.initiative().title(),
                        latestBefore, latestAfter, lateBefore, lateAfter));
            }
        }
        return new ScaleChange(before != null, after != null,
                before == null ? null : before.breachQuarter(),
                after == null ? null : after.breachQuarter(),
                lateness);
    }

    private static Map<String, LatestStart> latestStarts(ScaleProjection projection) {
        Map<String, LatestStart> map = new TreeMap<>();
        if (projection != null) {
            projection.latestStarts().forEach(s -> map.put(s.id(), s));
        }
        return map;
    }
}
