package dev.tradeoff.diff;

import java.util.List;

/**
 * The diff as the reader sees it, formatted once for {@code diff.md} and {@code diff.html}: plain
 * text (each renderer escapes it for its own format), lists already in the order to show them, the
 * largest effects first. {@code tone} is {@code good}, {@code bad} or {@code neutral}.
 *
 * @param headline      the verdict in money and band terms, or the one line saying the change has no effect
 * @param drivers       the initiatives behind the three largest effects, and the largest start moved later
 *                      at a cost when none of them is one, in one sentence; empty when none
 * @param baseCommit    the first 7 digits of the base commit, or null for a folder base
 * @param baseNote      why everything is new when the strategy folder did not exist at the base
 *                      ("The strategy folder did not exist at HEAD~2 (commit c026475): everything is new."),
 *                      or null
 * @param gateFailures  why the change fails the CI gates asked for (empty when none fail)
 * @param shifts        changed initiatives whose start moved while planned on both sides, by delay
 *                      cost, largest first (a dropped or revived one is not a schedule shift)
 * @param changed       changed initiatives, by effect (NPV or delay cost), largest first
 * @param formattingOnly changed files with no field change (comments or formatting only)
 * @param band          the platform band after the change, e.g. {@code 20%–30%}
 * @param bandChanges   quarters whose band status changes, in quarter order
 * @param allocation    every quarter of either plan, in quarter order
 * @param moves         indicators, platform priority, breach quarter and scalability lateness that move
 * @param summary       the figures before and after; empty when no figure moves and no initiative or
 *                      plan setting changes (the headline says so, and a table of dashes says nothing)
 * @param otherFiles    files besides the initiatives and strategy.yaml whose content changed, in path order
 */
public record DiffView(
        String organization,
        String base,
        String baseCommit,
        String baseNote,
        String head,
        boolean hasEffect,
        String headline,
        String drivers,
        List<SummaryRow> summary,
        List<String> gateFailures,
        List<ShiftRow> shifts,
        List<UnstartedWorkRow> unstartedWork,
        List<EntryRow> added,
        List<EntryRow> removed,
        List<RenamedInitiative> renamed,
        List<ChangedRow> changed,
        int formattingOnly,
        String band,
        List<BandRow> bandChanges,
        List<AllocationRow> allocation,
        List<KeyResultRow> keyResults,
        List<MoveRow> moves,
        List<FieldRow> plan,
        List<FileRow> otherFiles) {

    public DiffView {
        summary = List.copyOf(summary);
        gateFailures = List.copyOf(gateFailures);
        shifts = List.copyOf(shifts);
        unstartedWork = List.copyOf(unstartedWork);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        changed = List.copyOf(changed);
        bandChanges = List.copyOf(bandChanges);
        allocation = List.copyOf(allocation);
        keyResults = List.copyOf(keyResults);
        moves = List.copyOf(moves);
        plan = List.copyOf(plan);
        otherFiles = List.copyOf(otherFiles);
    }

    /** A row of the summary table: a figure before and after, and the change. */
    public record SummaryRow(String label, String before, String after, String change, String tone) {
    }

    /** A start that moved: {@code shift} in words ("2 quarters later"), its delay cost in money. */
    public record ShiftRow(String id, String title, String from, String to, String shift, String delayCost,
            String tone) {
    }

    /**
     * A not-started initiative whose work before the plan's start changes: its status and start (the
     * head's), the plan's start, its quarters before the plan ("0 → 2") and their cost counted as
     * already spent, undiscounted ("$0 → $756k").
     */
    public record UnstartedWorkRow(String id, String title, String status, String start, String planStart,
            String quarters, String cost, String tone) {
    }

    /**
     * An added or removed initiative: its own NPV on its side ("— (dropped)" when dropped), and what
     * it does to the portfolio NPV, signed ({@code +$70k} for an added one worth $70k, {@code −$70k}
     * for a removed one; null when dropped, as a dropped NPV counts as 0), which {@code tone} colours.
     */
    public record EntryRow(String id, String title, String kind, String status, String start, String npv,
            String portfolioNpv, String tone) {
    }

    /**
     * A changed initiative: the NPV it moves, its schedule shift and delay cost (null unless its start
     * moved while it was planned on both sides), a note ("dropped: its own NPV was −$347k, now counted
     * as 0", "revived: …", "still dropped", "comments or formatting only"; null for none) and its fields.
     */
    public record ChangedRow(String id, String title, String kind, String npvDelta, String tone, String shift,
            String delayCost, String note, List<FieldRow> fields) {

        public ChangedRow {
            fields = List.copyOf(fields);
        }
    }

    /** Another file whose content changed, and what in it ("objective text; key result p99: target"). */
    public record FileRow(String path, String changes) {
    }

    /** A field's value before and after, formatted ("—" when absent). */
    public record FieldRow(String field, String before, String after) {
    }

    /** A quarter whose band status changes: share and status on each side, and what that means. */
    public record BandRow(String quarter, String before, String after, String verdict, String tone) {
    }

    /** A quarter of the allocation: platform share and band status on each side ("—" when outside a plan). */
    public record AllocationRow(String quarter, String before, String after, String statusBefore,
            String statusAfter, boolean changed) {
    }

    /** A key result that loses its last or gains its first initiative. */
    public record KeyResultRow(String reference, String title, String text, String tone) {
    }

    /** A figure that moves: an indicator, the platform priority, the breach quarter or an initiative's lateness. */
    public record MoveRow(String subject, String before, String after, String note, String tone) {
    }
}
