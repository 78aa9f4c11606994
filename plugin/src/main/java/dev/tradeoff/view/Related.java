package dev.tradeoff.view;

import dev.tradeoff.model.Initiative;

/**
 * Another initiative this one relates to (enables, enabled by), with what the relation says.
 * {@code dropped}: that other initiative is dropped, so the relation says what would have been, not
 * what will be. {@code speedUpFrom}: for a platform and a product both in the plan, the quarter the
 * platform goes live when the product, as planned, starts before it, so that it gets no speed-up
 * (SPEC's enablement value counts it all the same; the pages say what to do); else null.
 */
public record Related(String id, String title, String href, String detail, boolean dropped, String speedUpFrom) {

    /** A relation to an initiative in the plan (not dropped) that starts in time for its speed-up. */
    public Related(String id, String title, String href, String detail) {
        this(id, title, href, detail, false, null);
    }

    /**
     * The quarter {@code platform} goes live when {@code product} starts before it and neither is
     * dropped; else null.
     */
    static String speedUpFrom(Initiative platform, Initiative product) {
        boolean bothPlanned = product != null && !platform.isDropped() && !product.isDropped();
        return bothPlanned && product.startsBeforeGoLiveOf(platform) ? platform.goLive().toString() : null;
    }
}
