package dev.tradeoff.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tradeoff.parallel.Parallel;
import dev.tradeoff.render.output.SiteOutput;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The charts of one render, drawn by whichever thread asks first. Charts need only the portfolio,
 * so a thread of their own starts on them while the caller still builds the view; the render's
 * own threads then help with what is left. Each chart is taken from the memo when its inputs are
 * those of the last render. What a chart contains never depends on who drew it.
 */
final class ChartDrawing {

    private final List<ChartJob> charts;
    private final RenderMemo.Render memo;
    private final byte[][] drawn;
    private final AtomicInteger next = new AtomicInteger();
    private final Thread early;
    private volatile Throwable failure;

    ChartDrawing(List<ChartJob> charts, RenderMemo.Render memo) {
        this.charts = List.copyOf(charts);
        this.memo = memo;
        this.drawn = new byte[charts.size()][];
        this.early = new Thread(this::help, "tradeoff-render-charts");
        this.early.setDaemon(true);
    }

    /** Starts drawing on a thread of its own. */
    void start() {
        early.start();
    }

    /** Draws charts until none is left to take (or one failed). */
    void help() {
        int index;
        while (failure == null && (index = next.getAndIncrement()) < charts.size()) {
            try {
                drawn[index] = draw(charts.get(index));
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }

    private byte[] draw(ChartJob chart) {
        String file = "site/" + chart.path();
        byte[] svg = memo == null ? null : memo.reuse(file, chart.inputs());
        if (svg == null) {
            svg = chart.draw().get().getBytes(UTF_8);
            if (memo != null) {
                memo.made(file, chart.inputs(), Set.of(), svg);
            }
        }
        return svg;
    }

    /** Waits for every chart, then writes them all; returns how many. */
    int writeTo(SiteOutput site) throws IOException {
        help();
        try {
            early.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("drawing the charts was interrupted", e);
        }
        Parallel.rethrow(failure);
        for (int i = 0; i < charts.size(); i++) {
            site.write(charts.get(i).path(), drawn[i]);
        }
        return charts.size();
    }
}
