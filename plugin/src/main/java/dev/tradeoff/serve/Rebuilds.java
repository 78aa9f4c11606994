package dev.tradeoff.serve;

/**
 * Turns a burst of file changes into one rebuild: after a change it waits until the folders have
 * been quiet for {@link #QUIET_MILLIS}, then rebuilds; changes during a rebuild cause one more.
 * Runs on its own thread until {@link #close()}.
 */
final class Rebuilds implements Runnable, AutoCloseable {

    static final long QUIET_MILLIS = 100;

    private final Runnable rebuild;
    private boolean pending;
    private long lastChange;
    private boolean closed;

    Rebuilds(Runnable rebuild) {
        this.rebuild = rebuild;
    }

    /** Called by the watchers, from any thread, for every change they see. */
    synchronized void changed() {
        pending = true;
        lastChange = System.nanoTime();
        notifyAll();
    }

    @Override
    public void run() {
        while (awaitQuietChange()) {
            rebuild.run();
        }
    }

    /** Waits for a change followed by a quiet spell; false once closed. */
    private synchronized boolean awaitQuietChange() {
        try {
            while (!closed) {
                if (!pending) {
                    wait();
                    continue;
                }
                long quietFor = (System.nanoTime() - lastChange) / 1_000_000L;
                if (quietFor >= QUIET_MILLIS) {
                    pending = false;
                    return true;
                }
                wait(QUIET_MILLIS - quietFor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
