package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.problems;
import static dev.tradeoff.load.Loading.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.PageImage;
import dev.tradeoff.model.Strategy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Images beside the pages are loaded to be copied; a page's image that is not there is a warning. */
class PageImagesTest {

    private static final String FRONT = "---\ntitle: Architecture\n---\n";

    private static Map<String, String> withPage(String body) {
        Map<String, String> files = ValidStrategy.files();
        files.put("pages/architecture.md", FRONT + body);
        return files;
    }

    @Test
    void imagesInPagesAndPagesImagesAreLoadedByPath() {
        Map<String, String> files = withPage("![Diagram](diagram.png) ![Flow](images/flow.SVG)\n");
        files.put("pages/diagram.png", "png bytes");
        files.put("pages/images/flow.SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\"/></svg>");
        files.put("pages/photo.jpeg", "jpeg");
        files.put("pages/notes.txt", "not an image: the user's");
        files.put("pages/other/deep.png", "not copied: only pages/images/ below pages/");
        files.put("pages/.hidden.png", "hidden");
        files.put("pages/diagram.png~", "a backup");

        Strategy strategy = Loading.load(files);

        assertThat(strategy.pageImages()).extracting(PageImage::path)
                .containsExactly("diagram.png", "photo.jpeg", "images/flow.SVG");
        assertThat(strategy.pageImages().get(0).bytes()).isEqualTo("png bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(warnings(files)).isEmpty();
    }

    @Test
    void aMissingImageIsAWarningAtItsAddress() {
        Map<String, String> files = withPage("Intro.\n\nSee ![Diagram](diagram.png \"The diagram\").\n"
                + "And [full size](images/big.webp), [elsewhere](https://example.com/x.png).\n");

        assertThat(warnings(files)).containsExactly(
                "pages/architecture.md:6:16: image 'diagram.png' will not show: there is no such image beside the"
                        + " pages (the png, jpg, jpeg, gif, svg and webp files in pages/ and pages/images/ are copied"
                        + " into the site); add it there or correct the address",
                "pages/architecture.md:7:17: link to 'images/big.webp' will not show: there is no such image beside"
                        + " the pages (the png, jpg, jpeg, gif, svg and webp files in pages/ and pages/images/ are"
                        + " copied into the site); add it there or correct the address");
    }

    @Test
    void addressesThatAreNotCheckedOrAreThere() {
        Map<String, String> files = withPage("""
                ![a](./diagram.png) ![b](images/../diagram.png?v=2#top) ![c](<diagram.png>)
                ![d](/assets/logo.png) ![e](../assets/logo.png) ![f](data:image/png;base64,AAAA)
                [a page](other.html) [top](#top) ![g](https://example.com/g.png) ![h](diagram%2Epng)
                `![code](missing.png)` and ``![code](missing.png)``

                ```markdown
                ![example](missing.png)
                ```

                    text
                """);
        files.put("pages/diagram.png", "png");

        assertThat(warnings(files)).isEmpty();
    }

    @Test
    void aReferenceDefinitionIsChecked() {
        Map<String, String> files = withPage("![Diagram][d]\n\n[d]: diagrams/d.gif\n");

        assertThat(warnings(files)).singleElement().asString()
                .startsWith("pages/architecture.md:6:6: link to 'diagrams/d.gif' will not show");
    }

    @Test
    void anSvgThatCanRunScriptIsAProblemWhereItDoes() {
        Map<String, String> files = withPage("![Flow](flow.svg)\n");
        files.put("pages/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect onload=\"alert(1)\"/>\n</svg>");
        files.put("pages/images/tricky.svg", "<svg>\n<SCRIPT>alert(1)</SCRIPT></svg>");

        assertThat(problems(files)).containsExactly(
                "pages/flow.svg:2:9: not copied: this SVG can run script ('onload='), which a browser runs when the"
                        + " image is opened on its own; remove it (export the drawing again without scripts or links),"
                        + " or save it as PNG",
                "pages/images/tricky.svg:2:1: not copied: this SVG can run script ('<SCRIPT'), which a browser runs"
                        + " when the image is opened on its own; remove it (export the drawing again without scripts"
                        + " or links), or save it as PNG");
    }

    @Test
    void anImageOfFiveMegabytesIsCopied() {
        Map<String, String> files = ValidStrategy.files();
        files.put("pages/big.png", "x".repeat(SourceText.MAX_BYTES));

        assertThat(Loading.load(files).pageImages()).singleElement()
                .satisfies(image -> assertThat(image.bytes()).hasSize(SourceText.MAX_BYTES));
    }

    @Test
    void anImageLargerThanFiveMegabytesIsAProblem() {
        Map<String, String> files = ValidStrategy.files();
        files.put("pages/huge.png", "x".repeat(SourceText.MAX_BYTES + 1));

        assertThat(problems(files)).containsExactly(
                "pages/huge.png: image is larger than 5 MB, the limit for one file of the strategy; make it smaller");
    }

    @Test
    void aHostileLineIsCheckedInLinearTime() {
        String line = "[".repeat(200_000) + "](".repeat(200_000) + "`".repeat(100_000) + "\n";
        long started = System.nanoTime();

        warnings(withPage(line));

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void anImageNameWithAColonIsNotCopiedOneWithASpaceIs() {
        Map<String, String> files = withPage("Text.\n");
        files.put("pages/my logo.png", "png");

        assertThat(Loading.load(files).pageImages()).extracting(PageImage::path).containsExactly("my logo.png");
        files.put("pages/a:b.png", "png");
        assertThat(problems(files)).containsExactly("pages/a:b.png: not copied: an image's name may not hold ':',"
                + " '\\' or control characters, which no web address can; rename it");
    }
}
