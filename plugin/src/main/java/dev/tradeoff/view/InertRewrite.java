package dev.tradeoff.view;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * One pass of {@link SafeMarkdownSource}: the parts of one parsed text that a viewer would turn into
 * raw HTML or into a link with an unsafe scheme, rewritten where they stand in the text; every other
 * character is kept as written. The rules are listed on {@link SafeMarkdownSource}.
 */
final class InertRewrite {

    private final String source;
    /** Replacements of source ranges; never overlapping, as no rule edits inside a range another replaces. */
    private final List<Edit> edits = new ArrayList<>();
    /** The document being walked, for the references it defines. */
    private Document document;
    /** Where offset 0 of that document falls in {@link #source}. */
    private int shift;

    InertRewrite(String source) {
        this.source = source;
    }

    /** {@code source}, which parsed to {@code document}, with its unsafe parts made inert. */
    static String of(String source, Document document) {
        return new InertRewrite(source).collect(document, 0).apply();
    }

    /**
     * Adds the edits that {@code parsed} needs; its offset 0 is {@code shift} in the source (negative
     * when the parsed text starts with a prefix that is not in the source).
     */
    InertRewrite collect(Document parsed, int shift) {
        return collect(parsed, parsed, shift);
    }

    /** As {@link #collect(Document, int)}, for the part {@code subtree} of {@code parsed}. */
    InertRewrite collect(Node subtree, Document parsed, int shift) {
        this.document = parsed;
        this.shift = shift;
        // A loop rather than recursion: a text nested thousands deep parsed, so it must not overflow here.
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(subtree);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (editChildrenToo(node)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
        return this;
    }

    /** Adds the edits {@code node} itself needs; false when it is replaced whole, children and all. */
    private boolean editChildrenToo(Node node) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            replace(node, node.getChars().toString().replace("<", "&lt;"));
            return false;
        }
        if (node instanceof AutoLink link && !isSafe(link.getUrl())) {
            replace(node, Backticks.codeSpan(link.getText().toString()));
            return false;
        }
        if (node instanceof Reference reference && !isSafe(reference.getUrl())) {
            replace(node, "");
            return false;
        }
        if (node instanceof Text text) {
            // Code shows its text as written, and only as written: never a link, nor an entity.
            if (text.getAncestorOfType(Code.class, CodeBlock.class, FencedCodeBlock.class, IndentedCodeBlock.class)
                    == null) {
                escapeUnsafePointyDestinations(text);
            }
            return true;
        }
        if (node instanceof InlineLinkNode link && !isSafe(link.getUrl())
                || node instanceof RefNode reference && refersToUnsafe(reference)) {
            keepOnlyChildren(node);
        }
        return true;
    }

    /**
     * A link destination in angle brackets with a space in it ({@code [a](<javascript:x y>)}, or
     * {@code [r]: <javascript:x y>} for a reference): flexmark 0.64 reads it as text, as CommonMark did
     * up to 0.28, but CommonMark 0.29 and later, so GitHub, markdown-it and cmark, read a link to
     * {@code javascript:x%20y}. When its URL is unsafe, its {@code <} becomes {@code &lt;}, shown as
     * written; a destination that starts with {@code &lt;} and has a space is a link to no viewer. The
     * {@code <} must follow {@code ](} or {@code ]:}, with spaces, tabs and one line ending between, and
     * the destination must end with a {@code >} on its line with no other unescaped {@code <} before it.
     */
    private void escapeUnsafePointyDestinations(Text text) {
        BasedSequence chars = text.getChars();
        CharSequence parsed = chars.getBaseSequence();
        for (int at = chars.getStartOffset(); at < chars.getEndOffset(); at++) {
            if (parsed.charAt(at) == '<' && followsLinkOpening(parsed, at)) {
                int end = pointyDestinationEnd(parsed, at);
                if (end >= 0 && !isSafe(BasedSequence.of(parsed.subSequence(at + 1, end).toString()))) {
                    edit(at, at + 1, "&lt;");
                }
            }
        }
    }

    /** {@code ](} or {@code ]:} before {@code at}, with only spaces, tabs and one line ending between. */
    private static boolean followsLinkOpening(CharSequence parsed, int at) {
        int before = skipSpaces(parsed, at - 1);
        if (before >= 0 && parsed.charAt(before) == '\n') {
            before = skipSpaces(parsed, before > 0 && parsed.charAt(before - 1) == '\r' ? before - 2 : before - 1);
        } else if (before >= 0 && parsed.charAt(before) == '\r') {
            before = skipSpaces(parsed, before - 1);
        }
        return before >= 1 && (parsed.charAt(before) == '(' || parsed.charAt(before) == ':')
                && parsed.charAt(before - 1) == ']';
    }

    private static int skipSpaces(CharSequence parsed, int from) {
        int at = from;
        while (at >= 0 && (parsed.charAt(at) == ' ' || parsed.charAt(at) == '\t')) {
            at--;
        }
        return at;
    }

    /** Where the destination opened by the {@code <} at {@code open} ends, at its {@code >}; -1 if none does. */
    private static int pointyDestinationEnd(CharSequence parsed, int open) {
        for (int at = open + 1; at < parsed.length(); at++) {
            char c = parsed.charAt(at);
            if (c == '\\' && at + 1 < parsed.length() && (parsed.charAt(at + 1) == '<' || parsed.charAt(at + 1) == '>'
                    || parsed.charAt(at + 1) == '\\')) {
                at++;
            } else if (c == '>') {
                return at;
            } else if (c == '<' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private boolean refersToUnsafe(RefNode reference) {
        if (!reference.isDefined()) {
            return false;
        }
        Reference target = reference.getReferenceNode(document);
        return target != null && !isSafe(target.getUrl());
    }

    /** Safe both as written and once entities and escapes are decoded ({@code &#106;avascript:} is not). */
    private static boolean isSafe(BasedSequence url) {
        return SafeLinks.isSafe(url.toString()) && SafeLinks.isSafe(url.unescape());
    }

    /** The link's text (an image's alt text) stays; its brackets, URL and title go. */
    private void keepOnlyChildren(Node node) {
        Node first = node.getFirstChild();
        if (first == null) {
            replace(node, "");
            return;
        }
        edit(node.getStartOffset(), first.getStartOffset(), "");
        edit(node.getLastChild().getEndOffset(), node.getEndOffset(), "");
    }

    private void replace(Node node, String replacement) {
        edit(node.getStartOffset(), node.getEndOffset(), replacement);
    }

    private void edit(int start, int end, String replacement) {
        edits.add(new Edit(start + shift, end + shift, replacement));
    }

    String apply() {
        if (edits.isEmpty()) {
            return source;
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(source.length() + 16 * edits.size());
        int written = 0;
        for (Edit edit : edits) {
            out.append(source, written, edit.start()).append(edit.replacement());
            written = edit.end();
        }
        return out.append(source, written, source.length()).toString();
    }

    private record Edit(int start, int end, String replacement) {
    }
}
