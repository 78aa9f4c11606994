package dev.tradeoff.render;

import dev.tradeoff.analysis.IndicatorStatus;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.PlatformMetricStatus;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.SeriesStatus;
import dev.tradeoff.model.Plan;
import dev.tradeoff.narrative.AdvisedCd3Order;
import dev.tradeoff.render.chart.AllocationChart;
import dev.tradeoff.render.chart.CashFlowChart;
import dev.tradeoff.render.chart.ChartStyle;
import dev.tradeoff.render.chart.DelayCostChart;
import dev.tradeoff.render.chart.OkrChart;
import dev.tradeoff.render.chart.RoadmapChart;
import dev.tradeoff.render.chart.ScaleChart;
import dev.tradeoff.render.chart.SparklineChart;
import dev.tradeoff.render.chart.TeamLoadChart;
import dev.tradeoff.render.chart.ValueRiskMatrixChart;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.SignalCharts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every chart of a site, each drawn once: the portfolio charts, then one cash-flow chart per live
 * initiative. Each chart carries the arguments it is drawn from, so that a render may reuse a chart
 * whose arguments equal those of the last render's.
 */
final class SiteCharts {

    private static final String SIGNAL_COLOUR = "#4f46e5";

    private final Portfolio portfolio;
    /** Money as the pages write it: "CHF 1M" on both, not "CHF1M", and a yen never with cents. */
    private final MoneyFormat money;

    SiteCharts(Portfolio portfolio, MoneyFormat money) {
        // Before any chart job runs: a machine without fonts is told what to install.
        ChartStyle.requireFonts();
        this.portfolio = portfolio;
        this.money = money;
    }

    /** The charts of the whole portfolio: few, and each a long task for a large one. */
    List<ChartJob> portfolioCharts() {
        Plan plan = portfolio.strategy().plan();
        List<InitiativeFigures> live = live();
        List<ChartJob> jobs = new ArrayList<>();
        jobs.add(new ChartJob("charts/matrix.svg", inputs(live, plan.matrixThreshold()),
                () -> ValueRiskMatrixChart.svg(live, plan.matrixThreshold())));
        jobs.add(new ChartJob("charts/allocation.svg", inputs(portfolio.allocation(), plan.platformBandLow(),
                plan.platformBandHigh(), plan.capacity()), () -> AllocationChart.svg(portfolio.allocation(),
                plan.platformBandLow(), plan.platformBandHigh(), plan.capacity())));
        jobs.add(new ChartJob("charts/delay-cost.svg",
                inputs(portfolio.sequencing(), portfolio.initiatives(), money),
                () -> DelayCostChart.svg(portfolio.sequencing(), portfolio.initiatives(), advisedOrder(),
                        money)));
        jobs.add(new ChartJob("charts/roadmap.svg", inputs(portfolio.initiatives(), plan.start(), plan.horizon()),
                () -> RoadmapChart.svg(portfolio.initiatives(), plan.start(), plan.horizon())));
        jobs.add(new ChartJob("charts/okrs.svg", inputs(portfolio.okrs()), () -> OkrChart.svg(portfolio.okrs())));
        jobs.add(new ChartJob("charts/team-load.svg", inputs(portfolio.teams(), plan.start()),
                () -> TeamLoadChart.svg(portfolio.teams(), plan.start())));
        if (portfolio.scale() != null) {
            jobs.add(new ChartJob("charts/scale.svg", inputs(portfolio.scale()),
                    () -> ScaleChart.svg(portfolio.scale())));
        }
        int series = 0;
        for (IndicatorStatus indicator : portfolio.indicators()) {
            for (SeriesStatus status : indicator.series()) {
                jobs.add(new ChartJob(SignalCharts.sparklinePath(series++),
                        inputs(status.signal().values(), SIGNAL_COLOUR),
                        () -> SparklineChart.svg(status.signal().values(), SIGNAL_COLOUR)));
            }
        }
        int metrics = 0;
        for (PlatformMetricStatus metric : portfolio.platformProduct()) {
            jobs.add(new ChartJob(SignalCharts.platformSparklinePath(metrics++),
                    inputs(metric.metric().values(), SIGNAL_COLOUR),
                    () -> SparklineChart.svg(metric.metric().values(), SIGNAL_COLOUR)));
        }
        return jobs;
    }

    /** One cash-flow chart per live initiative: many short tasks. */
    List<ChartJob> initiativeCharts() {
        List<ChartJob> jobs = new ArrayList<>();
        for (InitiativeFigures figures : live()) {
            jobs.add(new ChartJob("charts/cashflow-" + figures.id() + ".svg", inputs(figures, money),
                    () -> CashFlowChart.svg(figures, money)));
        }
        return jobs;
    }

    /** What a chart is drawn from: exactly the arguments its {@code svg} method is called with. */
    private static List<Object> inputs(Object... arguments) {
        return Arrays.asList(arguments);
    }

    /** The CD3 order with platform work first, when SPEC's CD3 order needs it; else none. */
    private List<String> advisedOrder() {
        AdvisedCd3Order advised = AdvisedCd3Order.of(portfolio);
        return advised.keepsEnablersAhead() ? advised.order() : List.of();
    }

    private List<InitiativeFigures> live() {
        return portfolio.initiatives().stream().filter(f -> !f.isDropped()).toList();
    }
}
