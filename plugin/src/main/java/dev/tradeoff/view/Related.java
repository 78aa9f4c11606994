package dev.tradeoff.view;

/**
 * Another initiative this one relates to (enables, enabled by), with what the relation says.
 * {@code dropped}: that other initiative is dropped, so the relation says what would have been, not
 * what will be.
 */
public record Related(String id, String title, String href, String detail, boolean dropped) {

    /** A relation to an initiative in the plan (not dropped). */
    public Related(String id, String title, String href, String detail) {
        this(id, title, href, detail, false);
    }
}
