package dev.tradeoff.diff;

import java.util.List;

/**
 * A key result (on both sides) that loses its last initiative or gains its first: {@code before}
 * and {@code after} are the non-dropped initiatives that name it on each side, in id order.
 */
public record KeyResultFunding(String reference, String title, List<String> before, List<String> after) {

    public KeyResultFunding {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Funded before, unfunded after. */
    public boolean lost() {
        return !before.isEmpty() && after.isEmpty();
    }

    /** Unfunded before, funded after. */
    public boolean gained() {
        return before.isEmpty() && !after.isEmpty();
    }
}
