package dev.tradeoff.view;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The mentions in Markdown a user wrote, broken as {@link GitHubMentions} breaks them in escaped
 * text: a zero-width space after each {@code @} that starts one, in the text GitHub reads as text.
 * Code spans, code blocks, links, images and autolinks are left as written: GitHub mentions no one
 * there, and the mark would show in code or change a URL. A reference that is not defined
 * ({@code [@team]}, {@code [x][@team]}) shows as text, so it is text here too, and so is a code span that a pipe in a
 * table row splits, as GitHub splits the row at every pipe first ({@link GfmTableCells}).
 * Every other character is kept as written.
 */
final class MentionBreaks {

    private MentionBreaks() {
    }

    /** {@code source}, which parsed to {@code document} (with the tables extension when it has a pipe), mentions broken. */
    static String of(String source, Document document) {
        List<Integer> breaks = new ArrayList<>();
        // A loop rather than recursion: a text nested thousands deep parsed, so it must not overflow here.
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Text text) {
                addBreaks(text.getChars(), breaks);
            } else if (node instanceof RefNode reference && !reference.isDefined()) {
                addBreaksAroundChildren(reference, breaks);
            }
            if (mayHoldText(node)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
        return insert(source, breaks);
    }

    private static boolean mayHoldText(Node node) {
        if (node instanceof Code code) {
            return isSplitByTablePipe(code);
        }
        if (node instanceof RefNode reference) {
            return !reference.isDefined();
        }
        return !(node instanceof LinkNodeBase || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof HtmlBlockBase || node instanceof HtmlInlineBase);
    }

    private static boolean isSplitByTablePipe(Code code) {
        if (code.getAncestorOfType(TableRow.class) == null) {
            return false;
        }
        BasedSequence chars = code.getChars();
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == '\\') {
                i++;
            } else if (chars.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /** A reference that is not defined shows its brackets and label as text, {@code [x][@team]}, its children as they are. */
    private static void addBreaksAroundChildren(RefNode reference, List<Integer> breaks) {
        BasedSequence chars = reference.getChars();
        Node first = reference.getFirstChild();
        if (first == null) {
            addBreaks(chars, breaks);
            return;
        }
        addBreaks(chars.baseSubSequence(chars.getStartOffset(), first.getStartOffset()), breaks);
        addBreaks(chars.baseSubSequence(reference.getLastChild().getEndOffset(), chars.getEndOffset()), breaks);
    }

    /**
     * The start of a text node counts as a space: GitHub reads {@code **a**@x} as a mention, though
     * {@code a@x} is none. A text's characters need not lie together in the source (after a hard line
     * break, {@code "\\\n @b"}, the parser leaves the line's leading space out), so each {@code @} is
     * found in the source by its own offset, not by the text's start.
     */
    private static void addBreaks(BasedSequence text, List<Integer> breaks) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '@' && GitHubMentions.startsMention(text, i)) {
                int at = text.getIndexOffset(i);
                if (at >= 0) {
                    breaks.add(at + 1);
                }
            }
        }
    }

    private static String insert(String source, List<Integer> breaks) {
        if (breaks.isEmpty()) {
            return source;
        }
        breaks.sort(null);
        StringBuilder out = new StringBuilder(source.length() + breaks.size() * GitHubMentions.BREAK.length());
        int written = 0;
        for (int at : breaks) {
            out.append(source, written, at).append(GitHubMentions.BREAK);
            written = at;
        }
        return out.append(source, written, source.length()).toString();
    }
}
