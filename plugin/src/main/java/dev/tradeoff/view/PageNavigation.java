package dev.tradeoff.view;

import java.util.List;

/**
 * The user's pages as the navigation bar shows them. Every page of the site has the bar, so it
 * names only the first {@link #SHOWN} pages (in the site's order: by order, then slug); when there
 * are more, it ends with {@code index}, a link to {@code pages/index.html}, which lists them all.
 * With {@link #SHOWN} pages or fewer, {@code index} is null and there is no such page: a strategy
 * of thousands of pages would otherwise write every title on every page of the site.
 */
public record PageNavigation(List<NavItem> shown, NavItem index) {

    /** How many pages the bar names directly: the usual handful, all of them. */
    public static final int SHOWN = 6;

    /** A page's {@link NavItem#id()} is this and its slug, the {@code current} that {@code page.ftlh} gives the bar. */
    private static final String PAGE_PREFIX = "page-";

    /** The link to the index of every page, in place of the pages the bar leaves out. */
    public static final NavItem INDEX = new NavItem("pages", "All pages", "pages/index.html");

    public PageNavigation {
        shown = List.copyOf(shown);
    }

    /** The bar's entries for {@code pages}, in their order. */
    static PageNavigation of(List<PageView> pages) {
        List<NavItem> shown = pages.stream().limit(SHOWN)
                .map(page -> new NavItem(PAGE_PREFIX + page.slug(), page.title(), "pages/" + page.page()))
                .toList();
        return new PageNavigation(shown, pages.size() > SHOWN ? INDEX : null);
    }
}
