package dev.tradeoff.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReloadScriptTest {

    @Test
    void widensThePolicyOfTheDefaultThemeJustEnough() {
        String page = "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'\">\n</head>";
        assertThat(ReloadScript.allowInPolicy(page)).isEqualTo("<head>\n<meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                + "base-uri 'none'; connect-src 'self'\">\n</head>");
    }

    @Test
    void replacesNoneAndKeepsOtherSources() {
        assertThat(ReloadScript.allowSelf("script-src 'none'; connect-src https://a.example", "script-src"))
                .isEqualTo("script-src 'self'; connect-src https://a.example");
        assertThat(ReloadScript.allowSelf("script-src 'none'; connect-src https://a.example", "connect-src"))
                .isEqualTo("script-src 'none'; connect-src https://a.example 'self'");
    }

    @Test
    void leavesOtherMetaTagsAlone() {
        String page = "<meta charset='utf-8'><meta name=\"description\" content=\"connect-src 'none'\">";
        assertThat(ReloadScript.allowInPolicy(page)).isEqualTo(page);
    }

    @Test
    void addsTheScriptBeforeTheEndOfTheHeadOrTheBodyOrTheEnd() {
        assertThat(new String(ReloadScript.inject("<html><HEAD></HEAD><body></body>".getBytes(UTF_8), 7), UTF_8))
                .isEqualTo("<html><HEAD><script src=\"/__tradeoff/reload.js?v=7\" defer></script>\n</HEAD><body></body>");
        assertThat(new String(ReloadScript.inject("<p>x</p></body>".getBytes(UTF_8), 2), UTF_8))
                .isEqualTo("<p>x</p><script src=\"/__tradeoff/reload.js?v=2\" defer></script>\n</body>");
        assertThat(new String(ReloadScript.inject("<p>x</p>".getBytes(UTF_8), 3), UTF_8))
                .isEqualTo("<p>x</p><script src=\"/__tradeoff/reload.js?v=3\" defer></script>\n");
    }

    @Test
    void theScriptIsShippedNextToTheClass() {
        assertThat(new String(ReloadScript.source(), UTF_8)).contains("EventSource").doesNotContain("eval(");
    }
}
