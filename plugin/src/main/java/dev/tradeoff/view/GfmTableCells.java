package dev.tradeoff.view;

import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Table rows read the way GitHub-flavoured viewers read them: split into cells at every pipe not
 * escaped with a backslash, before anything else, so that a pipe inside a code span or an HTML
 * comment splits it too. flexmark reads code spans first, so to it {@code | `x | [y](javascript:z) | w` |}
 * is one code span, while such a viewer shows a live link in the middle cell. Each cell is parsed on
 * its own, as inline text, and its unsafe parts are rewritten like the rest. The price, only in rows
 * with a bare pipe inside a code span (GitHub asks for {@code \|} there): flexmark's reading of that
 * code span shows the rewrite, {@code &lt;b>} for {@code <b>}.
 */
final class GfmTableCells {

    /** Makes a cell one paragraph of inline text: without it {@code ```x} or {@code # x} would start a block. */
    private static final String INLINE_PREFIX = "a ";

    private GfmTableCells() {
    }

    /** {@code source}, which parsed to {@code tables} with the tables extension, with its cells made inert. */
    static String rewrite(String source, Document tables, Parser inline) {
        InertRewrite rewrite = new InertRewrite(source);
        for (Node node : tables.getDescendants()) {
            if (node instanceof TableRow row && !(row.getParent() instanceof TableSeparator)) {
                rewriteCells(source, row.getStartOffset(), row.getEndOffset(), inline, rewrite);
            }
        }
        return rewrite.apply();
    }

    private static void rewriteCells(String source, int start, int end, Parser inline, InertRewrite rewrite) {
        int cell = start;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                rewriteCell(source, cell, i, inline, rewrite);
                cell = i + 1;
            }
        }
        rewriteCell(source, cell, end, inline, rewrite);
    }

    private static void rewriteCell(String source, int start, int end, Parser inline, InertRewrite rewrite) {
        String cell = source.substring(start, end);
        if (cell.indexOf('<') >= 0 || cell.indexOf('[') >= 0) {
            rewrite.collect(inline.parse(INLINE_PREFIX + cell.stripLeading()),
                    end - cell.stripLeading().length() - INLINE_PREFIX.length());
        }
    }
}
