package dev.tradeoff.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison behind the spec fixtures fails where it should, so a wrong hand figure cannot pass. */
class SubsetMatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SubsetMatch match(String expected, String actual) throws Exception {
        JsonNode e = JSON.readTree(expected);
        JsonNode a = JSON.readTree(actual);
        return SubsetMatch.of(e, a);
    }

    @Test
    void fieldsLeftOutOfTheExpectationAreNotChecked() throws Exception {
        SubsetMatch match = match("{\"a\":1}", "{\"a\":1,\"b\":2}");

        assertThat(match.differences()).isEmpty();
        assertThat(match.compared()).isEqualTo(1);
    }

    @Test
    void numbersAgreeWithinTheTolerances() throws Exception {
        assertThat(match("{\"a\":1000000}", "{\"a\":1000000.0009}").differences()).isEmpty();
        assertThat(match("{\"a\":0}", "{\"a\":0.0000009}").differences()).isEmpty();
        assertThat(match("{\"a\":0.5}", "{\"a\":0.5}").differences()).isEmpty();
        assertThat(match("{\"a\":1000000}", "{\"a\":1000000.01}").differences())
                .containsExactly("$.a: expected 1000000 but was 1000000.01");
        assertThat(match("{\"a\":0}", "{\"a\":0.00001}").differences()).hasSize(1);
    }

    @Test
    void eachDifferenceNamesItsPath() throws Exception {
        SubsetMatch match = match(
                "{\"xs\":[{\"id\":\"a\",\"v\":null},{\"id\":\"b\",\"ok\":true}],\"s\":\"high\"}",
                "{\"xs\":[{\"id\":\"a\",\"v\":0},{\"id\":\"b\",\"ok\":false}],\"s\":\"low\"}");

        assertThat(match.differences()).containsExactly(
                "$.xs[0].v: expected null but was 0",
                "$.xs[1].ok: expected true but was false",
                "$.s: expected \"high\" but was \"low\"");
    }

    @Test
    void arraysMatchInOrderAndLength() throws Exception {
        assertThat(match("[\"a\",\"b\"]", "[\"b\",\"a\"]").differences()).hasSize(2);
        assertThat(match("[\"a\"]", "[\"a\",\"b\"]").differences()).singleElement()
                .asString().startsWith("$: expected 1 elements but got 2");
        assertThat(match("[]", "[\"a\"]").differences()).hasSize(1);
    }

    @Test
    void absentFieldsAndWrongTypesDiffer() throws Exception {
        assertThat(match("{\"a\":null}", "{}").differences())
                .containsExactly("$.a: expected null but the field is absent");
        assertThat(match("{\"a\":\"1\"}", "{\"a\":1}").differences()).hasSize(1);
        assertThat(match("{\"a\":1}", "{\"a\":\"1\"}").differences()).hasSize(1);
        assertThat(match("{\"a\":{\"b\":1}}", "{\"a\":[1]}").differences()).hasSize(1);
    }

    @Test
    void missingHtmlFragmentsAreNamedWithTheirPage(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("site"));
        Files.writeString(out.resolve("site/page.html"), "<td class=\"num\">\n  $1,234</td>", StandardCharsets.UTF_8);
        Path expected = out.resolve("expected.html");
        Files.writeString(expected, """
                # site/page.html
                <td class="num"> $1,234</td>
                <td class="num">$1,235</td>

                # site/absent.html
                anything
                """, StandardCharsets.UTF_8);

        assertThat(SpecFixturesTest.missingFragments(expected, out)).containsExactly(
                "site/page.html lacks (expected.html line 3): <td class=\"num\">$1,235</td>",
                "site/absent.html: no such page was written");
    }
}
