package dev.tradeoff.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.hostile.HostileSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.UnhandledAlertException;

/**
 * The sites of the hostile corpus's {@code SAFE} cases (script in every field, 10,000-character
 * titles, right-to-left text, raw HTML in Markdown) in a real browser: no page runs the user's
 * script (no dialog opens, and nothing is refused by the Content-Security-Policy, which would mean
 * the page tried), and none is wider than a phone, nor are the cards its wide tables show there (a
 * 10,000-character word breaks inside its card).
 */
@ExtendWith(BrowserExtension.class)
class HostileSiteBrowserTest {

    /** Each box of a table shown as cards that is wider inside than on screen: "N px in a box of M px". */
    private static final String CARDS_WIDER_THAN_THE_SCREEN = """
            return Array.prototype.filter.call(document.querySelectorAll('.scroll'), function (box) {
              return box.querySelector('table.card-rows') && box.scrollWidth > box.clientWidth + 1;
            }).map(function (box) { return box.scrollWidth + ' px in a box of ' + box.clientWidth + ' px'; });
            """;

    static List<String> safeCases() {
        return HostileSites.safeCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("safeCases")
    void noPageRunsUserScriptOrIsWiderThanAPhone(String name, @TempDir Path temp, Browser browser) throws Exception {
        Path site = HostileSites.build(name, temp);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }

        Map<String, List<String>> problems = new TreeMap<>();
        browser.emulatePhone(true);
        try {
            for (Path page : pages) {
                List<String> found = new ArrayList<>();
                browser.clearConsole();
                try {
                    browser.open(page.toUri().toString());
                    browser.consoleErrors().forEach(error -> found.add("console error: " + error));
                    Object overflow = browser.script("return document.documentElement.scrollWidth > innerWidth + 1"
                            + " ? document.documentElement.scrollWidth + 'px wide at ' + innerWidth + 'px' : null");
                    if (overflow != null) {
                        found.add("wider than a phone: " + overflow);
                    }
                    // A table of cards scrolls in its box rather than widen the page: measure the box.
                    browser.scriptList(CARDS_WIDER_THAN_THE_SCREEN).forEach(box -> found.add("cards wider than a phone: " + box));
                } catch (UnhandledAlertException e) {
                    found.add("a dialog opened: " + e.getAlertText());
                    browser.driver().switchTo().alert().dismiss();
                }
                if (!found.isEmpty()) {
                    problems.put(site.relativize(page).toString(), found);
                }
            }
        } finally {
            browser.emulatePhone(false);
        }

        assertThat(pages).isNotEmpty();
        assertThat(problems).as("pages of %s", name).isEmpty();
    }
}
