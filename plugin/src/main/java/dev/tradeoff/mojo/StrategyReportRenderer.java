package dev.tradeoff.mojo;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.view.InitiativeView;
import dev.tradeoff.view.Sentence;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import dev.tradeoff.view.TotalsView;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The executive summary written through a Doxia {@link Sink}, so that it takes the look of the
 * project's site: the verdict, the recommendations, the totals and the initiatives with the highest
 * NPV, each linking into the full strategy site. Every figure comes formatted from the
 * {@link SiteView}; every label from the {@code tradeoff-report} bundle.
 */
final class StrategyReportRenderer extends AbstractMavenReportRenderer {

    private final ResourceBundle messages;
    private final SiteView view;
    /** The full site relative to the report page, ending in '/'. */
    private final String site;
    /** The initiatives the page lists: those whose NPV weighs most, as the brief chooses them. */
    private final List<InitiativeView> weightiest;

    /** @param top how many initiatives to list: those whose NPV weighs most on the total */
    StrategyReportRenderer(Sink sink, ResourceBundle messages, SiteView view, Portfolio portfolio, String site,
            int top) {
        super(sink);
        this.messages = messages;
        this.view = view;
        this.site = site;
        this.weightiest = SiteViewBuilder.largestNpv(view.ranked(), portfolio, top).items();
    }

    @Override
    public String getTitle() {
        return message("report.strategy.title", view.organization());
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph(message(view.discounted() ? "report.strategy.plan" : "report.strategy.planNotDiscounted",
                view.planPeriod(), view.currency(), view.discountRate()));
        sink.paragraph();
        sink.link(site + "index.html");
        sink.text(message("report.strategy.openSite"));
        sink.link_();
        sink.paragraph_();

        sentences("report.strategy.verdict", view.verdict());
        sentences("report.strategy.recommendations", view.recommendations());
        totals(view.totals());
        weightiest();
        endSection();
    }

    private void sentences(String titleKey, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        startSection(message(titleKey));
        sink.list();
        for (Sentence sentence : sentences) {
            sink.listItem();
            severityWord(sentence.severity());
            sink.text(sentence.text());
            sink.listItem_();
        }
        sink.list_();
        endSection();
    }

    /**
     * "Warning: " in bold before a finding. The site says a finding's severity with a coloured dot
     * (and the word for screen readers); a Doxia page has no dot, so the word is shown. Context
     * findings (info) have none.
     */
    private void severityWord(String severity) {
        String key = "report.strategy.severity." + severity;
        if (!messages.containsKey(key)) {
            return;
        }
        sink.bold();
        sink.text(message(key));
        sink.bold_();
        sink.text(" ");
    }

    private void totals(TotalsView totals) {
        startSection(message("report.strategy.totals"));
        startTable();
        tableHeader(new String[] {message("report.strategy.figure"), message("report.strategy.value")});
        tableRow(new String[] {message("report.strategy.npv"), totals.npv()});
        tableRow(new String[] {message("report.strategy.pvBenefits"), totals.pvBenefits()});
        tableRow(new String[] {message("report.strategy.pvCosts"), totals.pvCosts()});
        tableRow(new String[] {message("report.strategy.platformNpv"), totals.platformNpv()});
        tableRow(new String[] {message("report.strategy.productNpv"), totals.productNpv()});
        tableRow(new String[] {message("report.strategy.initiatives"), message("report.strategy.initiativeCounts",
                totals.initiatives(), totals.platformInitiatives(), totals.productInitiatives(), totals.dropped())});
        endTable();
        endSection();
    }

    private void weightiest() {
        if (weightiest.isEmpty()) {
            return;
        }
        // When the list holds every planned initiative, "whose NPV weighs most" would choose nothing.
        startSection(message(weightiest.size() == view.ranked().size() ? "report.strategy.every" : "report.strategy.top",
                weightiest.size()));
        startTable();
        tableHeader(new String[] {message("report.strategy.initiative"), message("report.strategy.kind"),
            message("report.strategy.status"), message("report.strategy.npv"), message("report.strategy.roi"),
            message("report.strategy.payback")});
        for (InitiativeView initiative : weightiest) {
            sink.tableRow();
            sink.tableCell();
            sink.link(site + "initiatives/" + initiative.page());
            sink.text(initiative.title());
            sink.link_();
            sink.tableCell_();
            tableCell(initiative.kind());
            tableCell(initiative.status());
            // One line each: "−CHF 106,189" must not break at its space.
            tableCell(initiative.npv().replace(' ', '\u00a0'));
            tableCell(initiative.roi());
            tableCell(initiative.payback());
            sink.tableRow_();
        }
        endTable();
        paragraph(message("report.strategy.allInitiatives", view.initiatives().size(), view.totals().dropped()));
        endSection();
    }

    private String message(String key, Object... arguments) {
        String pattern = messages.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        // Figures arrive formatted; arguments are only ever strings and small counts.
        Locale locale = messages.getLocale() == null ? Locale.ROOT : messages.getLocale();
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(arguments);
    }
}
