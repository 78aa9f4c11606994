package dev.tradeoff.view;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown a user wrote, made safe to copy into a brief: a viewer that renders the brief without
 * sanitising it (an IDE preview, a static site generator) shows it as the site does, with raw HTML
 * as text and no link or image that is not http(s), mailto or relative. The text is parsed and only
 * the unsafe parts are rewritten where they stand; every other character is kept as written.
 * <ul>
 * <li>Raw HTML (inline, block or comment): each {@code <} becomes {@code &lt;}, so the tag shows as text.
 * <li>A link or image with an unsafe URL ({@code javascript:}, {@code data:}, {@code vbscript:}, any
 * scheme but http, https or mailto, also when written with entities or escapes): its text, or its
 * alt text, stays as plain text; brackets, URL and title go. {@code [js](javascript:alert(3))}
 * becomes {@code js}.
 * <li>A destination in angle brackets with a space, which flexmark reads as text and CommonMark 0.29
 * and later (GitHub) as a link: when its URL is unsafe, its {@code <} becomes {@code &lt;}.
 * {@code [a](<javascript:x y>)} becomes {@code [a](&lt;javascript:x y>)}.
 * <li>A reference definition with an unsafe URL is dropped (it never shows anyway), and every link
 * or image that uses it keeps only its text, as above.
 * <li>An autolink with an unsafe URL becomes a code span of its text: shown as written, clearly
 * not a link, and nothing in it read as Markdown. {@code <javascript:alert(1)>} becomes
 * {@code `javascript:alert(1)`}.
 * <li>An {@code @} that GitHub would read as a mention ({@code @someone}, {@code @org/team}) gets a
 * zero-width space after it, as in escaped text ({@link GitHubMentions}), so that a brief read on
 * GitHub notifies no one; not in code, links or autolinks, where GitHub mentions no one
 * ({@link MentionBreaks}).
 * <li>Everything else, code spans and code blocks with their {@code <} included, is unchanged.
 * </ul>
 * A rewrite can uncover something new ({@code [[x](javascript:a)](javascript:b)} loses its inner
 * link and the outer one appears; an escaped HTML block's lines become Markdown), so passes repeat
 * until one changes nothing. Text with a pipe is read both without and with tables, which can end a
 * code span early, and its table rows are also read cell by cell as GitHub-flavoured viewers read
 * them ({@link GfmTableCells}), where a pipe splits even a code span. Text the parser cannot take
 * (nested thousands deep, or a fault of flexmark's that it triggers: {@link ReaderFailure}), would
 * take far longer to read than its length ({@link MarkdownShape}, {@link InlineCost}) or keeps
 * changing becomes a fenced code block, shown exactly as written, as {@link SafeMarkdown} shows it,
 * and its headings stay as written.
 * <p>
 * Headings can be shifted down as {@link SafeMarkdown} shifts them ({@link LoweredHeadings}), so that
 * a summary under a brief's {@code ## Summary} has no {@code #} of its own. That is done to the inert
 * text, so that every heading a viewer sees is lowered, those an escaped HTML block uncovered too.
 * Thread-safe: flexmark's parsers are immutable once built, and each call walks its own document.
 */
public final class SafeMarkdownSource {

    /** A pass that changes the text takes a {@code <} or a {@code [} out, so passes end; real text settles in two. */
    private static final int MAX_PASSES = 8;
    /** Text that still changes after {@link #MAX_PASSES}: each pass uncovered another unsafe part. */
    private static final PlainTextReason KEEPS_CHANGING = new PlainTextReason(0, "making its unsafe links and raw HTML"
            + " inert kept uncovering more of them (links inside links, many levels deep). Remove the links whose"
            + " address is not http(s), mailto or relative");

    private final Parser parser = MarkdownParsers.parser(new MutableDataSet());
    private final Parser tableParser = MarkdownParsers.parser(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())));
    /** The largest heading the text may have: 1 keeps them as written; a summary under a brief's "##" has "###". */
    private final int lowestHeading;

    /** Headings kept as written. */
    public SafeMarkdownSource() {
        this(1);
    }

    /**
     * Headings no larger than {@code lowestHeading}, shifted as {@link SafeMarkdown#SafeMarkdown(int)}
     * shifts them: with {@code 3}, {@code # Why} and {@code ## How} become {@code ### Why} and {@code #### How}.
     */
    public SafeMarkdownSource(int lowestHeading) {
        this.lowestHeading = lowestHeading;
    }

    public String toMarkdown(String markdown) {
        return render(markdown).text();
    }

    /** {@code markdown} made inert, and why it is quoted as written when it is. */
    MarkdownRendering render(String markdown) {
        if (markdown == null) {
            return MarkdownRendering.formatted("");
        }
        if (!mayHoldUnsafeParts(markdown) && !mayHoldMention(markdown)) {
            return MarkdownRendering.formatted(safeWithHeadingsLowered(markdown));
        }
        try {
            MarkdownShape.check(markdown);
        } catch (MarkdownTooComplex tooComplex) {
            return quoted(markdown, tooComplex.reason());
        }
        PlainTextReason plainText = KEEPS_CHANGING;
        try {
            String inert = inert(markdown);
            String lowered = inert == null ? null : withHeadingsLowered(inert);
            if (lowered != null) {
                return MarkdownRendering.formatted(
                        mayHoldMention(lowered) ? MentionBreaks.of(lowered, parse(lowered)) : lowered);
            }
        } catch (MarkdownTooComplex tooComplex) {
            // Too costly to read: quote it whole below. A pass may have read a rewritten text, or its
            // table cells on their own, so a place found there need not be the same in the user's text.
            plainText = tooComplex.reason().inWholeText();
        } catch (StackOverflowError tooDeep) {
            // Nested so deep it exhausts the parser's recursion: quote it whole below.
            plainText = PlainTextReason.NESTED_TOO_DEEP;
        } catch (RuntimeException failure) {
            // flexmark's own fault, which this text (or a pass's rewrite of it, or a table cell read on its
            // own) triggers: quote it whole below. Any other exception is a fault of ours and goes on.
            if (!ReaderFailure.isFlexmarks(failure)) {
                throw failure;
            }
            plainText = PlainTextReason.readerFailed(failure);
        }
        return quoted(markdown, plainText);
    }

    /**
     * Text with nothing to make inert, its headings lowered; as written when it is too costly to read,
     * as it was before headings were lowered: it is safe either way, and quoting it would hide its formatting.
     */
    private String safeWithHeadingsLowered(String markdown) {
        if (lowestHeading <= 1 || !LoweredHeadings.mayHaveHeadingLargerThan(markdown, lowestHeading)) {
            return markdown;
        }
        try {
            MarkdownShape.check(markdown);
            // Never null here: text without a '<' or a '[' is inert at once, its lines joined or not.
            return withHeadingsLowered(markdown);
        } catch (MarkdownTooComplex | StackOverflowError tooCostly) {
            return markdown;
        } catch (RuntimeException failure) {
            // flexmark's own fault: as written, safe as above. Any other exception is a fault of ours.
            if (!ReaderFailure.isFlexmarks(failure)) {
                throw failure;
            }
            return markdown;
        }
    }

    /**
     * {@code inert}, text already made inert, with its headings lowered; null when it no longer
     * settles. Lowering adds {@code #}s before a heading's text, or puts a one-line setext heading's
     * text after them, so every inline part reads as before and nothing unsafe can appear. Joining
     * a setext heading's lines changes what is read (line ends and hard breaks become spaces): no
     * case is known where that makes a link or a tag, but rather than rely on it, such text is made
     * inert again, at no cost without a {@code <} or a {@code [}. That could change only the joined
     * line, which stays a heading of its level, so no heading needs lowering after it.
     */
    private String withHeadingsLowered(String inert) {
        if (lowestHeading <= 1 || !LoweredHeadings.mayHaveHeadingLargerThan(inert, lowestHeading)) {
            return inert;
        }
        LoweredHeadings lowered = LoweredHeadings.of(inert, parse(inert), lowestHeading);
        return lowered.joinedLines() ? inert(lowered.text()) : lowered.text();
    }

    /** {@code markdown} quoted whole in a code block, shown exactly as written. */
    private static MarkdownRendering quoted(String markdown, PlainTextReason why) {
        return new MarkdownRendering(Backticks.codeBlock(markdown), why);
    }

    /** {@code markdown} with its raw HTML and unsafe links made inert; null when the passes do not settle. */
    private String inert(String markdown) {
        String current = markdown;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            if (!mayHoldUnsafeParts(current)) {
                return current;
            }
            String next = rewriteOnce(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return null;
    }

    /** Read as GitHub reads it: with tables, when there may be one. */
    private Document parse(String markdown) {
        return (markdown.indexOf('|') < 0 ? parser : tableParser).parse(markdown);
    }

    /** Raw HTML and autolinks start with {@code <}, links, images and references with {@code [}. */
    private static boolean mayHoldUnsafeParts(String markdown) {
        return markdown.indexOf('<') >= 0 || markdown.indexOf('[') >= 0;
    }

    /**
     * Any {@code @}: whether one starts a mention depends on the parsed text ({@code _em_@x} is one,
     * the emphasis ending before it), so only text without one goes unparsed.
     */
    private static boolean mayHoldMention(String markdown) {
        return markdown.indexOf('@') >= 0;
    }

    /**
     * One pass: the text as read without tables, then as read with them, then its table rows cell by
     * cell. Each reading is made inert in turn, as the same text can hide different parts in each: a
     * table ends a paragraph, and so cuts short a code span that, read without tables, runs on across
     * the table's lines and holds a {@code <b>} from the line after it ({@code `a | b}, {@code ---|---},
     * {@code <b>`}). A reading with nothing unsafe keeps the text as it is.
     */
    private String rewriteOnce(String markdown) {
        String inert = InertRewrite.of(markdown, parser.parse(markdown));
        if (inert.indexOf('|') < 0) {
            return inert;
        }
        String inertWithTables = InertRewrite.of(inert, tableParser.parse(inert));
        return GfmTableCells.rewrite(inertWithTables, tableParser, parser);
    }
}
