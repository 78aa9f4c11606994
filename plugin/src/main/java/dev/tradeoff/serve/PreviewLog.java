package dev.tradeoff.serve;

/** Where the server reports what it does; the mojo passes Maven's log, tests a list. */
public interface PreviewLog {

    void info(String message);

    void warn(String message);

    /** Discards everything. */
    PreviewLog SILENT = new PreviewLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
