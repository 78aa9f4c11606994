package dev.tradeoff.view;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's list and block quote parsers, stopped at {@link MarkdownShape#MAX_DEPTH} list items and
 * quotes inside each other: each line costs flexmark time in proportion to how deep it is, and a
 * line of {@code - - - - x} is as deep as it is long. Starting one more throws
 * {@link MarkdownTooComplex}; every shallower document is read exactly as flexmark reads it.
 */
final class NestingLimit {

    private NestingLimit() {
    }

    /** flexmark's list parser, with the limit. */
    static final class Lists extends ListBlockParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return limited(super.apply(options));
        }
    }

    /** flexmark's block quote parser, with the limit. */
    static final class Quotes extends BlockQuoteParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return limited(super.apply(options));
        }
    }

    private static BlockParserFactory limited(BlockParserFactory containers) {
        return (ParserState state, MatchedBlockParser matched) -> {
            BlockStart start = containers.tryStart(state, matched);
            if (start != null && depth(matched.getBlockParser().getBlock()) >= MarkdownShape.MAX_DEPTH) {
                throw new MarkdownTooComplex("lists and quotes are nested more than " + MarkdownShape.MAX_DEPTH
                        + " levels deep here, deeper than the site shows them. Use at most " + MarkdownShape.MAX_DEPTH
                        + " levels", state.getLineStart() + state.getNextNonSpaceIndex());
            }
            return start;
        };
    }

    /** List items and quotes {@code node} is in, itself included; never more than the limit is counted. */
    private static int depth(Node node) {
        int depth = 0;
        for (Node at = node; at != null && depth < MarkdownShape.MAX_DEPTH; at = at.getParent()) {
            if (at instanceof ListItem || at instanceof BlockQuote) {
                depth++;
            }
        }
        return depth;
    }
}
