package dev.tradeoff.serve;

/**
 * The snapshot being served, replaced whole by each build. Event streams wait here for a newer
 * version; {@link #close()} wakes them all so that the server can stop.
 */
final class CurrentSite {

    private Snapshot snapshot;
    private boolean closed;

    CurrentSite(Snapshot first) {
        this.snapshot = first;
    }

    synchronized Snapshot get() {
        return snapshot;
    }

    synchronized void publish(Snapshot next) {
        snapshot = next;
        notifyAll();
    }

    /**
     * The current snapshot once its version differs from {@code shown}, or after {@code timeoutMillis}
     * (whichever comes first), or at once when closed.
     */
    synchronized Snapshot awaitOtherThan(long shown, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!closed && snapshot.version() == shown) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return snapshot;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
