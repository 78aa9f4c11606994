package dev.tradeoff.view;

import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Table rows read the way GitHub-flavoured viewers read them: split into cells at every pipe not
 * escaped with a backslash, before anything else, so that a pipe inside a code span or an HTML
 * comment splits it too. flexmark reads code spans first, so to it {@code | `x | [y](javascript:z) | w` |}
 * is one code span, while such a viewer shows a live link in the middle cell. Each cell is parsed on
 * its own, as inline text (all in one parse), and its unsafe parts are rewritten like the rest. The price, only in rows
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
        Cells cells = new Cells(source);
        for (Node node : tables.getDescendants()) {
            if (node instanceof TableRow row && !(row.getParent() instanceof TableSeparator)) {
                cells.addRow(row.getStartOffset(), row.getEndOffset());
            }
        }
        return cells.rewrite(inline);
    }

    /**
     * The cells that may hold unsafe parts, parsed together in one text, each its own paragraph
     * ({@code a } and the cell, then a blank line): one parse however many cells, and the same
     * reading as each parsed alone, as no inline part crosses a blank line.
     */
    private static final class Cells {

        private final String source;
        private final StringBuilder joined = new StringBuilder();
        /** For each cell, where it starts in {@link #joined} and how far its offsets there are from the source's. */
        private final List<int[]> startsAndShifts = new ArrayList<>();

        Cells(String source) {
            this.source = source;
        }

        void addRow(int start, int end) {
            int cell = start;
            for (int i = start; i < end; i++) {
                char c = source.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '|') {
                    addCell(cell, i);
                    cell = i + 1;
                }
            }
            addCell(cell, end);
        }

        private void addCell(int start, int end) {
            String cell = source.substring(start, end);
            if (cell.indexOf('<') >= 0 || cell.indexOf('[') >= 0) {
                String text = cell.stripLeading();
                int at = joined.length();
                startsAndShifts.add(new int[] {at, end - text.length() - INLINE_PREFIX.length() - at});
                joined.append(INLINE_PREFIX).append(text).append("\n\n");
            }
        }

        String rewrite(Parser inline) {
            InertRewrite rewrite = new InertRewrite(source);
            if (!startsAndShifts.isEmpty()) {
                Document parsed = inline.parse(joined.toString());
                for (Node paragraph = parsed.getFirstChild(); paragraph != null; paragraph = paragraph.getNext()) {
                    rewrite.collect(paragraph, parsed, shiftAt(paragraph.getStartOffset()));
                }
            }
            return rewrite.apply();
        }

        /** The shift of the cell that {@code offset} of the joined text is in. */
        private int shiftAt(int offset) {
            int low = 0;
            int high = startsAndShifts.size() - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (startsAndShifts.get(middle)[0] <= offset) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return startsAndShifts.get(low)[1];
        }
    }
}
