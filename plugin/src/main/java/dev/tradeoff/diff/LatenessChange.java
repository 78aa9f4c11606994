package dev.tradeoff.diff;

import dev.tradeoff.model.Quarter;

/**
 * A scalability initiative whose lateness against the breach ({@code lateBy}) moved. Each side's values are null
 * when the initiative has no latest start there (absent, dropped, not addressing scalability, or
 * no breach). {@code title} is the head's (the base's when it is gone).
 */
public record LatenessChange(
        String id,
        String title,
        Quarter latestStartBefore,
        Quarter latestStartAfter,
        Integer lateByBefore,
        Integer lateByAfter) {

    /** Late before the change and on time after it, still planned for scalability (not dropped or gone). */
    public boolean becomesOnTime() {
        return lateByBefore != null && lateByBefore > 0 && lateByAfter != null && lateByAfter == 0;
    }

    /** Late after the change, and later than before (an absent "before" counts as on time). */
    public boolean becomesLater() {
        int before = lateByBefore == null ? 0 : lateByBefore;
        return lateByAfter != null && lateByAfter > 0 && lateByAfter > before;
    }
}
