package dev.tradeoff.mojo;

import static dev.tradeoff.testing.Portfolios.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Status;
import dev.tradeoff.testing.Portfolios;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.view.SiteView;
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
        return render(portfolios, 10);
    }

    private static String render(Portfolios portfolios, int top) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        Portfolio portfolio = portfolios.analyse();
        SiteView view = new SiteViewBuilder(1).build(portfolio);
        new StrategyReportRenderer(sink, StrategyReport.bundle(Locale.ROOT), view, portfolio, "tradeoff/", top)
                .render();
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

        assertThat(page).contains("Initiatives 3 planned (2 platform, 1 product), 1 dropped")
                .contains("All 4 initiatives, the 1 dropped included, are in the full strategy site.");
    }

    @Test
    void withNothingDroppedThereIsNoDroppedCount() {
        String page = render(Portfolios.plan().with(initiative("core").platform()).with(initiative("shop")));

        assertThat(page).contains("Initiatives 2 planned (1 platform, 1 product)")
                .doesNotContain("dropped")
                .contains("All 2 initiatives are in the full strategy site.");
    }

    @Test
    void listsTheInitiativesWhoseNpvWeighsMostLossesIncluded() {
        // NPVs in benefit order: the big loser must be listed before the two small winners.
        String page = render(Portfolios.plan()
                .with(initiative("big-win").benefit("400k", 0))
                .with(initiative("small-win").benefit("60k", 0))
                .with(initiative("tiny-win").benefit("55k", 0))
                .with(initiative("big-loss").oneOffCost("2M")), 2);

        assertThat(page).contains("The 2 initiatives whose NPV weighs most, gain or loss")
                .contains("big-win").contains("big-loss").doesNotContain("small-win").doesNotContain("tiny-win");
    }

    @Test
    void oneInitiativeIsNotCountedInThePlural() {
        assertThat(render(Portfolios.plan().with(initiative("core").platform())))
                .contains("The planned initiative, highest NPV first").doesNotContain("The 1 initiatives");
        assertThat(render(Portfolios.plan().with(initiative("core").platform()).with(initiative("shop"))))
                .contains("All 2 planned initiatives, highest NPV first").doesNotContain("weighs most");
        assertThat(render(Portfolios.plan().with(initiative("core").platform()).with(initiative("shop")), 1))
                .contains("The initiative whose NPV weighs most, gain or loss");
    }
}
