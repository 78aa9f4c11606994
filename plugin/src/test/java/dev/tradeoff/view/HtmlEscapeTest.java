package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text escaped for an element or a quoted attribute: every character that could end either is replaced. */
class HtmlEscapeTest {

    @Test
    void theFiveCharactersThatEndATagAnAttributeOrAnEntityAreEscaped() {
        assertThat(HtmlEscape.escape("<a href=\"x\" title='y'>R&D</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;");
    }

    @Test
    void everythingElseStaysAsWritten() {
        assertThat(HtmlEscape.escape("")).isEmpty();
        assertThat(HtmlEscape.escape("Plain text, € and ¥ — 100% `code` \\ / = ;")).isEqualTo("Plain text, € and ¥ — 100% `code` \\ / = ;");
        assertThat(HtmlEscape.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
