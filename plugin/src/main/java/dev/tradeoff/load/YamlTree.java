package dev.tradeoff.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses YAML text into a located {@link YamlNode} tree with Jackson's streaming parser. Hostile
 * input is refused early: nesting is capped, aliases are neither copied nor allowed to multiply the
 * document (no "billion laughs"), and every parser error becomes a problem with a plain message.
 */
final class YamlTree {

    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 20;
    /** Values that aliases may add to a file, counted as if every alias were written out in full. */
    static final long MAX_ALIASED_VALUES = 100_000;
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** Keys are repeated in messages; no real key comes near this. */
    static final int MAX_KEY_LENGTH = 1_000;

    private static final char NEXT_LINE = '\u0085';

    private static final String BINARY = "binary values (!!binary) are not supported; write text instead";

    private static final YAMLFactory FACTORY = createFactory();

    private final String file;
    private final int lineOffset;
    private final AnchorReadingParser parser;
    private final Problems problems;
    private final LineSeparators separators;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private int aliases;
    private long aliasedValues;
    /** Values read so far, aliases counted in full: the size of a node is the growth while reading it. */
    private long values;

    private record Anchored(YamlNode node, long size) {
    }

    /** Stops reading a file that is refused; carries the problem. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Refusal(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private YamlTree(String file, int lineOffset, AnchorReadingParser parser, Problems problems,
            LineSeparators separators) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.parser = parser;
        this.problems = problems;
        this.separators = separators;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(SourceText.MAX_BYTES);
        // Duplicate keys are reported by us, with both places.
        options.setAllowDuplicateKeys(true);
        return new AnchorReadingFactory(YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build()));
    }

    /** Makes {@link AnchorReadingParser}s, configured as {@code builder} says. */
    private static final class AnchorReadingFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        AnchorReadingFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new AnchorReadingParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }
    }

    /**
     * Jackson's parser, telling the anchor of every value: its {@code getObjectId()} tells only those
     * of lists and mappings, so {@code &v 8} and a later {@code *v} would read as an unknown alias.
     */
    private static final class AnchorReadingParser extends YAMLParser {

        AnchorReadingParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
                ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /** The anchor of the current value ({@code v} for {@code &v 8} or {@code &v [1]}), or null. */
        String anchor() throws IOException {
            String anchor = getObjectId();
            if (anchor == null && _lastEvent instanceof ScalarEvent scalar) {
                anchor = scalar.getAnchor();
            }
            return anchor;
        }
    }

    /**
     * The tree of {@code text}, or null after recording why it cannot be read. A document with no
     * content gives a {@link YamlScalar} that {@link YamlNode#isNothing() is nothing}.
     * {@code lineOffset} is added to every line (for front matter that does not start the file).
     * Lines and columns are those of {@link TextPosition}: the parser is made to count as it does.
     */
    static YamlNode parse(String file, String text, int lineOffset, Problems problems) {
        int bad = firstNonPrintable(text);
        if (bad >= 0) {
            addAt(file, text, bad, lineOffset, problems, text.charAt(bad) == NEXT_LINE
                    ? "character U+0085 (next line) is not allowed: YAML tools disagree on whether it ends a line;"
                            + " use an ordinary line break, or remove it"
                    : String.format(Locale.ROOT, "control character U+%04X is not allowed in YAML; remove it",
                            text.codePointAt(bad)));
            return null;
        }
        LineSeparators separators = LineSeparators.of(text);
        if (separators == null) {
            int at = LineSeparators.firstIn(text);
            addAt(file, text, at, lineOffset, problems, LineSeparators.unreadable(text.charAt(at)));
            return null;
        }
        String parsed = separators.hide(text);
        try (AnchorReadingParser parser = (AnchorReadingParser) FACTORY.createParser(new StringReader(parsed))) {
            return new YamlTree(file, lineOffset, parser, problems, separators).document(parsed);
        } catch (IOException e) {
            // Only parse errors can come from a StringReader; they are reported inside.
            problems.add(file, "could not be read as YAML");
            return null;
        }
    }

    /** A problem at char {@code index} of {@code text}. */
    private static void addAt(String file, String text, int index, int lineOffset, Problems problems, String message) {
        TextPosition at = TextPosition.of(text, index);
        problems.add(file, at.line() + lineOffset, at.column(), message);
    }

    private YamlNode document(String text) {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlScalar(YamlScalar.Type.NOTHING, "", null, lineOffset + 1, 1);
            }
            YamlNode root = value(token);
            if (parser.nextToken() != null) {
                // The parser places the second document at its first value; the user looks for its '---'.
                int marker = documentMarkerLine(text, parser.currentTokenLocation().getLineNr());
                throw new Refusal(marker + lineOffset, 1,
                        "a second YAML document starts here ('---'); keep one document per file");
            }
            return root;
        } catch (Refusal r) {
            report(r.line, r.column, r.getMessage());
        } catch (MarkedYAMLException e) {
            YamlSyntaxError parsed = YamlSyntaxError.of(e, text);
            YamlSyntaxError error = QuoteLeftOpen.before(text, parsed).orElse(parsed);
            report(error.line() + lineOffset, error.column(), error.message());
        } catch (StreamConstraintsException e) {
            // The parser stops at the collection that goes one level too deep.
            JsonLocation at = parser.currentTokenLocation();
            report(line(at), at.getColumnNr(), constraintMessage(e));
        } catch (IOException | RuntimeException e) {
            // The parser can fail in ways it does not wrap; never let them escape as a crash.
            reportOther(e, text);
        }
        return null;
    }

    private void reportOther(Exception e, String text) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReaderException reader) {
                TextPosition at = TextPosition.of(text, Math.max(0, reader.getPosition()));
                report(at.line() + lineOffset, at.column(), "this character is not allowed in YAML");
                return;
            }
        }
        int line = 0;
        int column = 0;
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            line = json.getLocation().getLineNr() + lineOffset;
            column = json.getLocation().getColumnNr();
        }
        String raw = String.valueOf(e.getMessage());
        String message;
        if (raw.startsWith("Expected a field name")) {
            message = "a key must be a plain value, not a list, a mapping or an alias";
        } else if (raw.toLowerCase(Locale.ROOT).contains("base64")) {
            message = BINARY;
        } else {
            message = YamlSyntaxError.clean(raw);
        }
        report(Math.max(line, 0), Math.max(column, 0), message);
    }

    /** A problem of the file; the message may quote what the parser read, so it gets its separators back. */
    private void report(int line, int column, String message) {
        problems.add(file, line, column, separators.restore(message));
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep; the strategy format never needs this much";
        }
        if (message.contains("String value length")) {
            return "a value is longer than " + MAX_STRING_LENGTH + " characters";
        }
        return "the file exceeds a parser limit: " + YamlSyntaxError.clean(message);
    }

    private YamlNode value(JsonToken token) throws IOException, Refusal {
        JsonLocation at = parser.currentTokenLocation();
        int line = line(at);
        int column = at.getColumnNr();
        String anchor = parser.anchor();
        if (token.isScalarValue() && parser.getTextLength() > MAX_STRING_LENGTH) {
            // Jackson's string-length constraint does not apply to its YAML parser; enforce it here.
            throw new Refusal(line, column, "a value is longer than " + MAX_STRING_LENGTH + " characters");
        }
        long before = values;
        values++;
        YamlNode node = switch (token) {
            case START_OBJECT -> mapping(line, column);
            case START_ARRAY -> sequence(line, column);
            case VALUE_STRING -> parser.isCurrentAlias() ? alias(parser.getText(), line, column)
                    : new YamlScalar(YamlScalar.Type.STRING, printable(parser.getText(), line, column), null, line,
                            column);
            case VALUE_NUMBER_INT -> integer(line, column);
            case VALUE_NUMBER_FLOAT -> floating(line, column);
            case VALUE_TRUE -> new YamlScalar(YamlScalar.Type.TRUE, parser.getText(), null, line, column);
            case VALUE_FALSE -> new YamlScalar(YamlScalar.Type.FALSE, parser.getText(), null, line, column);
            case VALUE_NULL -> new YamlScalar(YamlScalar.Type.NOTHING, parser.getText(), null, line, column);
            case VALUE_EMBEDDED_OBJECT -> throw new Refusal(line, column, BINARY);
            default -> throw new Refusal(line, column, "unexpected YAML content");
        };
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, values - before));
        }
        return node;
    }

    private YamlMapping mapping(int line, int column) throws IOException, Refusal {
        List<YamlMapping.Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = parser.currentTokenLocation();
            int keyLine = line(keyAt);
            String key = printable(parser.currentName(), keyLine, keyAt.getColumnNr());
            if (key.length() > MAX_KEY_LENGTH) {
                throw new Refusal(keyLine, keyAt.getColumnNr(), "a key is longer than " + MAX_KEY_LENGTH + " characters");
            }
            YamlNode value = value(parser.nextToken());
            Integer earlier = firstLine.putIfAbsent(key, keyLine);
            if (earlier != null) {
                // Keep the first value; the second is reported, not silently preferred.
                report(keyLine, keyAt.getColumnNr(), "duplicate key '" + key + "' (already given at line " + earlier + ")");
            } else {
                entries.add(new YamlMapping.Entry(key, keyLine, keyAt.getColumnNr(), value));
            }
        }
        expectEnd(token, JsonToken.END_OBJECT);
        return new YamlMapping(entries, line, column);
    }

    private YamlSequence sequence(int line, int column) throws IOException, Refusal {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(value(token));
        }
        expectEnd(token, JsonToken.END_ARRAY);
        return new YamlSequence(items, line, column);
    }

    private void expectEnd(JsonToken token, JsonToken end) throws Refusal {
        if (token != end) {
            JsonLocation at = parser.currentLocation();
            throw new Refusal(line(at), at.getColumnNr(), "the file ends in the middle of a mapping or list");
        }
    }

    /** The last line at or before {@code line} (1-based) that starts with '---', else {@code line}. */
    static int documentMarkerLine(String text, int line) {
        int marker = line;
        int start = 0;
        for (int k = 1; k <= line && start >= 0; k++) {
            if (text.startsWith("---", start)) {
                marker = k;
            }
            start = TextPosition.nextLineStart(text, start);
        }
        return marker;
    }

    private int line(JsonLocation at) {
        return at.getLineNr() + lineOffset;
    }

    private YamlNode alias(String name, int line, int column) throws Refusal {
        Anchored target = anchors.get(name);
        if (target == null) {
            throw new Refusal(line, column, "unknown alias '*" + name + "': no anchor '&" + name + "' is defined before it");
        }
        aliases++;
        if (aliases > MAX_ALIASES) {
            throw new Refusal(line, column, "too many aliases (more than " + MAX_ALIASES
                    + " '*name' references in one file); refusing the file as a possible alias bomb");
        }
        aliasedValues += target.size();
        values += target.size() - 1;
        if (aliasedValues > MAX_ALIASED_VALUES) {
            throw new Refusal(line, column, "aliases expand this file to more than " + MAX_ALIASED_VALUES
                    + " values; refusing the file as a possible alias bomb");
        }
        return target.node().at(line, column);
    }

    private YamlScalar integer(int line, int column) throws IOException {
        String text = parser.getText();
        if (!YamlNumbers.isDecimalInteger(text)) {
            // 1_000, 0x1F, 0b101: YAML 1.1 reads these as numbers, YAML 1.2 (editors, the JSON Schemas)
            // as text or in another base. Left a string, the readers report it as not a number.
            return new YamlScalar(YamlScalar.Type.STRING, text, null, line, column);
        }
        // Read as the decimal digits it is, whatever Jackson makes of it: YAML 1.1 reads 012 as octal
        // 10; YAML 1.2, JSON Schema editors and people read 12.
        return new YamlScalar(YamlScalar.Type.INTEGER, text, YamlNumbers.decimalInteger(text), line, column);
    }

    private YamlScalar floating(int line, int column) throws IOException {
        String text = parser.getText();
        Double number = YamlNumbers.parseFloat(text);
        if (number == null) {
            return new YamlScalar(YamlScalar.Type.STRING, text, null, line, column);
        }
        return new YamlScalar(YamlScalar.Type.FLOAT, text, number, line, column);
    }

    /**
     * {@code text}, a value or key as parsed, with every character that must not reach a page, a
     * brief or a log line (control characters, which a file can only hold as escapes such as
     * {@code "\e"} or {@code "\x00"}; unpaired surrogates; U+FFFE and U+FFFF) reported at its
     * scalar and replaced by U+FFFD, so that later messages quoting the value cannot forge or
     * erase log lines.
     */
    private String printable(String parsed, int line, int column) {
        String text = separators.restore(parsed);
        int bad = firstUnprintableValueCharacter(text);
        if (bad < 0) {
            return text;
        }
        report(line, column, String.format(Locale.ROOT,
                "control character U+%04X (written as an escape) is not allowed in a value; remove it",
                (int) text.charAt(bad)));
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(isPrintableInValue(text, i) ? c : '\uFFFD');
        }
        return clean.toString();
    }

    private static int firstUnprintableValueCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isPrintableInValue(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Tabs and line feeds are text; other controls, lone surrogates and the non-characters U+FFFE/F are not. */
    private static boolean isPrintableInValue(String text, int i) {
        char c = text.charAt(i);
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }

    /**
     * Index of the first character YAML does not allow in a file, or -1. U+0085 is refused too: YAML
     * 1.1 ends a line with it, YAML 1.2 and editors do not, and in a value it is a control character.
     */
    private static int firstNonPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0x7E
                    || c >= 0xA0 && c <= 0xFFFD || Character.isSurrogate(c);
            if (!allowed) {
                return i;
            }
        }
        return -1;
    }
}
