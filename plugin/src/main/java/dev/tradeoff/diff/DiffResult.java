package dev.tradeoff.diff;

import dev.tradeoff.analysis.PlatformPriority;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between the strategy at a base and the current one (SPEC.md section 5), as immutable
 * data. {@code base} and {@code head} say what was compared ({@code origin/main}, {@code src/strategy});
 * {@code baseCommit} is the commit a git ref resolved to (null for a folder); {@code baseMissing} that
 * the strategy folder did not exist there (the pull request that adds it), so the base is a strategy
 * with nothing in it under the head's plan and everything of the head is added. {@code added} and
 * {@code removed} are in id order with their figures on their own side, a renamed initiative among
 * both as the contract has it; {@code renamed} pairs them, in the removed id's order;
 * {@code changed} in id order;
 * {@code allocation} in quarter order over the union of both plans; {@code plan} the changed plan
 * settings of {@code strategy.yaml}; {@code keyResults} the key results that lose their last or gain
 * their first initiative, by reference; {@code indicators} in SPEC order; {@code scale} null when
 * neither side has {@code scale.yaml}; {@code objectives} those on both sides whose score moved, in
 * id order; {@code teams} those on both sides whose peak utilisation or work without capacity to
 * deliver it moved, in the order written, then those on one side only that own such work;
 * {@code unstartedWorkBeforePlan}
 * the head's not-started initiatives whose work before the plan start (counted as already spent)
 * differs from the base's, in id order; {@code otherFiles} the files
 * besides the initiatives and {@code strategy.yaml} whose loaded content differs, in path order;
 * {@code otherFilesReformatted} counts the files other than initiatives (strategy.yaml included)
 * whose bytes differ while what they load as does not, comments and formatting, and like
 * {@code figuresChanged} is counted only when nothing else of {@link #changesInitiativesPlanOrFigures()}
 * differs (0 otherwise);
 * {@code figuresChanged} whether any figure of SPEC.md section 4's {@code portfolio.json} differs
 * between the sides, looked at only when nothing else of {@link #changesInitiativesPlanOrFigures()}
 * differs (it is false when something else already does, as then it cannot change the answer).
 * {@code planNpvEffect} is what the plan's settings alone did to the NPV of the initiatives on both
 * sides ({@link PlanEffects}): with the added, the removed and the changed initiatives' own changes it
 * makes up the change of the total NPV.
 * {@code organization}, {@code currency} and the band are the head's; {@code liveBefore} and
 * {@code liveAfter} count the non-dropped initiatives of each side, {@code unfundedBefore} and
 * {@code unfundedAfter} its key results without one.
 */
public record DiffResult(
        String base,
        String baseCommit,
        boolean baseMissing,
        String head,
        String organization,
        String currency,
        double bandLow,
        double bandHigh,
        int liveBefore,
        int liveAfter,
        int unfundedBefore,
        int unfundedAfter,
        List<InitiativeEntry> added,
        List<InitiativeEntry> removed,
        List<RenamedInitiative> renamed,
        List<ChangedInitiative> changed,
        TotalsChange totals,
        double planNpvEffect,
        List<AllocationChange> allocation,
        List<FieldChange> plan,
        List<KeyResultFunding> keyResults,
        List<IndicatorChange> indicators,
        PlatformPriority platformPriorityBefore,
        PlatformPriority platformPriorityAfter,
        ScaleChange scale,
        List<ObjectiveChange> objectives,
        List<TeamChange> teams,
        List<UnstartedWorkBeforePlan> unstartedWorkBeforePlan,
        List<FileChange> otherFiles,
        int otherFilesReformatted,
        boolean figuresChanged) {

    public DiffResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        changed = List.copyOf(changed);
        allocation = List.copyOf(allocation);
        plan = List.copyOf(plan);
        keyResults = List.copyOf(keyResults);
        indicators = List.copyOf(indicators);
        objectives = List.copyOf(objectives);
        teams = List.copyOf(teams);
        unstartedWorkBeforePlan = List.copyOf(unstartedWorkBeforePlan);
        otherFiles = List.copyOf(otherFiles);
    }

    /**
     * This result with what only a change that moves nothing needs: {@code figuresChanged} and
     * {@code otherFilesReformatted}.
     */
    DiffResult withUnchangedDetail(boolean figures, int reformatted) {
        return new DiffResult(base, baseCommit, baseMissing, head, organization, currency, bandLow, bandHigh, liveBefore, liveAfter,
                unfundedBefore, unfundedAfter, added, removed, renamed, changed, totals, planNpvEffect, allocation, plan, keyResults,
                indicators, platformPriorityBefore, platformPriorityAfter, scale, objectives, teams, unstartedWorkBeforePlan,
                otherFiles, reformatted, figures);
    }

    /** The added initiatives that are not a removed one's file under a new name ({@link #renamed}). */
    public List<InitiativeEntry> addedAnew() {
        return withoutRenamed(added, RenamedInitiative::to);
    }

    /** The removed initiatives whose file does not live on under a new name ({@link #renamed}). */
    public List<InitiativeEntry> removedForGood() {
        return withoutRenamed(removed, RenamedInitiative::from);
    }

    /** {@code entries} but those whose id is one side ({@code side}) of a rename. */
    private List<InitiativeEntry> withoutRenamed(List<InitiativeEntry> entries,
            Function<RenamedInitiative, String> side) {
        if (renamed.isEmpty()) {
            return entries;
        }
        Set<String> ids = renamed.stream().map(side).collect(Collectors.toSet());
        return entries.stream().filter(entry -> !ids.contains(entry.id())).toList();
    }

    /** Quarters in both plans whose band status differs, in quarter order. */
    public List<AllocationChange> bandChanges() {
        return allocation.stream().filter(AllocationChange::changesBandStatus).toList();
    }

    /**
     * Changed initiatives whose start moved while planned on both sides: the schedule shifts, each
     * with its delay cost. A dropped or revived initiative whose start moved is not one of them.
     */
    public List<ChangedInitiative> shifted() {
        return changed.stream().filter(ChangedInitiative::isRescheduled).toList();
    }

    public boolean platformPriorityChanged() {
        return platformPriorityBefore != platformPriorityAfter;
    }

    /**
     * Whether the change does anything to the strategy as loaded: {@link #changesInitiativesPlanOrFigures()},
     * or another file's content changed (an objective's wording moves no figure, but it is a change).
     * False only when every difference is in comments and formatting.
     */
    public boolean hasEffect() {
        return changesInitiativesPlanOrFigures() || !otherFiles.isEmpty();
    }

    /**
     * Whether an initiative is added, removed or changed in more than comments and formatting, a plan
     * setting changed, or any compared figure moved. When this is false, every figure is as it was.
     */
    public boolean changesInitiativesPlanOrFigures() {
        return !added.isEmpty()
                || !removed.isEmpty()
                || changed.stream().anyMatch(ChangedInitiative::hasFieldChanges)
                || !plan.isEmpty()
                || totals.npvDelta() != 0
                || !totals.before().equals(totals.after())
                || allocation.stream().anyMatch(DiffResult::moved)
                || !keyResults.isEmpty()
                || unfundedBefore != unfundedAfter
                || !indicators.isEmpty()
                || platformPriorityChanged()
                || (scale != null && !scale.isEmpty())
                || !objectives.isEmpty()
                || !teams.isEmpty()
                || !unstartedWorkBeforePlan.isEmpty()
                || figuresChanged;
    }

    /** The fields of an initiative that no figure reads: its words and labels. */
    static final Set<String> WORDING = Set.of("title", "summary", "tags", "links");

    /**
     * Whether the change edits only the {@link #WORDING} of initiatives on both sides (nothing added,
     * removed or set in the plan), so that every figure stays as it was and the verdict can say so.
     */
    public boolean changesOnlyWording() {
        return added.isEmpty() && removed.isEmpty() && plan.isEmpty()
                && changed.stream().anyMatch(ChangedInitiative::hasFieldChanges)
                && changed.stream().flatMap(c -> c.fields().stream()).allMatch(field -> WORDING.contains(field.field()))
                && totals.npvDelta() == 0 && allocation.stream().noneMatch(DiffResult::moved);
    }

    private static boolean moved(AllocationChange quarter) {
        return quarter.inBefore() != quarter.inAfter()
                || quarter.statusBefore() != quarter.statusAfter()
                || !Objects.equals(quarter.platformShareBefore(), quarter.platformShareAfter())
                || !Objects.equals(quarter.utilisationBefore(), quarter.utilisationAfter());
    }
}
