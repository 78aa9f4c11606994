package dev.tradeoff.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://strategy.example.com/northwind/ | https://strategy.example.com/northwind/",
        // A folder: the page names are added after a '/'.
        "https://strategy.example.com/northwind  | https://strategy.example.com/northwind/",
        "https://strategy.example.com            | https://strategy.example.com/",
        "HTTPS://Strategy.Example.COM:8443/a/b/  | https://strategy.example.com:8443/a/b/",
        "http://10.0.0.7/strategy/               | http://10.0.0.7/strategy/",
        "https://[::1]:8080/                     | https://[::1]:8080/",
        // What a Markdown link would misread is encoded; what is encoded already stays so.
        "https://x.example/q2(draft)/            | https://x.example/q2%28draft%29/",
        "https://x.example/a%20b/c&d/            | https://x.example/a%20b/c%26d/",
        "https://x.example/café/                 | https://x.example/caf%C3%A9/",
        "https://x.example/a_b~c/./d/../e/       | https://x.example/a_b~c/e/",
        "'  https://x.example/strategy/  '       | https://x.example/strategy/",
    })
    void isNormalisedToAFolderAMarkdownLinkCanHoldAsItIs(String written, String expected) {
        assertThat(SiteUrl.parse(written)).map(SiteUrl::text).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void noneIsSetWhenBlank(String written) {
        assertThat(SiteUrl.parse(written)).isEmpty();
        assertThat(SiteUrl.parse(null)).isEmpty();
    }

    @Test
    void anAddressWithoutSchemeSuggestsHttps() {
        assertThatThrownBy(() -> SiteUrl.parse("strategy.example.com/northwind/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("siteUrl 'strategy.example.com/northwind/' cannot be used")
                .hasMessageContaining("did you mean 'https://strategy.example.com/northwind/'?");
    }

    @Test
    void aSpaceIsToBeWrittenAsPercentTwenty() {
        assertThatThrownBy(() -> SiteUrl.parse("https://x.example/north wind/"))
                .hasMessageContaining("at character 24: write a space as %20");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "javascript:alert(1)                 | it has no https:// (or http://) in front",
        "ftp://files.example/strategy/       | only go to an http or https address, not ftp:",
        "file:///srv/strategy/               | only go to an http or https address, not file:",
        "https://ana@x.example/strategy/     | it holds a user name",
        "https://x.example/strategy/?v=2     | it has a query ('?') or fragment ('#')",
        "https://x.example/strategy/#top     | it has a query ('?') or fragment ('#')",
        "https://x_y.example/                | names no host",
        "//strategy.example.com/x            | did you mean 'https://strategy.example.com/x'?",
        "https://x.example:99999/            | its port 99999 is more than 65535",
        "https://x.example/q4/index.html     | it ends with a page, not the site's folder; did you mean 'https://x.example/q4/'?",
        "https://x.example/brief.MD          | did you mean 'https://x.example/'?",
    })
    void whatCannotBeAFoldersAddressIsRefusedSayingWhy(String written, String why) {
        assertThatThrownBy(() -> SiteUrl.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why)
                .hasMessageContaining("for example https://strategy.example.com/northwind/");
    }
}
