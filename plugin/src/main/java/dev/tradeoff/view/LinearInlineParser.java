package dev.tradeoff.view;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with one cost taken out and one limit put in. Its regular-expression
 * match copied the whole rest of the paragraph ({@code Matcher.toMatchResult()} turns the input into
 * a String) for every link, reference, code span, entity and title it tried, so a paragraph of many
 * brackets or backticks took time in the square of its length; here a match reads only what it
 * matches, and finds the same. A paragraph whose other searches {@link InlineCost} finds too costly
 * is refused with {@link MarkdownTooComplex}.
 */
final class LinearInlineParser extends InlineParserImpl {

    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public void parse(BasedSequence input, Node block) {
        InlineCost.check(input, input.getStartOffset());
        super.parse(input, block);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            int start = matcher.start(group);
            groups[group] = start < 0 ? null : input.subSequence(start, matcher.end(group));
        }
        return groups;
    }

    /** The match of {@code re} at or after the current index, which it moves past the match; null when none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
