package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser's errors in the user's words, at the line and column where the fix goes. */
class YamlSyntaxErrorTest {

    private static final String CHECKOUT = "initiatives/checkout-v2.yaml";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // A tab that indents a line, or that separates a value; on the first line or a later one.
        "title: Checkout v2\\n\\tkind: product      | 2:1: tab character used for indentation; YAML is indented with spaces only",
        "title: Checkout v2\\ntags:\\n \\t- a       | 3:2: tab character used for indentation; YAML is indented with spaces only",
        "title: Checkout v2\\nkind:\\tproduct       | 2:6: tab character before a value; separate values from ':', '-', ',' or '[' with spaces only",
        "title:\\t[a]                             | 1:7: tab character before a value; separate values from ':', '-', ',' or '[' with spaces only",
        "title: Checkout v2\\ntags:\\n  -\\ta       | 3:4: tab character before a value; separate values from ':', '-', ',' or '[' with spaces only",
        // Inline lists and mappings that do not close where they should.
        "title: Checkout v2\\ntags: [a, b\\nkind: product    | 2:7: this list has no closing ']' where it should end, or a ',' is missing between its values",
        "title: Checkout v2\\nx-m: {a: 1 b: 2}\\nkind: product | 2:6: this mapping has no closing '}' where it should end, or a ',' is missing between its entries",
        // A key without ':', escapes YAML does not know, the document's first key indented (quoted to keep
        // the spaces).
        "title: Checkout v2\\nx-a\\nkind: product  | 2:1: expected 'key: value' here, but there is no ':' after the key",
        "title: \"a\\\\qb\"                        | 1:11: invalid escape in a double-quoted string (found unknown escape character q(113)); use single quotes for backslashes",
        "\"  title: Checkout v2\\nkind: product\"   | 2:1: bad indentation: this line does not line up with line 1, which is indented by 2 spaces; start the top-level keys at the beginning of their lines",
        "\" title: Checkout v2\\nkind: product\"    | 2:1: bad indentation: this line does not line up with line 1, which is indented by 1 space; start the top-level keys at the beginning of their lines",
        "title: Checkout v2\\n...\\nkind: product  | 3:1: the '...' on line 2 ends the YAML document, and this line comes after it; remove the '...'",
        "tags:\\n  - a\\n kind: product            | 3:2: bad indentation: this line does not line up with the mapping that starts at line 1",
    })
    void saysWhatIsWrongWhereItIs(String yaml, String problem) {
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");

        assertThat(problems(ValidStrategy.with(CHECKOUT, text))).filteredOn(p -> !p.contains("missing required key"))
                .containsExactly(CHECKOUT + ":" + problem);
    }
}
