package dev.tradeoff.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.PageImage;
import dev.tradeoff.parallel.Parallel;
import dev.tradeoff.render.output.SiteOutput;
import dev.tradeoff.render.output.SitePath;
import dev.tradeoff.schema.StrategySchemas;
import dev.tradeoff.view.InitiativeView;
import dev.tradeoff.view.ListPage;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.NavItem;
import dev.tradeoff.view.PageView;
import dev.tradeoff.view.SiteView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders a whole site and its briefs: the assets, then every page, chart, data file and brief as
 * one list of independent tasks run in parallel. Every file's content depends only on the view
 * (and the portfolio, for charts), so the output is the same with any number of threads.
 *
 * <p>Given a {@link RenderMemo}, a render takes from it every page, brief and chart whose inputs
 * are those of the last render, and makes only the others; the files are byte for byte those of a
 * render without one.
 */
public final class SiteRenderer {

    /** Every site has it: so it marks a folder as a site Tradeoff wrote, which a build may replace. */
    public static final String PORTFOLIO_JSON = "data/portfolio.json";
    /** The executive brief, in every briefs folder: so it marks one. */
    public static final String BRIEF = "brief.md";

    /** The theme's static files, copied into {@code site/assets/} unless the user overrides them. */
    static final List<String> ASSETS = List.of("tradeoff.css", "tradeoff.js", "favicon.svg");

    /** The analysis pages at the site root, each rendered by the template of the same name. */
    static final List<String> SECTION_PAGES =
            List.of("matrix", "allocation", "sequencing", "roadmap", "signals", "scale", "teams");

    private final TemplateEngine templates;
    private final Path userTemplateDirectory;
    private final Parallel parallel;
    /** What the briefs' templates see of where the site is published: {@code siteUrl}, or nothing. */
    private final Map<String, Object> briefLinks;

    /** A renderer whose briefs link to the site beside them. */
    public SiteRenderer(Path userTemplateDirectory, int threads) {
        this(userTemplateDirectory, threads, null);
    }

    /** A renderer whose briefs link to the site at {@code siteUrl} (null: to the site beside them). */
    public SiteRenderer(Path userTemplateDirectory, int threads, SiteUrl siteUrl) {
        this.templates = new TemplateEngine(userTemplateDirectory);
        this.userTemplateDirectory = userTemplateDirectory;
        this.parallel = new Parallel(threads, "render");
        this.briefLinks = siteUrl == null ? Map.of() : Map.of("siteUrl", siteUrl.text());
    }

    /** Renders everything. */
    public RenderStats render(Portfolio portfolio, SiteView view, SiteOutput site, SiteOutput briefs)
            throws IOException {
        checkTemplates();
        Counter counter = new Counter();
        OneRender files = begin(view, site, briefs, counter, null);
        SiteCharts charts = new SiteCharts(portfolio, new MoneyFormat(view.currency()));
        List<Job> jobs = new ArrayList<>();
        // One list for every page, chart, data file and brief, so every thread stays busy to the end.
        // The few files about the whole portfolio come first: each is one long task, and they run
        // while the other threads work through the many short ones.
        for (ChartJob chart : charts.portfolioCharts()) {
            jobs.add(() -> files.chart(chart));
        }
        wholePortfolio(view, files, portfolio, jobs);
        perItem(view, files, jobs);
        pageImages(portfolio, files, jobs);
        for (ChartJob chart : charts.initiativeCharts()) {
            jobs.add(() -> files.chart(chart));
        }
        parallel.forEach(jobs, Job::run);
        return counter.stats();
    }

    /**
     * Renders everything, reusing from {@code memo} (when not null) what the last render with this
     * renderer made from the same inputs, and leaving there what this render made.
     */
    public RenderStats render(Portfolio portfolio, SiteView view, SiteOutput site, SiteOutput briefs,
            RenderMemo memo) throws IOException {
        if (memo == null) {
            return render(portfolio, view, site, briefs);
        }
        return finish(start(portfolio, memo), view, site, briefs);
    }

    /** Fails, before anything is written, with every syntax error in the user's templates. */
    private void checkTemplates() throws IOException {
        List<String> problems = templates.syntaxProblems();
        if (!problems.isEmpty()) {
            throw new IOException((problems.size() == 1 ? "a template has a syntax error:" : problems.size()
                    + " templates have syntax errors:") + System.lineSeparator()
                    + String.join(System.lineSeparator(), problems));
        }
    }

    /** A render started before its view is built: see {@link #start}. */
    public static final class Started {
        private final Portfolio portfolio;
        private final RenderMemo memo;
        private final RenderMemo.Render remembered;
        private final ChartDrawing charts;

        private Started(Portfolio portfolio, RenderMemo memo, RenderMemo.Render remembered, ChartDrawing charts) {
            this.portfolio = portfolio;
            this.memo = memo;
            this.remembered = remembered;
            this.charts = charts;
        }
    }

