package dev.tradeoff.view;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * flexmark parsers that read Markdown as flexmark does, in time about proportional to its length,
 * or throw {@link MarkdownTooComplex}. Four of flexmark's parts are replaced:
 * <ul>
 * <li>the inline parser by {@link LinearInlineParser}, which finds the same links, code spans and
 * references without copying the rest of the paragraph for each, and refuses a paragraph that
 * {@link InlineCost} finds too costly;
 * <li>the heading parser by {@link HeadingLines}, asked only about lines that can be headings;
 * <li>the list and block quote parsers by {@link NestingLimit}'s, which stop at
 * {@value MarkdownShape#MAX_DEPTH} levels.
 * </ul>
 * The text should also pass {@link MarkdownShape#check} first.
 */
final class MarkdownParsers {

    private MarkdownParsers() {
    }

    /** A parser with {@code options}. */
    static Parser parser(DataHolder options) {
        MutableDataSet replaced = new MutableDataSet(options)
                .set(Parser.HEADING_PARSER, false)
                .set(Parser.LIST_BLOCK_PARSER, false)
                .set(Parser.BLOCK_QUOTE_PARSER, false);
        Parser.Builder builder = Parser.builder(replaced)
                .customInlineParserFactory(LinearInlineParser.FACTORY)
                .customBlockParserFactory(new NestingLimit.Quotes())
                .customBlockParserFactory(new HeadingLines())
                .customBlockParserFactory(new NestingLimit.Lists());
        // flexmark leaves out reference definitions ([id]: /url) when the inline parser is not its
        // own; they go back after the extensions' paragraph pre-processors, where flexmark puts them.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }
}
