package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which link and image URLs keep their attribute: the last check before user Markdown reaches a page. */
class SafeLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com", "HTTP://example.com", "mailto:cto@example.com", "#top", "planning.html",
        "../pages/a.html", "/docs/a:b", "./x:y", "a/b:c", ""})
    void webMailAndRelativeUrlsAreSafe(String url) {
        assertThat(SafeLinks.isSafe(url)).isTrue();
    }

    /** A colon before any slash is read as a scheme's end, even where the scheme is not a valid one. */
    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "\u200bjavascript:x", "data:x",
        "file:///etc/passwd", "1:x", "-a:b/c", ":x"})
    void anyOtherSchemeIsUnsafe(String url) {
        assertThat(SafeLinks.isSafe(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"charts/matrix.svg", "../charts/matrix.svg", "/charts/a.svg", "#x", "a\\b.svg", "a/b:c.svg"})
    void pathsInsideTheSiteAreRelative(String url) {
        assertThat(SafeLinks.isRelative(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "//cdn.example/x.png", "\\\\cdn.example/x.png", "/\\cdn.example/x.png", "\\/cdn.example/x.png",
        "/\t/cdn.example/x.png", " //cdn.example/x.png", "https://example.com/x.png", "mailto:a@example.com",
        "javascript:x", "1:x"})
    void urlsWithAHostOrASchemeAreNotRelative(String url) {
        assertThat(SafeLinks.isRelative(url)).isFalse();
    }
}