    /**
     * Starts a render that reuses from {@code memo} what it can: its charts need only the portfolio,
     * so they are drawn on a thread of their own from now on, while the caller builds the view for
     * {@link #finish}.
     */
    public Started start(Portfolio portfolio, RenderMemo memo) throws IOException {
        // Before any chart is drawn: a broken template fails the render whatever it draws.
        checkTemplates();
        RenderMemo.Render remembered = memo.start(this);
        SiteCharts charts = new SiteCharts(portfolio, new MoneyFormat(portfolio.strategy().plan().currency()));
        List<ChartJob> all = new ArrayList<>(charts.portfolioCharts());
        all.addAll(charts.initiativeCharts());
        ChartDrawing drawing = new ChartDrawing(all, remembered);
        drawing.start();
        return new Started(portfolio, memo, remembered, drawing);
    }

    /** Renders the rest of a render {@link #start started} before {@code view} (its portfolio's) was built. */
    public RenderStats finish(Started started, SiteView view, SiteOutput site, SiteOutput briefs) throws IOException {
        if (!view.currency().equals(started.portfolio.strategy().plan().currency())) {
            throw new IllegalArgumentException("the view is not that of the portfolio the render started with");
        }
        started.remembered.view(view);
        Counter counter = new Counter();
        OneRender files = begin(view, site, briefs, counter, started.remembered);
        List<Job> jobs = new ArrayList<>();
        // Every thread first helps with the charts still to draw (the long portfolio charts first).
        for (int i = 0; i < parallel.threads(); i++) {
            jobs.add(started.charts::help);
        }
        wholePortfolio(view, files, started.portfolio, jobs);
        perItem(view, files, jobs);
        pageImages(started.portfolio, files, jobs);
        parallel.forEach(jobs, Job::run);
        int charts = started.charts.writeTo(site);
        counter.charts.addAndGet(charts);
        counter.files.addAndGet(charts);
        started.memo.finish(started.remembered);
        return counter.stats();
    }

    /** The files of a render, after its assets and schemas are written. */
    private OneRender begin(SiteView view, SiteOutput site, SiteOutput briefs, Counter counter,
            RenderMemo.Render remembered) throws IOException {
        assets(site, counter);
        // The JSON Schemas travel with the site, so editors can point at a published copy.
        counter.files.addAndGet(StrategySchemas.writeTo(site, "schemas/"));
        return new OneRender(view, site, briefs, counter, remembered);
    }

    /** One file to write. */
    @FunctionalInterface
    private interface Job {
        void run() throws IOException;
    }

    private void wholePortfolio(SiteView view, OneRender files, Portfolio portfolio, List<Job> jobs)
            throws IOException {
        jobs.add(() -> files.page("index.html", "index.ftlh", Map.of()));
        listPages(files, jobs, "initiatives/index.html", "initiatives.ftlh", view.byTitle().size());
        for (String section : SECTION_PAGES) {
            listPages(files, jobs, section + ".html", section + ".ftlh", tableRows(view, section));
        }
        listPages(files, jobs, "okrs/index.html", "okrs.ftlh", view.okrs().objectives().size());
        NavItem pagesIndex = view.pageNavigation().index();
        if (pagesIndex != null) {
            jobs.add(() -> files.page(pagesIndex.href(), "pages.ftlh", Map.of()));
        }
        jobs.add(() -> files.data(PORTFOLIO_JSON, PortfolioJson.write(portfolio)));
        jobs.add(() -> files.brief(BRIEF, "brief.md.ftl", briefLinks));
    }

    /**
     * The pages of a page whose table may be long: each renders {@code template} with its rows as
     * {@code listPage}; a short table is one page, at {@code firstPath}, and so is the table of a
     * user's template that does not read {@code listPage}.
     */
    private void listPages(OneRender files, List<Job> jobs, String firstPath, String template, int rows)
            throws IOException {
        for (ListPage part : ListPage.split(firstPath, templates.readsListPage(template) ? rows : 0)) {
            jobs.add(() -> files.page(part.path(), template, Map.of("listPage", part)));
        }
    }

    /** The rows of a section page's table that grows with the portfolio; 0 for a page without one. */
    private static int tableRows(SiteView view, String section) {
        return switch (section) {
            case "roadmap" -> view.roadmap().size();
            case "sequencing" -> view.sequencing().candidates().size();
            // The teams and the products sped up by unowned platform work go on side by side: page k
            // shows the k-th 500 of each, as far as each list goes.
            case "teams" -> view.teams().teams().isEmpty() ? 0
                    : Math.max(view.teams().teams().size(), view.teams().unownedPlatformDependencies().size());
            // The latest starts are listed only when the load reaches its limit within the plan.
            case "scale" -> view.scale() == null || view.scale().breachQuarter() == null ? 0 : view.scale().starts().size();
            default -> 0;
        };
    }

