package dev.tradeoff.mojo;

import static dev.tradeoff.testing.Portfolios.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Status;
import dev.tradeoff.testing.Portfolios;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.StringWriter;
import java.util.Locale;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The {@code mvn site} page, rendered through a plain XHTML sink: its counts add up as the home page's do. */
class StrategyReportRendererTest {

    /** The page's text, rendered from {@code portfolios} with the report's own bundle. */
    private static String render(Portfolios portfolios) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        new StrategyReportRenderer(sink, StrategyReport.bundle(Locale.ROOT),
                new SiteViewBuilder(1).build(portfolios.analyse()), "tradeoff/", 10).render();
        sink.close();
        return Jsoup.parse(html.toString()).text();
    }

    @Test
    void liveAndDroppedInitiativesAddUpToAllOfThem() {
        // Two platform and one product initiative in play, one dropped: four in all.
        String page = render(Portfolios.plan()
                .with(initiative("core").platform())
                .with(initiative("edge").platform())
                .with(initiative("shop"))
                .with(initiative("gone").status(Status.DROPPED)));

        assertThat(page).contains("Initiatives 3 live (2 platform, 1 product), 1 dropped")
                .contains("All 4 initiatives, the 1 dropped included, are in the full strategy site.");
    }

    @Test
    void withNothingDroppedThereIsNoDroppedCount() {
        String page = render(Portfolios.plan().with(initiative("core").platform()).with(initiative("shop")));

        assertThat(page).contains("Initiatives 2 live (1 platform, 1 product)")
                .doesNotContain("dropped")
                .contains("All 2 initiatives are in the full strategy site.");
    }
}
