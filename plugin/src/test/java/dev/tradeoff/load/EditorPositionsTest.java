package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems are placed at the line and column an editor, {@code grep -n} and the user count: only
 * {@code \n}, {@code \r\n} and a lone {@code \r} end a line. U+2028 LINE SEPARATOR and U+2029
 * PARAGRAPH SEPARATOR, which the YAML 1.1 parser would count as line breaks, are characters of the
 * line (as in YAML 1.2), kept in the values that hold them; U+0085 NEXT LINE is refused where it is.
 */
class EditorPositionsTest {

    private static final String CHECKOUT = "initiatives/checkout-v2.yaml";

    private static Strategy loadWithCheckout(String text) {
        return Loading.load(ValidStrategy.with(CHECKOUT, text));
    }

    private static Initiative checkout(Strategy strategy) {
        return strategy.initiatives().stream().filter(i -> i.id().equals("checkout-v2")).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029"})
    void aSeparatorInAQuotedValueMovesNoLaterProblem(String separator) {
        String text = ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title: \"Checkout" + separator + "v2\"")
                + "riskReducton: 3\n";

        assertThat(problems(ValidStrategy.with(CHECKOUT, text)))
                .containsExactly(CHECKOUT + ":8:1: unknown key 'riskReducton' (did you mean 'riskReduction'?)");
    }

    @Test
    void aSeparatorInABlockValueMovesNoLaterProblem() {
        String text = ValidStrategy.CHECKOUT_V2 + "summary: |\n  One core\u2029instead of three.\n  Less to run.\n"
                + "tags: [a, {b: 1}]\n";

        assertThat(problems(ValidStrategy.with(CHECKOUT, text)))
                .containsExactly(CHECKOUT + ":11:11: tags: expected a string, found a mapping");
    }

    @Test
    void aSeparatorCountsAsOneColumnOfItsLine() {
        String text = ValidStrategy.CHECKOUT_V2 + "x-map: {k: 'a\u2028b', k: c}\n";

        assertThat(problems(ValidStrategy.with(CHECKOUT, text)))
                .containsExactly(CHECKOUT + ":8:19: duplicate key 'k' (already given at line 8)");
    }

    @Test
    void aSyntaxErrorAfterASeparatorIsOnTheLineTheEditorShows() {
        String text = ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title: 'Checkout\u2028v2'")
                + "x-note: 'unclosed\n";

        assertThat(problems(ValidStrategy.with(CHECKOUT, text)))
                .containsExactly(CHECKOUT + ":8:9: unclosed quote: this string has no closing quote");
    }

    @Test
    void aQuoteLeftOpenIsSaidWhereItOpensNotWhereTheParserStops() {
        // The title's value runs on to the next '"', on line 7, and the parser stops after it.
        String text = ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title: \"Checkout v2")
                .replace("value: 8", "value: \"8\"");
        String single = ValidStrategy.CHECKOUT_V2.replace("owner: checkout", "owner: 'checkout")
                .replace("riskReduction: 3", "riskReduction: '3'");

