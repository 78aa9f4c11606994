package dev.tradeoff.mojo;

import dev.tradeoff.BuildProgress;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The build's progress in Maven's log, for a strategy large enough for a build to take a while
 * ({@value #FROM_INITIATIVES} initiatives or more: about 4 s cold on two cores, 10,000 about 12 s and
 * 50,000 a minute); a smaller one's build says only its closing line, as before. Informational, so
 * {@code mvn -q} hides it.
 */
final class BuildLog implements BuildProgress {

    static final int FROM_INITIATIVES = 1_000;

    private final Consumer<String> info;
    private volatile boolean telling;

    BuildLog(Consumer<String> info) {
        this.info = info;
    }

    @Override
    public void loaded(int initiatives, int objectives, int teams, long millis) {
        telling = initiatives >= FROM_INITIATIVES;
        tell("Loaded %,d initiatives, %,d objectives and %,d teams", millis, initiatives, objectives, teams);
    }

    @Override
    public void laidOut(long millis) {
        tell("Analysed and laid out; rendering the pages, charts and briefs", millis);
    }

    @Override
    public void rendering(long filesWritten, long millis) {
        tell("Rendering: %,d files written", millis, filesWritten);
    }

    @Override
    public void rendered(long files, long millis) {
        tell("Rendered %,d files; moving them into place", millis, files);
    }

    private void tell(String format, long millis, Object... values) {
        if (telling) {
            info.accept(String.format(Locale.ROOT, format, values)
                    + String.format(Locale.ROOT, " (%.1f s)", millis / 1000.0));
        }
    }
}
