package dev.tradeoff.load;

import dev.tradeoff.model.Money;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.YamlName;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reading of the nodes of one file. Each method returns the value, or null after recording a
 * problem that says what was expected and what was found; {@code label} (usually the key) starts
 * the message: {@code effort: expected a number, found 'twelve'}.
 */
final class NodeReader {

    private static final int MAX_MONEY_LENGTH = 100;
    /**
     * The sizes of number the figures are computed with: 0, or from 1e-15 to 1e15 either way. Products
     * and quotients of a few such numbers stay finite, so no figure becomes infinite or NaN.
     */
    static final double LARGEST = 1e15;
    private static final String TOO_LARGE = ": must be at most 1e15 (a million billion) in size, found ";
    static final double SMALLEST = 1e-15;
    private static final String MONEY_FORMS = "an amount of money like 450k, $1.2M or 1,250,000";
    private static final Pattern LOOSE_QUARTER = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[qQ]([1-4])");
    private static final Pattern LOOSE_QUARTER_REVERSED = Pattern.compile("[qQ]([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    /** A quarter numbered past the four of a year, 2027-Q5 or 2027-Q0. */
    private static final Pattern NO_SUCH_QUARTER = Pattern.compile("\\d{4}\\s*[-/ ]?\\s*[qQ]\\d+");
    /** A space between an amount and its unit, "$1.2 M". */
    private static final Pattern SPACED_UNIT = Pattern.compile("(\\d)\\s+([kKmMbB])$");
    /** A decimal comma, "1,2M": a comma with fewer than three digits after it groups no thousands. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^([^,]*\\d),(\\d{1,2})([kKmMbB]?)$");
    /** A number with a unit or a word after it, "60 person-months", "3 quarters". */
    private static final Pattern NUMBER_AND_WORDS = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s+\\p{L}.*$");
    /** A date or a month, 2027-04-01 or 2027-04: the quarter it falls in is what was meant. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])(?:-\\d{2})?");

    private final String file;
    private final Problems problems;
    /** The file's text, to place problems inside a value; null when not known. */
    private final String source;
    /** The plan's currency, once known: amounts written with another currency's symbol are warned of. */
    private String currency;

    NodeReader(String file, Problems problems) {
        this(file, problems, null);
    }

    NodeReader(String file, Problems problems, String source) {
        this.file = file;
        this.problems = problems;
        this.source = source;
    }

    String file() {
        return file;
    }

    /** From now on, warns of amounts written with a symbol that is not {@code code}'s (null: none known). */
    void expectCurrency(String code) {
        this.currency = code;
    }

    void problem(YamlNode at, String message) {
        problems.add(file, at, message);
    }

    /** Something valid but probably not meant: told, without failing the load. */
    void warning(YamlNode at, String message) {
        problems.warn(file, at, message);
    }

    void problem(int line, int column, String message) {
        problems.add(file, line, column, message);
    }

    /**
     * A problem at {@code index} of {@code value}, the text of {@code at}: at its own line and column
     * when the file shows the value as it reads (a block scalar, {@code |}, whose lines follow its
     * indicator, or a plain value on one line), else at the value.
     */
    void problemInText(YamlNode at, String value, int index, String message) {
        TextPosition place = placeInText(at, value, index);
        problem(place.line(), place.column(), message);
    }

    /** A warning at {@code index} of {@code value}, the text of {@code at}: where {@link #problemInText} puts a problem. */
    void warningInText(YamlNode at, String value, int index, String message) {
        TextPosition place = placeInText(at, value, index);
        problems.warn(file, place.line(), place.column(), message);
    }

    private TextPosition placeInText(YamlNode at, String value, int index) {
        TextPosition inValue = TextPosition.of(value, index);
        int lineStart = index;
        while (lineStart > 0 && value.charAt(lineStart - 1) != '\n' && value.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int lineEnd = index;
        while (lineEnd < value.length() && value.charAt(lineEnd) != '\n' && value.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        String valueLine = value.substring(lineStart, lineEnd);
        String blockLine = sourceLine(at.line() + inValue.line());
        if (blockLine != null && blockLine.endsWith(valueLine)
                && blockLine.substring(0, blockLine.length() - valueLine.length()).isBlank()) {
            return new TextPosition(at.line() + inValue.line(),
                    blockLine.length() - valueLine.length() + inValue.column());
        }
        String sameLine = inValue.line() == 1 ? sourceLine(at.line()) : null;
        if (sameLine != null && at.column() >= 1 && sameLine.startsWith(valueLine, at.column() - 1)) {
            return new TextPosition(at.line(), at.column() + inValue.column() - 1);
        }
        return new TextPosition(at.line(), at.column());
    }

    /** Line {@code number} (1-based) of the file, without its line break; null when unknown. */
    private String sourceLine(int number) {
        if (source == null || number < 1) {
            return null;
        }
        int start = 0;
        for (int line = 1; line < number; line++) {
            int next = source.indexOf('\n', start);
            if (next < 0) {
                return null;
            }
            start = next + 1;
        }
        int end = source.indexOf('\n', start);
        String line = end < 0 ? source.substring(start) : source.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** How many problems the whole load has so far; compare before and after to see if a file added any. */
    int problemCount() {
        return problems.count();
    }

    /** The keys of {@code mapping}; {@code what} names an entry of a list ("benefit"), null for a whole file. */
    Fields fields(YamlMapping mapping, String what, List<String> allowedKeys) {
        return fields(mapping, what, allowedKeys, Map.of());
    }

    /** As {@link #fields(YamlMapping, String, List)}, knowing the keys of its lists' items (first key first). */
    Fields fields(YamlMapping mapping, String what, List<String> allowedKeys, Map<String, List<String>> itemKeys) {
        return new Fields(this, mapping, what, allowedKeys, itemKeys);
    }

    YamlMapping mapping(YamlNode node, String label) {
        if (node instanceof YamlMapping mapping) {
            return mapping;
        }
        problem(node, label + ": expected a mapping of keys to values, found " + node.found());
        return null;
    }

    /** The items of a list; nothing written counts as an empty list. */
    List<YamlNode> list(YamlNode node, String label) {
        if (node instanceof YamlSequence sequence) {
            return sequence.items();
        }
        if (node.isNothing()) {
            return List.of();
        }
        problem(node, label + ": expected a list, found " + node.found());
        return null;
    }

    String text(YamlNode node, String label) {
        if (node instanceof YamlScalar scalar && !scalar.isNothing()) {
            return scalar.text();
        }
        problem(node, label + ": expected a string, found " + node.found());
        return null;
    }

    /** A string with something in it (titles, names). */
    String nonBlankText(YamlNode node, String label) {
        String text = text(node, label);
        if (text != null && text.isBlank()) {
            problem(node, label + ": expected some text, found only spaces");
            return null;
        }
        return text;
    }

    Double number(YamlNode node, String label, NumberRange range) {
        Double value = node instanceof YamlScalar scalar ? YamlNumbers.toDouble(scalar) : null;
        if (value == null) {
            String percentHint = node instanceof YamlScalar scalar && !scalar.isNothing()
                    ? range.percentSignHint(scalar.text()) : "";
            problem(node, label + ": expected a number, found " + node.found() + YamlNumbers.otherBaseHint(node)
                    + percentHint + unitHint(node));
            return null;
        }
        if (!Double.isFinite(value)) {
            notFinite(node, label);
            return null;
        }
        if (!range.contains(value)) {
            problem(node, label + ": must be " + range.describe() + ", found " + ((YamlScalar) node).shown()
                    + range.percentHint(value));
            return null;
        }
        return withinLimits(value, node, label) ? value : null;
    }

    /**
     * Reports a number that is not finite: YAML's {@code .inf} or {@code .nan} as such, and a number
     * written too large for a double ({@code 1e309}) by the limit it is over, since it is a number.
     */
    private void notFinite(YamlNode node, String label) {
        boolean written = node instanceof YamlScalar scalar && YamlNumbers.isInfinityOrNaN(scalar.text());
        problem(node, label + (written ? ": must be a finite number, found " : TOO_LARGE) + node.found());
    }

    /** Whether {@code value} is a size the figures can be computed with; reports it when not. */
    private boolean withinLimits(double value, YamlNode node, String label) {
        double size = Math.abs(value);
        if (size > LARGEST) {
            problem(node, label + TOO_LARGE + node.found());
            return false;
        }
        if (size != 0 && size < SMALLEST) {
            problem(node, label + ": must be 0 or at least 1e-15 in size, found " + node.found());
            return false;
        }
        return true;
    }

    Integer wholeNumber(YamlNode node, String label, int min, int max) {
        BigInteger value = node instanceof YamlScalar scalar ? YamlNumbers.toWholeNumber(scalar) : null;
        if (value == null) {
            problem(node, label + ": expected a whole number, found " + node.found() + YamlNumbers.otherBaseHint(node)
                    + unitHint(node));
            return null;
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
            problem(node, label + ": must be a whole number " + range + ", found " + ((YamlScalar) node).shown());
            return null;
        }
        return value.intValue();
    }

    Money money(YamlNode node, String label) {
        if (!(node instanceof YamlScalar scalar) || scalar.isNothing() || scalar.isBoolean()) {
            problem(node, label + ": expected " + MONEY_FORMS + ", found " + node.found());
            return null;
        }
        Money money;
        if (scalar.type() == YamlScalar.Type.INTEGER || scalar.type() == YamlScalar.Type.FLOAT) {
            if (!Double.isFinite(scalar.number().doubleValue())) {
                notFinite(node, label);
                return null;
            }
            money = new Money(YamlNumbers.toDecimal(scalar));
        } else {
            String text = scalar.text().trim();
            if (text.length() > MAX_MONEY_LENGTH) {
                // No amount is this long; and a long run of ",000" groups would strain the pattern.
                problem(node, label + ": expected " + MONEY_FORMS + ", found " + node.found());
                return null;
            }
            if (text.startsWith("-")) {
                problem(node, label + ": must not be negative, found " + node.found());
                return null;
            }
            try {
                money = Money.parse(text);
            } catch (IllegalArgumentException e) {
                problem(node, label + ": expected " + MONEY_FORMS + ", found " + node.found() + moneyHint(text));
                return null;
            }
            warnOfForeignSymbol(node, label, text);
        }
        if (money.value().signum() < 0) {
            problem(node, label + ": must not be negative, found " + node.found());
            return null;
        }
        if (!Double.isFinite(money.amount())) {
            problem(node, label + ": must be a finite number, found " + node.found());
            return null;
        }
        return withinLimits(money.amount(), node, label) ? money : null;
    }

    private void warnOfForeignSymbol(YamlNode node, String label, String text) {
        char symbol = text.charAt(0);
        if (currency != null && !Character.isDigit(symbol) && !CurrencySymbols.fits(symbol, currency)) {
            warning(node, label + ": " + node.found() + " is written with " + symbol
                    + ", but the strategy's currency is " + currency + " (strategy.yaml), so it counts as "
                    + text.substring(1) + " " + currency + ". Convert it to " + currency
                    + " and drop the " + symbol + ", or change the currency in strategy.yaml");
        }
    }

    /** " (did you mean '$1.2M'?)" for "$1.2 M" and "1,2M", when that reading is an amount; "" otherwise. */
    private static String moneyHint(String text) {
        Matcher spaced = SPACED_UNIT.matcher(text);
        if (spaced.find() && parses(spaced.replaceFirst("$1$2"))) {
            return " (did you mean '" + spaced.replaceFirst("$1$2") + "'? no space before the unit)";
        }
        Matcher comma = DECIMAL_COMMA.matcher(text);
        if (comma.matches() && parses(comma.replaceFirst("$1.$2$3"))) {
            return " (a comma groups thousands, as in 1,250,000: did you mean '" + comma.replaceFirst("$1.$2$3") + "'?)";
        }
        return "";
    }

    private static boolean parses(String money) {
        try {
            Money.parse(money);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** " (did you mean 60? write the number alone)" for "60 person-months"; "" otherwise. */
    private static String unitHint(YamlNode node) {
        if (node instanceof YamlScalar scalar && !scalar.isNothing()) {
            Matcher m = NUMBER_AND_WORDS.matcher(scalar.text().trim());
            if (m.matches()) {
                return " (did you mean " + m.group(1) + "? write the number alone)";
            }
        }
        return "";
    }

    Quarter quarter(YamlNode node, String label) {
        String text = node instanceof YamlScalar scalar && !scalar.isNothing() ? scalar.text().trim() : null;
        if (text != null) {
            try {
                Quarter quarter = Quarter.parse(text);
                if (isPlausible(quarter)) {
                    return quarter;
                }
                problem(node, label + ": expected a quarter from " + FIRST_YEAR + "-Q1 to " + LAST_YEAR + "-Q4, found "
                        + node.found());
                return null;
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problem(node, label + ": expected a quarter like 2027-Q1, found " + node.found() + quarterHint(text));
        return null;
    }

    /**
     * The years a quarter may have. Four digits are all the format allows, but plans, builds and
     * projections run centuries on from a quarter near 9999 and would be written with five.
     */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private static boolean isPlausible(Quarter quarter) {
        return quarter.year() >= FIRST_YEAR && quarter.year() <= LAST_YEAR;
    }

    /** " (did you mean '2027-Q1'?)" for "2027q1", "Q1 2027", "2027/Q1", "2027-02-15"; "" otherwise. */
    private static String quarterHint(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = LOOSE_QUARTER.matcher(text);
        if (m.matches()) {
            return " (did you mean '" + m.group(1) + "-Q" + m.group(2) + "'?)";
        }
        m = LOOSE_QUARTER_REVERSED.matcher(text);
        if (m.matches()) {
            return " (did you mean '" + m.group(2) + "-Q" + m.group(1) + "'?)";
        }
        m = DATE.matcher(text);
        if (m.matches()) {
            int quarter = (Integer.parseInt(m.group(2)) - 1) / 3 + 1;
            return " (a quarter, not a date: did you mean '" + m.group(1) + "-Q" + quarter + "'?)";
        }
        if (NO_SUCH_QUARTER.matcher(text).matches()) {
            return " (a year has four quarters, Q1 to Q4)";
        }
        return "";
    }

    <E extends Enum<E> & YamlName> E choice(YamlNode node, String label, Class<E> type) {
        List<String> names = YamlName.spellings(type);
        String text = oneOf(node, label, names);
        return text == null ? null : YamlName.fromYaml(type, text);
    }

    /** One of {@code allowed}, written exactly. */
    String oneOf(YamlNode node, String label, List<String> allowed) {
        String text = node instanceof YamlScalar scalar && !scalar.isNothing() ? scalar.text().trim() : null;
        if (text != null && allowed.contains(text)) {
            return text;
        }
        String hint = text == null ? "" : Suggestions.didYouMean(text, allowed);
        problem(node, label + ": expected " + alternatives(allowed) + ", found " + node.found() + hint);
        return null;
    }

    String id(YamlNode node, String label) {
        String text = text(node, label);
        if (text == null) {
            return null;
        }
        if (IdSyntax.isTooLong(text)) {
            problem(node, label + ": expected " + IdSyntax.tooLong(text) + ": " + node.found());
            return null;
        }
        if (!IdSyntax.isValid(text)) {
            problem(node, label + ": expected an id (" + IdSyntax.RULE + "), found " + node.found()
                    + IdSyntax.didYouMean(text));
            return null;
        }
        return text;
    }

    /** A map of quarter to number, such as a metric's history, with at least {@code minEntries} entries. */
    NavigableMap<Quarter, Double> quarterValues(YamlNode node, String label, NumberRange range, int minEntries) {
        if (!(node instanceof YamlMapping mapping)) {
            problem(node, label + ": expected quarters with their values (like 2027-Q1: 12), found " + node.found());
            return null;
        }
        NavigableMap<Quarter, Double> values = new TreeMap<>();
        boolean complete = true;
        for (YamlMapping.Entry entry : mapping.entries()) {
            Quarter quarter = null;
            try {
                quarter = Quarter.parse(entry.key());
                if (!isPlausible(quarter)) {
                    problem(entry.line(), entry.column(), label + ": expected a quarter from " + FIRST_YEAR + "-Q1 to "
                            + LAST_YEAR + "-Q4 as the key, found '" + entry.key() + "'");
                    quarter = null;
                }
            } catch (IllegalArgumentException e) {
                problem(entry.line(), entry.column(), label + ": expected a quarter like 2027-Q1 as the key, found '"
                        + entry.key() + "'" + quarterHint(entry.key()));
            }
            Double value = number(entry.value(), label + " " + entry.key(), range);
            if (quarter == null || value == null) {
                complete = false;
            } else if (values.put(quarter, value) != null) {
                problem(entry.line(), entry.column(), label + ": quarter " + quarter + " is given twice");
                complete = false;
            }
        }
        if (complete && values.size() < minEntries) {
            problem(node, label + ": expected at least " + minEntries + (minEntries == 1 ? " quarter" : " quarters")
                    + " with a value, found " + values.size());
            return null;
        }
        return complete ? values : null;
    }

    /** A user's own {@code x-} value as plain Java values (String, Long, Double, Boolean, List, Map). */
    Object extensionValue(YamlNode node, String label) {
        if (node instanceof YamlMapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (YamlMapping.Entry entry : mapping.entries()) {
                map.put(entry.key(), extensionValue(entry.value(), label));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof YamlSequence sequence) {
            List<Object> list = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                list.add(extensionValue(item, label));
            }
            return Collections.unmodifiableList(list);
        }
        YamlScalar scalar = (YamlScalar) node;
        return switch (scalar.type()) {
            case NOTHING -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case INTEGER -> scalar.number() instanceof BigInteger big ? finite(big.doubleValue(), node, label) : scalar.number();
            case FLOAT -> finite(scalar.number().doubleValue(), node, label);
            case STRING -> scalar.text();
        };
    }

    private Double finite(double value, YamlNode node, String label) {
        if (!Double.isFinite(value)) {
            problem(node, label + ": must be a finite number, found " + node.found());
            return null;
        }
        return value;
    }

    /** "platform or product", "a, b or c". */
    static String alternatives(List<String> allowed) {
        if (allowed.size() == 1) {
            return allowed.get(0);
        }
        return String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1);
    }
}