        assertThat(problems(ValidStrategy.with(CHECKOUT, text))).containsExactly(CHECKOUT + ":1:8: unclosed quote:"
                + " the value that starts here has no closing \" on this line, so YAML reads it on to line 6, where it"
                + " stops; close the quote on this line");
        assertThat(problems(ValidStrategy.with(CHECKOUT, single))).singleElement().asString()
                .startsWith(CHECKOUT + ":3:8: unclosed quote: the value that starts here has no closing ' on this line");
    }

    @Test
    void aQuoteOrBracketLeftOpenAfterACharacterBeyondTheBasicPlaneIsAtTheColumnTheEditorShows() {
        // The rocket is one character to an editor, two to Java: the quote and the '[' are in column 6.
        String quote = ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "x-\uD83D\uDE80: \"open\ntitle: Checkout v2")
                .replace("kind: product", "kind: \"product\"");
        String bracket = ValidStrategy.CHECKOUT_V2 + "x-\uD83D\uDE80: [\n  - a\n";

        assertThat(problems(ValidStrategy.with(CHECKOUT, quote))).containsExactly(CHECKOUT + ":1:6: unclosed quote:"
                + " the value that starts here has no closing \" on this line, so YAML reads it on to line 3, where it"
                + " stops; close the quote on this line");
        assertThat(problems(ValidStrategy.with(CHECKOUT, bracket))).containsExactly(CHECKOUT + ":8:6: an inline list"
                + " or mapping ('[' or '{') is open here when a '- ' list item follows; close it on its own line, or"
                + " remove it and keep the '- ' items");
    }

    @Test
    void aTitlePastedWithALineSeparatorLoadsUnquotedAndKeepsIt() {
        Strategy strategy = loadWithCheckout(ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2",
                "title: Checkout\u2028v2"));

        assertThat(checkout(strategy).title()).isEqualTo("Checkout\u2028v2");
    }

    @Test
    void separatorsAreKeptApartFromThePrivateUseCharactersOfTheSameFile() {
        // The parser reads the separators as private-use characters: never as ones the file holds,
        // written or as an escape.
        String title = "\uE000\u2028\uE001\u2029\uE002";
        Strategy strategy = loadWithCheckout(ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2",
                "title: \"" + title + "\\uE003\\U0000E004\"") + "x-keys: {\"\u2028\": \uE005}\n");

        assertThat(checkout(strategy).title()).isEqualTo(title + "\uE003\uE004");
        assertThat(checkout(strategy).extensions()).containsEntry("x-keys", Map.of("\u2028", "\uE005"));
    }

    @Test
    void aFileHoldingEveryPrivateUseCharacterHasItsSeparatorReportedWhereItIs() {
        StringBuilder everyPrivateUse = new StringBuilder();
        for (char c = '\uE000'; c <= '\uF8FF'; c++) {
            everyPrivateUse.append(c);
        }
        String text = ValidStrategy.CHECKOUT_V2 + "x-all: '" + everyPrivateUse + "'\nx-note: 'a\u2028b'\n";

        assertThat(problems(ValidStrategy.with(CHECKOUT, text))).containsExactly(CHECKOUT
                + ":9:11: U+2028 (line separator) cannot be read in a file that also holds every private-use"
                + " character (U+E000 to U+F8FF); remove one of them");
    }

    @Test
    void nextLineIsRefusedWhereItIs() {
        String text = ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title: 'Checkout\u0085v2'");

        assertThat(problems(ValidStrategy.with(CHECKOUT, text))).containsExactly(CHECKOUT + ":1:17: character U+0085"
                + " (next line) is not allowed: YAML tools disagree on whether it ends a line; use an ordinary line"
                + " break, or remove it");
    }

    @Test
    void badUtf8AfterASeparatorIsOnTheLineTheEditorShows(@TempDir Path folder) throws IOException {
        for (Map.Entry<String, String> file : ValidStrategy.files().entrySet()) {
            Files.createDirectories(folder.resolve(file.getKey()).getParent());
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        String text = ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title: \"Checkout\u2028v2\"");
        Files.write(folder.resolve(CHECKOUT), (text + "\u0000").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(folder.resolve(CHECKOUT));
        bytes[bytes.length - 1] = (byte) 0xFF;
        Files.write(folder.resolve(CHECKOUT), bytes);

        StrategyException e = catchThrowableOfType(StrategyException.class, () -> new StrategyLoader().load(folder));

        assertThat(e.problems()).extracting(p -> p.format("")).containsExactly(CHECKOUT
                + ":8:1: invalid UTF-8: byte 0xFF is not part of a valid character; save the file as UTF-8");
    }

    @Test
    void textPositionCountsOnlyTheLineBreaksOfEditors() {
        String text = "a\u2028b\u2029c\u0085d\re\r\nf\ng";

        assertThat(TextPosition.of(text, text.indexOf('d'))).isEqualTo(new TextPosition(1, 7));
        assertThat(TextPosition.of(text, text.indexOf('f') + 1)).isEqualTo(new TextPosition(3, 2));
        assertThat(TextPosition.of(text, text.indexOf('g'))).isEqualTo(new TextPosition(4, 1));
        assertThat(TextPosition.of("\uD83D\uDE00x", 2)).isEqualTo(new TextPosition(1, 2));
    }
}
