package dev.tradeoff.view;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Table rows read the way GitHub-flavoured viewers read them: split into cells at every pipe not
 * escaped with a backslash, before anything else, so that a pipe inside a code span or an HTML
 * comment splits it too. flexmark reads code spans first, so to it {@code | `x | [y](javascript:z) | w` |}
 * is one code span, while such a viewer shows a live link in the middle cell. Each cell is parsed on
 * its own, as inline text (all in one parse), and its unsafe parts are rewritten like the rest. The price, only in rows
 * with a bare pipe inside a code span (GitHub asks for {@code \|} there): flexmark's reading of that
 * code span shows the rewrite, {@code &lt;b>} for {@code <b>}.
 * <p>
 * A table also goes on longer for GitHub than for flexmark: GitHub's rows after the delimiter row
 * need no pipe, and the table ends only at a blank line or another block, while flexmark ends it at
 * the first line without a pipe and reads the rest as a paragraph. So the lines of a paragraph right
 * after a table are rows too: to flexmark {@code `x} and {@code <b>`} on the lines after a table are
 * one code span, to GitHub two rows with a tag in the second. Such a paragraph's lines that GitHub
 * reads as another block (indented code, a list item flexmark lets no paragraph end at) are read as
 * rows as well: that can only show a {@code <} there as {@code &lt;}, never leave one live.
 * <p>
 * Nor does a line of {@code ===} or {@code ---} after a table end it for GitHub (the first is one more
 * row, the second a thematic break), while flexmark reads the table and all before it in that paragraph
 * as a setext heading, a {@code | `c | <b>` |} row as one code span. Such headings' underlines are
 * read as blank lines, so that the tables in them are read as GitHub reads them.
 */
final class GfmTableCells {

    /** Makes a cell one paragraph of inline text: without it {@code ```x} or {@code # x} would start a block. */
    private static final String INLINE_PREFIX = "a ";

    private GfmTableCells() {
    }

    /** {@code source} with its cells made inert, read with {@code tables}, which has the tables extension. */
    static String rewrite(String source, Parser tablesParser, Parser inline) {
        Document tables = tablesParser.parse(source);
        String unheaded = withoutSetextUnderlinesBelowPipes(source, tables);
        if (unheaded != null) {
            // The same offsets: only underlines became spaces.
            tables = tablesParser.parse(unheaded);
        }
        Cells cells = new Cells(source);
        for (Node node : tables.getDescendants()) {
            if (node instanceof TableRow row && !(row.getParent() instanceof TableSeparator)) {
                cells.addRow(row.getStartOffset(), row.getEndOffset());
            } else if (node instanceof TableBlock table && table.getNext() instanceof Paragraph after
                    && source.indexOf('\n', table.getEndOffset()) >= after.getStartOffset()) {
                // No line end between them, so no blank line: GitHub reads the paragraph's lines as rows.
                for (BasedSequence line : after.getContentLines()) {
                    BasedSequence text = line.trimEOL();
                    cells.addRow(text.getStartOffset(), text.getEndOffset());
                }
            }
        }
        return cells.rewrite(inline);
    }

    /**
     * {@code source} with the underline of each setext heading that has a pipe in its text made
     * spaces, so that the heading's lines are read as a paragraph, or a table; null when it has none.
     */
    private static String withoutSetextUnderlinesBelowPipes(String source, Document parsed) {
        char[] text = null;
        for (Node node : parsed.getDescendants()) {
            if (node instanceof Heading heading && heading.isSetextHeading()
                    && heading.getText().indexOf('|') >= 0 && heading.getClosingMarker().isNotNull()) {
                if (text == null) {
                    text = source.toCharArray();
                }
                Arrays.fill(text, heading.getClosingMarker().getStartOffset(),
                        heading.getClosingMarker().getEndOffset(), ' ');
            }
        }
        return text == null ? null : new String(text);
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
