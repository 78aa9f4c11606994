package dev.tradeoff.view;

/**
 * An exception thrown by flexmark's own code while it reads a user's text, rather than by ours: a fault
 * of the reader that the text only triggered (flexmark 0.64's table reader throws
 * {@code StringIndexOutOfBoundsException} on {@code "|  \n\t\t~~~[| a | b |\n|---|---|"}). {@link SafeMarkdown}
 * and {@link SafeMarkdownSource} show such a text as written, with {@link PlainTextReason#readerFailed},
 * instead of failing the whole build; any other exception is a fault of ours and goes on.
 * <p>
 * Which one it is cannot be told from its class (flexmark and our code throw the same
 * {@code IndexOutOfBoundsException}s), nor from where the catch stands: our inline, heading, list and
 * quote parsers ({@link MarkdownParsers}) run inside flexmark's {@code Parser.parse}. So it is told from
 * the stack: thrown in flexmark's classes (or the JDK's, called by them) with none of our frames
 * between the throw and the call to {@code Parser.parse}. A fault in {@link LinearInlineParser}, or one in
 * flexmark code that it called, has one of our frames there, and so does one in {@link InertRewrite},
 * which runs outside any parse.
 */
final class ReaderFailure {

    private static final String FLEXMARK = "com.vladsch.flexmark.";
    private static final String PARSER = "com.vladsch.flexmark.parser.Parser";

    private ReaderFailure() {
    }

    /** Thrown by flexmark while it parsed, with none of our code in between. */
    static boolean isFlexmarks(RuntimeException failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        if (frames.length == 0) {
            // The JIT may drop the trace of an implicit exception (a null pointer, an array index) thrown
            // many times at one place; the first throws there kept it, so a fault of ours has failed the
            // build already. Here only a text is at stake: shown as written with a warning, not hidden.
            return true;
        }
        for (StackTraceElement frame : frames) {
            String type = frame.getClassName();
            if (type.equals(PARSER) && frame.getMethodName().equals("parse")) {
                return true;
            }
            if (!type.startsWith(FLEXMARK) && !isJdk(type)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.");
    }
}
