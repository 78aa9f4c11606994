package dev.tradeoff.view;

/**
 * The file name of an initiative's or objective's page in its folder. Ids may be any
 * {@code [a-z0-9][a-z0-9-]*}, including {@code index}, whose page would otherwise overwrite the
 * folder's overview ({@code index.html}); it becomes {@code index_.html}, a name no id can take.
 */
public final class PageName {

    private static final String OVERVIEW = "index";

    private PageName() {
    }

    public static String of(String id) {
        return (OVERVIEW.equals(id) ? id + "_" : id) + ".html";
    }
}
