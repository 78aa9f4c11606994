package dev.tradeoff.view;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a table that is split into pages once it is long: its rows {@code from} (inclusive)
 * to {@code to} (exclusive) of {@code total}, and the links to every page of the table. A browser
 * takes about as long again for each row it lays out, so ten thousand rows on one page took seven
 * seconds to open (docs/benchmarks.md, "Pages in a browser"); {@value #ROWS} open in a fraction of
 * one. A table of up to {@value #ROWS} rows is one page, as before.
 *
 * <p>The first page keeps the table's own name ({@code roadmap.html}, {@code initiatives/index.html});
 * page k is beside it as {@code roadmap_k.html}: no initiative's or objective's page can take that
 * name, since ids have no underscore.
 *
 * @param number this page's, from 1
 * @param total the rows of the whole table
 * @param path the page, from the site root
 * @param links every page of the table, by file name (they are all in one folder)
 */
public record ListPage(int number, int total, String path, List<Link> links) {

    /** How many rows a page of a long table shows. */
    public static final int ROWS = 500;

    public ListPage {
        links = List.copyOf(links);
    }

    /**
     * Up to this many pages, the pager links every one; beyond, the first and last {@value #ENDS},
     * and {@value #AROUND} either side of the current page, with a gap for the others.
     */
    static final int ALL_LINKED = 15;
    private static final int ENDS = 2;
    private static final int AROUND = 3;

    /** A link to one page of the table. */
    public record Link(int number, String href, boolean current, int firstRow, int lastRow) {
    }

    /** A link the pager shows, and whether pages were left out between it and the one shown before. */
    public record ShownLink(Link link, boolean gapBefore) {
    }

    /**
     * The pages of a table of {@code rows} rows whose first page is {@code firstPath} (a path from
     * the site root ending in {@code .html}): one page when the rows fit on it, even none.
     */
    public static List<ListPage> split(String firstPath, int rows) {
        if (!firstPath.endsWith(".html")) {
            throw new IllegalArgumentException("not a page: " + firstPath);
        }
        int count = Math.max(1, (rows + ROWS - 1) / ROWS);
        List<String> paths = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            paths.add(number == 1 ? firstPath : firstPath.substring(0, firstPath.length() - ".html".length())
                    + "_" + number + ".html");
        }
        List<ListPage> pages = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            List<Link> links = new ArrayList<>();
            for (int other = 1; other <= count; other++) {
                links.add(new Link(other, fileName(paths.get(other - 1)), other == number,
                        (other - 1) * ROWS + 1, Math.min(other * ROWS, rows)));
            }
            pages.add(new ListPage(number, rows, paths.get(number - 1), links));
        }
        return pages;
    }

    /**
     * The links the pager shows: every page's while there are at most {@value #ALL_LINKED}, else
     * the first and last pages' and those near this one (a hundred numbers would fill a phone's
     * screen; Previous and Next reach the others).
     */
    public List<ShownLink> shown() {
        List<ShownLink> shown = new ArrayList<>();
        int count = count();
        int last = 0;
        for (Link link : links) {
            int page = link.number();
            boolean near = count <= ALL_LINKED || page <= ENDS || page > count - ENDS
                    || Math.abs(page - number) <= AROUND;
            if (near) {
                shown.add(new ShownLink(link, page > last + 1));
                last = page;
            }
        }
        return shown;
    }

    /** How many pages the table is on. */
    public int count() {
        return links.size();
    }

    /** The index of this page's first row in the whole table. */
    public int from() {
        return (number - 1) * ROWS;
    }

    /** The index after this page's last row in the whole table. */
    public int to() {
        return Math.min(number * ROWS, total);
    }

    /** How many rows each page but the last shows. */
    public int rowsPerPage() {
        return ROWS;
    }

    /** Whether the table is on more than one page. */
    public boolean paged() {
        return count() > 1;
    }

    /** The link to the page before this one, or null on the first. */
    public Link previous() {
        return number > 1 ? links.get(number - 2) : null;
    }

    /** The link to the page after this one, or null on the last. */
    public Link next() {
        return number < count() ? links.get(number) : null;
    }

    /** The link to this page. */
    public Link current() {
        return links.get(number - 1);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
