package dev.tradeoff.render;

import dev.tradeoff.view.SiteView;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the last render made each file from, so that the next one renders again only the files
 * whose inputs changed: the preview server renders the whole site after every edit, and an edit
 * usually changes a few files of thousands. A file is reused only when it was made by the same
 * renderer (so the same templates) from equal inputs (a chart's data; a page's template and its
 * own part of the view) and nothing its template read of the site view changed. One render at a
 * time; a render that fails leaves the memo as it was.
 */
public final class RenderMemo {

    /** One file as last made: from what, what its template read of the site view, and its bytes. */
    private record Made(Object inputs, Set<ViewRead> reads, byte[] bytes) {
    }

    private Object lastRenderer;
    private SiteView lastView;
    private Map<String, Made> last = Map.of();
    private int rendered;
    private int reused;

    public RenderMemo() {
    }

    /** How many files the last render made. */
    public synchronized int renderedByLastRender() {
        return rendered;
    }

    /** How many files the last render took from here instead of making them again. */
    public synchronized int reusedByLastRender() {
        return reused;
    }

    /** Starts a render of {@code view} by {@code renderer}: nothing is reused from another renderer's render. */
    synchronized Render start(Object renderer, SiteView view) {
        boolean sameRenderer = renderer == lastRenderer && lastView != null;
        return new Render(renderer, view, sameRenderer ? last : Map.of(),
                sameRenderer ? new ViewChanges(lastView, view) : null);
    }

    /** Ends a render that wrote every file: its files are what the next render compares with. */
    synchronized void finish(Render render) {
        lastRenderer = render.renderer;
        lastView = render.view;
        last = Map.copyOf(render.made);
        rendered = render.rendered.get();
        reused = render.reused.get();
    }

    /** One render in progress; safe to use from its threads. */
    static final class Render {
        private final Object renderer;
        private final SiteView view;
        private final Map<String, Made> previous;
        private final ViewChanges changes;
        private final Map<String, Made> made = new ConcurrentHashMap<>();
        private final AtomicInteger rendered = new AtomicInteger();
        private final AtomicInteger reused = new AtomicInteger();

        private Render(Object renderer, SiteView view, Map<String, Made> previous, ViewChanges changes) {
            this.renderer = renderer;
            this.view = view;
            this.previous = previous;
            this.changes = changes;
        }

        /**
         * The bytes of {@code file} as last made, when made from inputs equal to {@code inputs} and
         * nothing its template read of the view changed since; else null, and the file must be made.
         */
        byte[] reuse(String file, Object inputs) {
            Made before = previous.get(file);
            if (before == null || !before.inputs().equals(inputs) || changes.anyChanged(before.reads())) {
                return null;
            }
            made.put(file, before);
            reused.incrementAndGet();
            return before.bytes();
        }

        /** Notes that {@code file} was made from {@code inputs}, reading {@code reads} of the site view. */
        void made(String file, Object inputs, Set<ViewRead> reads, byte[] bytes) {
            made.put(file, new Made(inputs, reads, bytes));
            rendered.incrementAndGet();
        }
    }
}
