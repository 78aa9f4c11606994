package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text that makes flexmark itself fail is shown as written, with a reason the build warns of; an
 * exception from our own code is not taken for one and still fails the build.
 */
class ReaderFailureTest {

    /** flexmark 0.64's table reader throws StringIndexOutOfBoundsException on it. */
    private static final String FAILS_THE_TABLE_READER = "|  \n\t\t~~~[| a | b |\n|---|---|";
    private static final String REASON = "the Markdown reader failed on it (StringIndexOutOfBoundsException in"
            + " flexmark), a fault of the reader, not of the text. Laying out its tables, lists or code blocks"
            + " differently may avoid it";

    @Test
    void thePageShowsItAsWrittenAndSaysWhy() {
        for (SafeMarkdown markdown : new SafeMarkdown[] {new SafeMarkdown(), new SafeMarkdown(3)}) {
            MarkdownRendering html = markdown.render(FAILS_THE_TABLE_READER);

            assertThat(html.text()).isEqualTo("<pre>|  \n\t\t~~~[| a | b |\n|---|---|</pre>\n");
            assertThat(html.plainText()).isEqualTo(new PlainTextReason(0, REASON));
        }
    }

    @Test
    void theBriefQuotesItAsWrittenAndSaysWhy() {
        for (SafeMarkdownSource source : new SafeMarkdownSource[] {new SafeMarkdownSource(), new SafeMarkdownSource(3)}) {
            MarkdownRendering inert = source.render(FAILS_THE_TABLE_READER);

            assertThat(inert.text()).isEqualTo("```\n|  \n\t\t~~~[| a | b |\n|---|---|\n```\n");
            assertThat(inert.plainText()).isEqualTo(new PlainTextReason(0, REASON));
        }
    }

    @Test
    void theSameWithNothingToMakeInertAndItsHeadingsLowered() {
        // No '<', '[' or '@': the brief takes it as written, also when its headings would be lowered.
        String text = "# T\n\n|  \n\t\t~~~| a | b |\n|---|---|";

        assertThat(new SafeMarkdown(3).render(text).plainText()).isEqualTo(new PlainTextReason(0, REASON));
        assertThat(new SafeMarkdownSource(3).toMarkdown(text)).isEqualTo(text);
    }

    @Test
    void anExceptionOfOursIsNotTheReaders() {
        assertThat(ReaderFailure.isFlexmarks(new IllegalStateException("ours"))).isFalse();
    }

    @Test
    void anExceptionFromFlexmarkCodeThatOurParserCalledIsNotTheReaders() {
        RuntimeException failure = thrownAt(
                frame("com.vladsch.flexmark.util.sequence.SubSequence", "baseSubSequence"),
                frame("dev.tradeoff.view.LinearInlineParser", "parseCustom"),
                frame("com.vladsch.flexmark.parser.internal.DocumentParser", "processInlines"),
                frame("com.vladsch.flexmark.parser.Parser", "parse"),
                frame("dev.tradeoff.view.SafeMarkdown", "render"));

        assertThat(ReaderFailure.isFlexmarks(failure)).isFalse();
    }

    @Test
    void anExceptionFromFlexmarkAloneInsideAParseIsTheReaders() {
        RuntimeException failure = thrownAt(
                frame("java.lang.String", "checkIndex"),
                frame("com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor", "preProcessBlock"),
                frame("com.vladsch.flexmark.parser.internal.DocumentParser", "parse"),
                frame("com.vladsch.flexmark.parser.Parser", "parse"),
                frame("dev.tradeoff.view.SafeMarkdown", "render"));

        assertThat(ReaderFailure.isFlexmarks(failure)).isTrue();
    }

    @Test
    void anExceptionFromFlexmarkOutsideAParseIsNotTheReaders() {
        RuntimeException failure = thrownAt(
                frame("com.vladsch.flexmark.util.sequence.BasedSequenceImpl", "unescape"),
                frame("dev.tradeoff.view.InertRewrite", "isSafe"));

        assertThat(ReaderFailure.isFlexmarks(failure)).isFalse();
    }

    private static RuntimeException thrownAt(StackTraceElement... frames) {
        RuntimeException failure = new StringIndexOutOfBoundsException("startIndex: -2");
        failure.setStackTrace(frames);
        return failure;
    }

    private static StackTraceElement frame(String type, String method) {
        return new StackTraceElement(type, method, null, 1);
    }
}
