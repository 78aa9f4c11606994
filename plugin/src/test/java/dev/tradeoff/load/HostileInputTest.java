package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files that are not what the loader expects, or are built to hurt it: each fails fast with one clear problem. */
class HostileInputTest {

    /**
     * A guard against hangs, not a speed test: the inputs it guards against ran for minutes. The
     * slowest case takes 1.4 s on a quiet machine and up to 10 s on one busy with other builds.
     */
    private static final Duration FAST = Duration.ofSeconds(60);

    private static List<String> planProblems(String strategyYaml) {
        return assertTimeoutPreemptively(FAST, () -> problems(Map.of("strategy.yaml", strategyYaml)));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        var strategy = Loading.load(Map.of("strategy.yaml", "\uFEFF" + ValidStrategy.STRATEGY));

        assertThat(strategy.plan().organization()).isEqualTo("Acme Pay");
    }

    @Test
    void duplicateKey() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "capacity: 130\n"))
                .containsExactly("strategy.yaml:6:1: duplicate key 'capacity' (already given at line 5)");
    }

    @Test
    void duplicateKeyInANestedMapping() {
        assertThat(problems(ValidStrategy.with("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2
                + "links: {Doc: 'https://a.example', Doc: 'https://b.example'}\n")))
                .containsExactly("initiatives/checkout-v2.yaml:8:35: duplicate key 'Doc' (already given at line 8)");
    }

    @Test
    void tabIndentation() {
        assertThat(planProblems("organization: Acme\n\tstart: 2027-Q1\n"))
                .containsExactly("strategy.yaml:2:1: tab character used for indentation; YAML is indented with spaces only");
    }

    @Test
    void badIndentation() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-notes:\n  a: 1\n b: 2\n"))
                .containsExactly("strategy.yaml:8:2: bad indentation: this line does not line up with the mapping"
                        + " that starts at line 1");
    }

    @Test
    void listUnderAKeyThatHasAValueNamesTheKey() {
        assertThat(problems(ValidStrategy.with("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2
                + "benefits: x\n  - type: revenue\n    amount: 1\n")))
                .containsExactly("initiatives/checkout-v2.yaml:9:3: this line is indented under 'benefits' (line 8),"
                        + " which has a value on its own line already ('x'), so YAML reads this line as more of that"
                        + " value; line it up with 'benefits', or remove 'x' to put a list or mapping under 'benefits'");
    }

    @Test
    void keyIndentedOneSpaceTooFarNamesTheKeyAbove() {
        assertThat(problems(ValidStrategy.with("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2
                + "benefits:\n  - type: revenue\n    amount: 1\n     start: 2027-Q1\n")))
                .containsExactly("initiatives/checkout-v2.yaml:11:6: this line is indented under 'amount' (line 10),"
                        + " which has a value on its own line already ('1'), so YAML reads this line as more of that"
                        + " value; line it up with 'amount', or remove '1' to put a list or mapping under 'amount'");
    }

    @Test
    void colonInsideAnUnquotedValue() {
        assertThat(planProblems("organization: Acme: Pay\n"))
                .containsExactly("strategy.yaml:1:19: unexpected ':' here; check the indentation, or quote a value"
                        + " that contains ': '");
    }

    @Test
    void unclosedQuote() {
        assertThat(planProblems("organization: \"Acme Pay\nstart: 2027-Q1\n"))
                .containsExactly("strategy.yaml:1:15: unclosed quote: this string has no closing quote");
    }

    @Test
    void valueStartingWithAnAliasOrAnchorSign() {
        assertThat(planProblems("organization: *Acme* Pay\n")).containsExactly(
                "strategy.yaml:1:15: a value cannot start with '*' (in YAML it starts an alias); put the value in quotes");
        assertThat(planProblems("organization: **Acme**\n")).containsExactly(
                "strategy.yaml:1:15: a value cannot start with '*' (in YAML it starts an alias); put the value in quotes");
        assertThat(planProblems("organization: &\n")).containsExactly(
                "strategy.yaml:1:15: a value cannot start with '&' (in YAML it starts an anchor); put the value in quotes");
    }

    @Test
    void valueStartingWithAClosingBracketOrAComma() {
        for (String sign : List.of("]", "}", ",")) {
            assertThat(planProblems("organization: " + sign + " Acme\n")).containsExactly(
                    "strategy.yaml:1:15: a value cannot start with '" + sign + "'; put the value in quotes");
        }
        assertThat(planProblems("organization: ? Acme\n")).containsExactly(
                "strategy.yaml:1:15: a value cannot start with '?'; put the value in quotes");
    }

    @Test
    void listItemOnTheLineOfItsKey() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-tags: - a\n")).containsExactly(
                "strategy.yaml:6:9: a list cannot start on the same line as its key; put each '- ' item on a line of"
                        + " its own, indented under the key, or write the list as [a, b]");
    }

    @Test
    void firstLineIndentedAndTheNextNot() {
        assertThat(planProblems("  organization: Acme\nstart: 2027-Q1\n")).containsExactly(
                "strategy.yaml:2:1: bad indentation: this line does not line up with line 1, which is indented by 2"
                        + " spaces; start the top-level keys at the beginning of their lines");
    }

    @Test
    void documentEndMarkerBeforeMoreKeys() {
        assertThat(planProblems("organization: Acme\n...\nstart: 2027-Q1\n")).containsExactly(
                "strategy.yaml:3:1: the '...' on line 2 ends the YAML document, and this line comes after it;"
                        + " remove the '...'");
    }

    @Test
    void textAfterABlockScalarIndicator() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-notes: |see below\n  text\n")).containsExactly(
                "strategy.yaml:6:11: after '|' or '>' only '-' or '+' and an indentation digit from 1 to 9 may follow"
                        + " on its line; start the text on the next line, indented");
    }

    @Test
    void undefinedTagHandle() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-a: !x!y z\n")).containsExactly(
                "strategy.yaml:6:6: unknown tag '!x!'; a strategy uses no tags: remove it, or put the value in quotes");
    }

    @Test
    void lineOfBlockTextIndentedLessThanTheRest() {
        String blockThenBullet = ValidStrategy.STRATEGY + "x-notes: |\n  Intro.\n * item\n";
        String blockThenEmphasis = ValidStrategy.STRATEGY + "x-notes: |\n  Intro.\n*Note*: this.\n";
        String blockThenText = ValidStrategy.STRATEGY + "x-notes: >\n    Intro.\n  more\n";
        String said = ": this line is indented less than the text of the block that starts at line 6, so YAML no"
                + " longer reads it as part of that text; indent it like the lines above it";

        assertThat(planProblems(blockThenBullet)).containsExactly("strategy.yaml:8:2" + said);
        assertThat(planProblems(blockThenEmphasis)).containsExactly("strategy.yaml:8:1" + said);
        assertThat(planProblems(blockThenText)).containsExactly("strategy.yaml:8:3" + said);
    }

    @Test
    void noBreakSpaceAfterAColon() {
        String said = ": ':' is followed by U+00A0 NO-BREAK SPACE, not an ordinary space, so YAML does not read a key"
                + " here; type an ordinary space after ':'";

        assertThat(planProblems("organization:\u00a0Acme\nstart: 2027-Q1\n")).containsExactly("strategy.yaml:1:14" + said);
        assertThat(planProblems("organization: Acme\nstart:\u00a02027-Q1\ncapacity: 120\n"))
                .containsExactly("strategy.yaml:2:7" + said);
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-a:\u3000b\n")).singleElement().asString()
                .startsWith("strategy.yaml:6:5: ':' is followed by U+3000 IDEOGRAPHIC SPACE");
    }

    @Test
    void textAfterAQuotedValue() {
        assertThat(planProblems("organization: 'Acme's'\n"))
                .containsExactly("strategy.yaml:1:21: unexpected text after the value; put the whole value in quotes"
                        + " (inside single quotes, write '' for a quote)");
    }

    @Test
    void complexKey() {
        assertThat(planProblems("? [a, b]\n: 1\n"))
                .containsExactly("strategy.yaml:1:4: a key must be a plain value, not a list, a mapping or an alias");
    }

    @Test
    void binaryValues() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-logo: !!binary aGVsbG8=\n"))
                .containsExactly("strategy.yaml:6:9: binary values (!!binary) are not supported; write text instead");
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-logo: !!binary xyz\n")).singleElement().asString()
                .endsWith(": binary values (!!binary) are not supported; write text instead");
    }

    @Test
    void secondDocumentIsPlacedAtItsMarkerNotAtItsFirstValue() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "--- # a copy\n\n# of the plan\norganization: Other\n"))
                .containsExactly("strategy.yaml:6:1: a second YAML document starts here ('---'); keep one document per file");
    }

    @Test
    void controlCharacter() {
        assertThat(planProblems("organization: Acme\u0007\n"))
                .containsExactly("strategy.yaml:1:19: control character U+0007 is not allowed in YAML; remove it");
    }

    @Test
    void secondDocument() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "---\norganization: Other\n"))
                .containsExactly("strategy.yaml:6:1: a second YAML document starts here ('---'); keep one document per file");
    }

    @Test
    void unknownAlias() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "x-copy: *nothing\n"))
                .containsExactly("strategy.yaml:6:9: unknown alias '*nothing': no anchor '&nothing' is defined before it");
    }

    @Test
    void aliasesAreResolved() {
        var strategy = Loading.load(Map.of("strategy.yaml", ValidStrategy.STRATEGY + "x-a: &v [1, 2]\nx-b: *v\n"));

        assertThat(strategy.plan().extensions().get("x-b")).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void aScalarOrMappingAliasIsResolvedWhereItIsWritten() {
        var strategy = Loading.load(Map.of("strategy.yaml", ValidStrategy.STRATEGY
                + "x-a: &v 7\nx-b: *v\nx-c: &m {k: 1}\nx-d: *m\n"));

        assertThat(strategy.plan().extensions().get("x-b")).isEqualTo(7L);
        assertThat(strategy.plan().extensions().get("x-d")).isEqualTo(Map.of("k", 1L));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            yaml.append("x-").append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }

        assertThat(planProblems(yaml.toString())).containsExactly("strategy.yaml:4:16: too many aliases (more than 20"
                + " '*name' references in one file); refusing the file as a possible alias bomb");
    }

    @Test
    void aFewAliasesThatExpandHugelyAreRefused() {
        String big = "x-a: &a [" + "1,".repeat(20_000) + "1]\n";
        String yaml = big + "x-b: [*a, *a, *a, *a, *a, *a]\n";

        assertThat(planProblems(yaml)).containsExactly("strategy.yaml:2:23: aliases expand this file to more than"
                + " 100000 values; refusing the file as a possible alias bomb");
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = ValidStrategy.STRATEGY + "x-deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        assertThat(planProblems(yaml))
                .containsExactly("strategy.yaml:6:72: nested more than 64 levels deep; the strategy format never needs this much");
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder yaml = new StringBuilder(ValidStrategy.STRATEGY).append("x-deep:\n");
        for (int depth = 1; depth < 200; depth++) {
            yaml.append("  ".repeat(depth)).append("k:\n");
        }

        assertThat(planProblems(yaml.toString()))
                .containsExactly("strategy.yaml:70:129: nested more than 64 levels deep; the strategy format never needs this much");
    }

    @Test
    void fileLargerThanFiveMegabytes() {
        String yaml = ValidStrategy.STRATEGY + "x-pad: '" + "a".repeat(5 * 1024 * 1024) + "'\n";

        assertThat(planProblems(yaml))
                .containsExactly("strategy.yaml: file is larger than 5 MB, the limit for one file of the strategy");
    }

    @Test
    void veryLongValue() {
        String yaml = ValidStrategy.STRATEGY + "x-pad: '" + "a".repeat(1_500_000) + "'\n";

        assertThat(planProblems(yaml)).containsExactly("strategy.yaml:6:8: a value is longer than 1000000 characters");
    }

    @Test
    void moneyWithAHugeRunOfThousandsGroups() {
        String yaml = ValidStrategy.STRATEGY.replace("costPerPersonMonth: 15k", "costPerPersonMonth: 1" + ",000".repeat(200_000));

        assertThat(planProblems(yaml)).containsExactly("strategy.yaml:4:21: costPerPersonMonth: expected an amount of"
                + " money like 450k, $1.2M or 1,250,000, found '1,000,000,000,000,000,000,000,000,000,00...'");
    }

    @Test
    void numbersThatAreNotFinite() {
        assertThat(planProblems(ValidStrategy.STRATEGY.replace("capacity: 120", "capacity: .nan") + "focus: 1e308\n"
                + "matrixThreshold: -1.0e+400\n")).containsExactly(
                "strategy.yaml:5:11: capacity: must be a finite number, found '.nan'",
                "strategy.yaml:6:8: focus: must be from 0 to 1, found 1e308",
                "strategy.yaml:7:18: matrixThreshold: must be at most 1e15 (a million billion) in size, found '-1.0e+400'");
    }

    @Test
    void arithmeticIsNotANumber() {
        assertThat(planProblems(ValidStrategy.STRATEGY + "discountRate: 1e308*10\n"))
                .containsExactly("strategy.yaml:6:15: discountRate: expected a number, found '1e308*10'");
    }

    @Test
    void quotedNumbersAreNumbers() {
        var strategy = Loading.load(Map.of("strategy.yaml",
                ValidStrategy.STRATEGY.replace("capacity: 120", "capacity: \"120\"") + "horizon: '8'\n"));

        assertThat(strategy.plan().capacity()).isEqualTo(120);
        assertThat(strategy.plan().horizon()).isEqualTo(8);
    }

    @Test
    void aByteOrderMarkIsNoPartOfAPageOrAnEmptyFile() {
        var strategy = Loading.load(ValidStrategy.with("pages/about.md", "\uFEFF---\ntitle: About\n---\nBody\n"));

        assertThat(strategy.pages()).singleElement().satisfies(page -> assertThat(page.title()).isEqualTo("About"));
        assertThat(problems(ValidStrategy.with("initiatives/checkout-v2.yaml", "\uFEFF"))).containsExactly(
                "initiatives/checkout-v2.yaml: file is empty; expected a mapping with title, kind, duration, effort,"
                        + " value and riskReduction");
    }

    @Test
    void controlCharactersWrittenAsEscapesAreReportedAndShownAsReplacementCharacters() {
        String checkout = "initiatives/checkout-v2.yaml";
        // DEL and U+009F are controls; '~' (U+007E) and U+00A1 are not.
        assertThat(problems(ValidStrategy.with(checkout, ValidStrategy.CHECKOUT_V2.replace("kind: product",
                "kind: \"\\x07\""))))
                .containsExactly(
                        checkout + ":2:7: control character U+0007 (written as an escape) is not allowed in a value; remove it",
                        checkout + ":2:7: kind: expected platform or product, found '\uFFFD'");
        assertThat(problems(ValidStrategy.with(checkout, ValidStrategy.CHECKOUT_V2.replace("kind: product",
                "kind: \"\\x7e\\x7f\\x9f\\xa1\""))))
                .containsExactly(
                        checkout + ":2:7: control character U+007F (written as an escape) is not allowed in a value; remove it",
                        checkout + ":2:7: kind: expected platform or product, found '~\uFFFD\uFFFD\u00a1'");
        // A lone surrogate at either end, a pair between them.
        assertThat(problems(ValidStrategy.with(checkout, ValidStrategy.CHECKOUT_V2.replace("kind: product",
                "kind: \"\\udc00\\ud83d\\ude80\\ud800\""))))
                .containsExactly(
                        checkout + ":2:7: control character U+DC00 (written as an escape) is not allowed in a value; remove it",
                        checkout + ":2:7: kind: expected platform or product, found '\uFFFD\uD83D\uDE80\uFFFD'");
    }

    @Test
    void controlCharactersInTheFileAreRefusedWherePrintableOnesLoad() {
        assertThat(planProblems("organization: A\u007f\n")).containsExactly(
                "strategy.yaml:1:16: control character U+007F is not allowed in YAML; remove it");
        assertThat(planProblems("organization: A\u009f\n")).containsExactly(
                "strategy.yaml:1:16: control character U+009F is not allowed in YAML; remove it");
        assertThat(planProblems("organization: A\u001f\n")).containsExactly(
                "strategy.yaml:1:16: control character U+001F is not allowed in YAML; remove it");
        var strategy = Loading.load(ValidStrategy.with("strategy.yaml",
                ValidStrategy.STRATEGY.replace("Acme Pay", "\"~ \u00a0\ufffd\"")));

        assertThat(strategy.plan().organization()).isEqualTo("~ \u00a0\ufffd");
    }

    @Test
    void aKeyOfAThousandCharactersIsReadOneMoreIsRefused() {
        String key = "x-" + "k".repeat(998);
        assertThat(Loading.load(Map.of("strategy.yaml", ValidStrategy.STRATEGY + key + ": 1\n")).plan().extensions())
                .containsKey(key);
        assertThat(planProblems(ValidStrategy.STRATEGY + key + "k: 1\n"))
                .containsExactly("strategy.yaml:6:1: a key is longer than 1000 characters");
    }

    @Test
    void aControlCharacterThatStartsTheFile() {
        assertThat(planProblems("\u0007" + ValidStrategy.STRATEGY))
                .containsExactly("strategy.yaml:1:1: control character U+0007 is not allowed in YAML; remove it");
    }

    @Test
    void aliasesMayExpandAFileToAHundredThousandValuesAndNoMore() {
        // An anchored list of n values is n + 1 values (the list too); twenty aliases of it.
        String twenty = "x-b: [" + "*a, ".repeat(19) + "*a]\n";
        String fiveThousand = "x-a: &a [" + "1,".repeat(4998) + "1]\n";
        String oneMore = "x-a: &a [" + "1,".repeat(4999) + "1]\n";

        assertThat(Loading.load(Map.of("strategy.yaml", ValidStrategy.STRATEGY + fiveThousand + twenty)).plan()
                .extensions().get("x-b")).asList().hasSize(20);
        assertThat(planProblems(ValidStrategy.STRATEGY + oneMore + twenty)).containsExactly("strategy.yaml:7:83: aliases"
                + " expand this file to more than 100000 values; refusing the file as a possible alias bomb");
    }

    @Test
    void anAliasCountsOnlyTheValuesOfItsAnchorNotThoseBeforeIt() {
        var strategy = Loading.load(Map.of("strategy.yaml", ValidStrategy.STRATEGY
                + "x-a: [" + "1,".repeat(60_000) + "1]\nx-b: &b 1\nx-c: *b\n"));

        assertThat(strategy.plan().extensions().get("x-c")).isEqualTo(1L);
    }
}
