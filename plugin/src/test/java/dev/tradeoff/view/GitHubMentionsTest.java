package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which {@code @} GitHub reads as a mention: the one at the given place in the text. */
class GitHubMentionsTest {

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "@alice"                              | 0  | true
            "Ask @alice"                          | 4  | true
            "(@payments)"                         | 1  | true
            "@org/platform-team"                  | 0  | true
            "@-x and @_y"                         | 0  | true
            "@-x and @_y"                         | 8  | true
            "@@x"                                 | 1  | true
            "é@x"                                 | 1  | true
            "pay@example.com"                     | 3  | false
            "1@x"                                 | 1  | false
            "_@x"                                 | 1  | false
            "@ alice"                             | 0  | false
            "@.x"                                 | 0  | false
            "to @"                                | 3  | false
            "a@"                                  | 1  | false
            "@alice"                              | 1  | false
            "https://medium.com/@team/post"       | 19 | false
            "(https://medium.com/@team"           | 20 | false
            "see www.medium.com/@team"            | 19 | false
            "http://localhost/@team"              | 17 | true
            "ftp://medium.com/@team"              | 17 | true
            """)
    void anAtStartsAMentionAfterNoWordCharacterAndOutsideAWebAddress(String text, int at, boolean mention) {
        assertThat(GitHubMentions.startsMention(text, at)).isEqualTo(mention);
    }

    /** Addresses longer than 500 characters are not looked for: their mentions are broken, which at worst breaks the link. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"479, false", "480, true"})
    void anAtInAVeryLongWebAddressIsAMention(int pathLength, boolean mention) {
        String address = "https://example.com/" + "a".repeat(pathLength) + "/";
        String text = "see " + address + "@team";

        assertThat(address.length()).isEqualTo(pathLength + 21);
        assertThat(GitHubMentions.startsMention(text, text.indexOf('@'))).isEqualTo(mention);
    }
}
