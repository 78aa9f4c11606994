package dev.tradeoff.view;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
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
        if (node instanceof InlineLinkNode link && !isSafe(link.getUrl())
                || node instanceof RefNode reference && refersToUnsafe(reference)) {
            keepOnlyChildren(node);
        }
        return true;
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
