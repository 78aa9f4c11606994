package dev.tradeoff.render;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.render.output.SiteOutput;
import dev.tradeoff.schema.StrategySchemas;
import dev.tradeoff.view.InitiativeView;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.NavItem;
import dev.tradeoff.view.PageView;
import dev.tradeoff.view.SiteView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders a whole site and its briefs: the assets, then every page, chart, data file and brief as
 * one list of independent tasks run in parallel. Every file's content depends only on the view
 * (and the portfolio, for charts), so the output is the same with any number of threads.
 */
public final class SiteRenderer {

    /** The theme's static files, copied into {@code site/assets/} unless the user overrides them. */
    static final List<String> ASSETS = List.of("tradeoff.css", "tradeoff.js", "favicon.svg");

    /** The analysis pages at the site root, each rendered by the template of the same name. */
    static final List<String> SECTION_PAGES =
            List.of("matrix", "allocation", "sequencing", "roadmap", "signals", "scale", "teams");

    private final TemplateEngine templates;
    private final Path userTemplateDirectory;
    private final Parallel parallel;

    public SiteRenderer(Path userTemplateDirectory, int threads) {
        this.templates = new TemplateEngine(userTemplateDirectory);
        this.userTemplateDirectory = userTemplateDirectory;
        this.parallel = new Parallel(threads);
    }

    public RenderStats render(Portfolio portfolio, SiteView view, SiteOutput site, SiteOutput briefs)
            throws IOException {
        Counter counter = new Counter();
        assets(site, counter);
        // The JSON Schemas travel with the site, so editors can point at a published copy.
        StrategySchemas.writeTo(site, "schemas/");
        SiteCharts charts = new SiteCharts(portfolio, new MoneyFormat(view.currency()).symbol().trim());
        List<Job> jobs = new ArrayList<>();
        // One list for every page, chart, data file and brief, so every thread stays busy to the end.
        // The few files about the whole portfolio come first: each is one long task, and they run
        // while the other threads work through the many short ones.
        wholePortfolio(view, charts, site, briefs, counter, portfolio, jobs);
        perItem(view, charts, site, briefs, counter, jobs);
        parallel.forEach(jobs, Job::run);
        return counter.stats();
    }

    /** One file to write. */
    @FunctionalInterface
    private interface Job {
        void run() throws IOException;
    }

    private void wholePortfolio(SiteView view, SiteCharts charts, SiteOutput site, SiteOutput briefs,
            Counter counter, Portfolio portfolio, List<Job> jobs) {
        for (ChartJob chart : charts.portfolioCharts()) {
            jobs.add(() -> chart(site, counter, chart));
        }
        jobs.add(() -> page(site, counter, "index.html", "index.ftlh", view, Map.of()));
        jobs.add(() -> page(site, counter, "initiatives/index.html", "initiatives.ftlh", view, Map.of()));
        for (String section : SECTION_PAGES) {
            jobs.add(() -> page(site, counter, section + ".html", section + ".ftlh", view, Map.of()));
        }
        jobs.add(() -> page(site, counter, "okrs/index.html", "okrs.ftlh", view, Map.of()));
        jobs.add(() -> {
            site.write("data/portfolio.json", PortfolioJson.write(portfolio));
            counter.files.incrementAndGet();
        });
        jobs.add(() -> {
            briefs.write("brief.md", templates.render("brief.md.ftl", model(view, Map.of())));
            counter.briefs.incrementAndGet();
        });
    }

    private void perItem(SiteView view, SiteCharts charts, SiteOutput site, SiteOutput briefs, Counter counter,
            List<Job> jobs) {
        for (var objective : view.okrs().objectives()) {
            jobs.add(() -> page(site, counter, "okrs/" + objective.page(), "objective.ftlh", view,
                    Map.of("objective", objective)));
        }
        for (PageView userPage : view.pages()) {
            jobs.add(() -> page(site, counter, "pages/" + userPage.slug() + ".html", "page.ftlh", view,
                    Map.of("userPage", userPage)));
        }
        for (InitiativeView initiative : view.initiatives()) {
            jobs.add(() -> page(site, counter, "initiatives/" + initiative.page(), "initiative.ftlh", view,
                    Map.of("initiative", initiative)));
            jobs.add(() -> {
                briefs.write("initiatives/" + initiative.id() + ".md",
                        templates.render("initiative.md.ftl", model(view, Map.of("initiative", initiative))));
                counter.briefs.incrementAndGet();
            });
        }
        for (ChartJob chart : charts.initiativeCharts()) {
            jobs.add(() -> chart(site, counter, chart));
        }
    }

    private void assets(SiteOutput site, Counter counter) throws IOException {
        for (String asset : ASSETS) {
            site.write("assets/" + asset, asset(asset));
            counter.files.incrementAndGet();
        }
    }

    private byte[] asset(String name) throws IOException {
        if (userTemplateDirectory != null) {
            Path override = userTemplateDirectory.resolve("assets").resolve(name);
            if (Files.isRegularFile(override)) {
                return Files.readAllBytes(override);
            }
        }
        try (InputStream in = SiteRenderer.class.getClassLoader()
                .getResourceAsStream("dev/tradeoff/theme/assets/" + name)) {
            if (in == null) {
                throw new IOException("the default theme has no asset " + name);
            }
            return in.readAllBytes();
        }
    }

    private void page(SiteOutput site, Counter counter, String path, String template, SiteView view,
            Map<String, Object> extra) throws IOException {
        site.write(path, templates.render(template, model(view, extra)));
        counter.pages.incrementAndGet();
        counter.files.incrementAndGet();
    }

    private static Map<String, Object> model(SiteView view, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("site", view);
        model.put("navigation", NavItem.SECTIONS);
        return model;
    }

    private static void chart(SiteOutput site, Counter counter, ChartJob chart) throws IOException {
        site.write(chart.path(), chart.draw().get());
        counter.charts.incrementAndGet();
        counter.files.incrementAndGet();
    }

    /** Thread-safe tallies of what was written. */
    private static final class Counter {
        final AtomicInteger pages = new AtomicInteger();
        final AtomicInteger charts = new AtomicInteger();
        final AtomicInteger briefs = new AtomicInteger();
        final AtomicInteger files = new AtomicInteger();

        RenderStats stats() {
            return new RenderStats(pages.get(), charts.get(), briefs.get(), files.get() + briefs.get());
        }
    }
}
