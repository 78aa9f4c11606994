package dev.tradeoff.mojo;

import static dev.tradeoff.testing.Portfolios.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Status;
import dev.tradeoff.testing.Portfolios;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import dev.tradeoff.view.Sentence;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
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
        return Jsoup.parse(html(portfolios.analyse(), top)).text();
    }

    private static String html(Portfolio portfolio, int top) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        SiteView view = new SiteViewBuilder(1).build(portfolio);
        new StrategyReportRenderer(sink, StrategyReport.bundle(Locale.ROOT), view, portfolio, "tradeoff/", top)
                .render();
        sink.close();
        return html.toString();
    }

    @Test
    void eachFindingSaysItsSeverityInAWordAsThePageHasNoColouredDot() {
        // A loss-making product beside a platform: the verdict has good, warning and context findings.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().benefit("400k", 0))
                .with(initiative("shop").oneOffCost("2M"))
                .analyse();
        List<Sentence> findings = new ArrayList<>(new SiteViewBuilder(1).build(portfolio).verdict());
        findings.addAll(new SiteViewBuilder(1).build(portfolio).recommendations());
        List<String> items = Jsoup.parse(html(portfolio, 10)).select("li").eachText();

        assertThat(findings).extracting(Sentence::severity).contains("good").containsAnyOf("warning", "critical");
        for (Sentence finding : findings) {
            String word = switch (finding.severity()) {
                case "good" -> "Good: ";
                case "warning" -> "Warning: ";
                case "critical" -> "Critical: ";
                default -> "";
            };
            assertThat(items).contains(word + finding.text());
        }
        assertThat(html(portfolio, 10)).contains("<b>Good:</b> ");
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

    @Test
    void aDiscountRateOfZeroIsSaidAsNotDiscounted() {
        assertThat(render(Portfolios.plan().discountRate(0).with(initiative("a"))))
                .contains("Figures in USD, not discounted (a discount rate of 0%).").doesNotContain("discounted at");
        assertThat(render(Portfolios.plan().discountRate(0.1).with(initiative("a"))))
                .contains("Figures in USD, discounted at 10% a year.");
        assertThat(render(Portfolios.plan().discountRate(0.0001).with(initiative("a"))))
                .contains("Figures in USD, discounted at 0% a year.");
    }
}
