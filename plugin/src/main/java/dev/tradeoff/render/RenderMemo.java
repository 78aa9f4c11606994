package dev.tradeoff.render;

import dev.tradeoff.view.SiteView;
import java.util.List;
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
    private record Made(List<Object> inputs, Set<ViewRead> reads, byte[] bytes) {
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

    /**
     * Starts a render by {@code renderer}: nothing is reused from another renderer's render. Its view
     * is given to {@link Render#view} before any page is asked for.
     */
    synchronized Render start(Object renderer) {
        boolean sameRenderer = renderer == lastRenderer && lastView != null;
        return new Render(renderer, sameRenderer ? last : Map.of(), sameRenderer ? lastView : null);
    }

    /** Ends a render that wrote every file: its files are what the next render compares with. */
    synchronized void finish(Render render) {
        lastRenderer = render.renderer;
        lastView = render.view;
        last = Map.copyOf(render.made);
        rendered = render.rendered.get();
        reused = render.reused.get();
    }

    /**
     * One render in progress; safe to use from its threads. Pages of one kind read the same parts of
     * the view, and an initiative's page and brief share their inputs, so each comparison is made
     * once per render and looked up by identity after that.
     */
    static final class Render {
        private final Object renderer;
        private final Map<String, Made> previous;
        private final SiteView lastView;
        private volatile SiteView view;
        private volatile ViewChanges changes;
        private final Map<String, Made> made = new ConcurrentHashMap<>();
        private final Map<Identity, Boolean> readsChanged = new ConcurrentHashMap<>();
        private final Comparisons comparisons = new Comparisons();
        private final Map<Set<ViewRead>, Set<ViewRead>> sharedReads = new ConcurrentHashMap<>();
        private final AtomicInteger rendered = new AtomicInteger();
        private final AtomicInteger reused = new AtomicInteger();

        private Render(Object renderer, Map<String, Made> previous, SiteView lastView) {
            this.renderer = renderer;
            this.previous = previous;
            this.lastView = lastView;
            previous.values().forEach(file -> sharedReads.putIfAbsent(file.reads(), file.reads()));
        }

        /** The view this render shows; charts may be drawn before it is known, pages only after. */
        void view(SiteView next) {
            view = next;
            changes = lastView == null ? null : new ViewChanges(lastView, next, comparisons);
        }

        /**
         * The bytes of {@code file} as last made, when made from inputs equal to {@code inputs} and
         * nothing its template read of the view changed since; else null, and the file must be made.
         */
        byte[] reuse(String file, List<Object> inputs) {
            Made before = previous.get(file);
            if (before == null || !sameInputs(before.inputs(), inputs) || readsChanged(before.reads())) {
                return null;
            }
            made.put(file, before);
            reused.incrementAndGet();
            return before.bytes();
        }

        /** Whether any of {@code reads} changed; charts read none (and may ask before the view is known). */
        private boolean readsChanged(Set<ViewRead> reads) {
            return !reads.isEmpty()
                    && readsChanged.computeIfAbsent(new Identity(reads), r -> changes.anyChanged(reads));
        }

        /** Notes that {@code file} was made from {@code inputs}, reading {@code reads} of the site view. */
        void made(String file, List<Object> inputs, Set<ViewRead> reads, byte[] bytes) {
            made.put(file, new Made(inputs, sharedReads.computeIfAbsent(reads, r -> r), bytes));
            rendered.incrementAndGet();
        }

        private boolean sameInputs(List<Object> before, List<Object> now) {
            if (before.size() != now.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (!comparisons.same(before.get(i), now.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
