package dev.tradeoff;

/**
 * What a build tells as it goes, for a caller that shows it: a build of 50,000 initiatives takes a
 * minute, and most of it is rendering. Each call gives the milliseconds since the build started.
 * Calls come from the building thread, but {@link #rendering} from a timer's.
 */
public interface BuildProgress {

    /** Tells nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** The strategy is loaded and valid, with that many initiatives, objectives and teams. */
    default void loaded(int initiatives, int objectives, int teams, long millis) {
    }

    /** Analysed, narrated and laid out: rendering starts. */
    default void laidOut(long millis) {
    }

    /** Every {@link Tradeoff#PROGRESS_EVERY_MILLIS} while rendering: the files written so far. */
    default void rendering(long filesWritten, long millis) {
    }

    /** Every file is rendered; they are moved into place next (and the last build's are deleted). */
    default void rendered(long files, long millis) {
    }
}
