package dev.tradeoff.diff;

/**
 * An initiative whose file was renamed and nothing else: the base's {@code initiatives/<from>.yaml}
 * and the head's {@code initiatives/<to>.yaml} hold the same bytes (a {@code git mv}). Its id is
 * its file's name, so SPEC.md's {@code diff.json} lists it as removed and added; the pages say it
 * was renamed, as that is what the pull request did, and its figures are as they were.
 */
public record RenamedInitiative(String from, String to, String title) {
}