    private void perItem(SiteView view, OneRender files, List<Job> jobs) {
        for (var objective : view.okrs().objectives()) {
            jobs.add(() -> files.page("okrs/" + objective.page(), "objective.ftlh", Map.of("objective", objective)));
        }
        for (PageView userPage : view.pages()) {
            jobs.add(() -> files.page("pages/" + userPage.page(), "page.ftlh", Map.of("userPage", userPage)));
        }
        for (InitiativeView initiative : view.initiatives()) {
            jobs.add(() -> files.page("initiatives/" + initiative.page(), "initiative.ftlh",
                    Map.of("initiative", initiative)));
            jobs.add(() -> files.brief("initiatives/" + initiative.id() + ".md", "initiative.md.ftl",
                    withBriefLinks(Map.of("initiative", initiative))));
        }
    }

    /**
     * The images beside the user's pages, copied as they are next to the pages that show them. Not
     * kept in a memo: copying is as quick as comparing, and an image changed is always the new one.
     */
    private static void pageImages(Portfolio portfolio, OneRender files, List<Job> jobs) {
        for (PageImage image : portfolio.strategy().pageImages()) {
            jobs.add(() -> files.data("pages/" + image.path(), image.bytes()));
        }
    }

    private void assets(SiteOutput site, Counter counter) throws IOException {
        for (String asset : assetNames()) {
            site.write("assets/" + asset, asset(asset));
            counter.files.incrementAndGet();
        }
    }

    /**
     * The theme's assets and the files the user put directly in the overrides' {@code assets/} (a
     * logo their own template shows): the page's Content-Security-Policy allows images only from
     * the site itself, so they have to be in it. Links are not followed; hidden files, and names no site path may have, are left out.
     */
    private List<String> assetNames() throws IOException {
        TreeSet<String> names = new TreeSet<>(ASSETS);
        Path folder = userTemplateDirectory == null ? null : userTemplateDirectory.resolve("assets");
        if (folder != null && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && SitePath.allows("assets/" + name)
                            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        names.add(name);
                    }
                }
            }
        }
        return List.copyOf(names);
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

    /** Makes and writes the files of one render, taking from the memo (when there is one) what it can. */
    private final class OneRender {
        private final SiteView view;
        private final SiteOutput site;
        private final SiteOutput briefs;
        private final Counter counter;
        private final RenderMemo.Render memo;

        OneRender(SiteView view, SiteOutput site, SiteOutput briefs, Counter counter, RenderMemo.Render memo) {
            this.view = view;
            this.site = site;
            this.briefs = briefs;
            this.counter = counter;
            this.memo = memo;
        }

        void page(String path, String template, Map<String, Object> own) throws IOException {
            site.write(path, templated("site/" + path, template, own));
            counter.pages.incrementAndGet();
            counter.files.incrementAndGet();
        }

        void brief(String path, String template, Map<String, Object> own) throws IOException {
            briefs.write(path, templated("briefs/" + path, template, own));
            counter.briefs.incrementAndGet();
        }

        void data(String path, byte[] json) throws IOException {
            site.write(path, json);
            counter.files.incrementAndGet();
        }

        /** A chart of a render without memo. */
        void chart(ChartJob chart) throws IOException {
            site.write(chart.path(), chart.draw().get());
            counter.charts.incrementAndGet();
            counter.files.incrementAndGet();
        }

        /**
         * The bytes of {@code template} rendered for the page's own part of the view ({@code own}) and
         * the whole view as {@code site}. With a memo, the template sees the view through a
         * {@link TrackedRecord}, so that the memo knows what it read.
         */
        private byte[] templated(String file, String template, Map<String, Object> own) throws IOException {
            if (memo == null) {
                return templates.render(template, model(view, own)).getBytes(UTF_8);
            }
            List<Object> inputs = new ArrayList<>();
            inputs.add(template);
            own.forEach((name, value) -> {
                inputs.add(name);
                inputs.add(value);
            });
            byte[] kept = memo.reuse(file, inputs);
            if (kept != null) {
                return kept;
            }
            SiteReads reads = new SiteReads();
            byte[] bytes = templates.render(template, model(templates.tracked(view, reads), own)).getBytes(UTF_8);
            memo.made(file, inputs, reads.all(), bytes);
            return bytes;
        }
    }

    private Map<String, Object> withBriefLinks(Map<String, Object> own) {
        if (briefLinks.isEmpty()) {
            return own;
        }
        Map<String, Object> withLinks = new TreeMap<>(own);
        withLinks.putAll(briefLinks);
        return withLinks;
    }

    private static Map<String, Object> model(Object site, Map<String, Object> own) {
        Map<String, Object> model = new HashMap<>(own);
        model.put("site", site);
        model.put("navigation", NavItem.SECTIONS);
        return model;
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
