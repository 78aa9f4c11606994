package dev.tradeoff.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RebuildsTest {

    @Test
    void aBurstOfChangesGivesOneRebuild() throws InterruptedException {
        AtomicInteger builds = new AtomicInteger();
        try (Rebuilds rebuilds = new Rebuilds(builds::incrementAndGet)) {
            Thread thread = new Thread(rebuilds);
            thread.start();
            for (int i = 0; i < 5; i++) {
                rebuilds.changed();
                Thread.sleep(10);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (builds.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(3 * Rebuilds.QUIET_MILLIS);
            assertThat(builds.get()).isEqualTo(1);
            rebuilds.close();
            thread.join(5_000);
            assertThat(thread.isAlive()).isFalse();
        }
    }
}
