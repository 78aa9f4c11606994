package dev.tradeoff.load;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import java.util.List;

/**
 * What could be read of one initiative file: its references for the cross-reference checks (even
 * when other keys are wrong), and the {@link Initiative} itself when the file has no problem.
 * {@code kind} and {@code owner} are null when not known.
 */
record InitiativeDraft(
        String id,
        String file,
        Kind kind,
        Reference owner,
        List<Reference> enables,
        List<Reference> keyResults,
        Initiative initiative) {

    InitiativeDraft {
        enables = List.copyOf(enables);
        keyResults = List.copyOf(keyResults);
    }

    /** A file that could not be parsed: only its id (from the file name) is known. */
    static InitiativeDraft unreadable(String id, String file) {
        return new InitiativeDraft(id, file, null, null, List.of(), List.of(), null);
    }
}
