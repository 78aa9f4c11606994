package dev.tradeoff.view;

import dev.tradeoff.analysis.CashFlow;
import dev.tradeoff.analysis.CostOfDelaySequencing;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.Totals;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Page;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Team;
import dev.tradeoff.narrative.ExecutiveSummary;
import dev.tradeoff.narrative.InitiativeStory;
import dev.tradeoff.narrative.NetAtFullRate;
import dev.tradeoff.narrative.QuadrantName;
import dev.tradeoff.parallel.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link SiteView} of a portfolio: formats every figure and writes every story. */
public final class SiteViewBuilder {

    /** Initiatives formatted per task when they are formatted on several threads. */
    private static final int SLICE = 128;

    /** A user's page, under the page's h1 (its front matter's title): its own headings from h2. */
    private final SafeMarkdown markdown = new SafeMarkdown(2);
    /** An initiative's summary, under the page's "Summary" h2: its own headings from h3. */
    private final SafeMarkdown summaryMarkdown = new SafeMarkdown(3);
    /** Summaries as HTML: Markdown is the costliest part of an initiative's view. */
    private final LastBuildMemo<String, MarkdownRendering> summaries = new LastBuildMemo<>(summaryMarkdown::render);
    /** A summary in its brief, under the brief's "## Summary": its own headings from "###", as on its page. */
    private final SafeMarkdownSource markdownSource = new SafeMarkdownSource(3);
    /** Summaries as Markdown for the briefs, parsed again to make them inert. */
    private final LastBuildMemo<String, MarkdownRendering> briefSummaries =
            new LastBuildMemo<>(markdownSource::render);
    /** Cash-flow tables, by currency and flows. */
    private final LastBuildMemo<CashFlowKey, List<CashFlowRow>> cashFlowTables =
            new LastBuildMemo<>(key -> cashFlowRows(key.money(), key.flows()));
    /** The last build's initiative views: a rebuild formats only the initiatives whose inputs changed. */
    private final LastInitiativeViews lastViews = new LastInitiativeViews();
    /**
     * One collator for every build: sorting by title needs a key per title, kept while the title is.
     * Used on the building thread only ({@link #byTitle}): a Collator is not safe for several threads.
     */
    private final Collator collator = Collator.getInstance(Locale.ROOT);
    private final LastBuildMemo<String, CollationKey> titleKeys = new LastBuildMemo<>(collator::getCollationKey);
    private final int threads;
    private volatile List<PlainTextMarkdown> plainTexts = List.of();

    /** A builder that formats the initiatives on one thread per core. */
    public SiteViewBuilder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A builder that formats the initiatives on up to {@code threads} threads; the view is the same with any number. */
    public SiteViewBuilder(int threads) {
        this.threads = Math.max(1, threads);
    }

    public SiteView build(Portfolio portfolio) {
        summaries.nextBuild();
        briefSummaries.nextBuild();
        cashFlowTables.nextBuild();
        titleKeys.nextBuild();
        lastViews.nextBuild(new LastInitiativeViews.Shared(portfolio.strategy().plan(), portfolio.scale()));
        Plan plan = portfolio.strategy().plan();
        MoneyFormat money = new MoneyFormat(plan.currency());
        Sentences sentences = new Sentences(money);
        Map<String, InitiativeFigures> byId = portfolio.initiatives().stream()
                .collect(Collectors.toMap(InitiativeFigures::id, Function.identity()));
        InitiativeStory story = new InitiativeStory(plan, byId, portfolio.scale());
        Map<String, List<Related>> enabledBy = enabledBy(portfolio, byId);
        Map<String, KeyResultRef> keyResults = KeyResultRef.byReference(portfolio.okrs());
        Map<String, Team> teams = portfolio.strategy().teams().stream()
                .collect(Collectors.toMap(Team::id, Function.identity()));

        InitiativeFormatter formatter = new InitiativeFormatter(money, sentences, story, summaries, briefSummaries,
                cashFlowTables, lastViews, byId, enabledBy, keyResults, teams);
        List<InitiativeView> initiatives = formatAll(portfolio.initiatives(), formatter);
        Map<String, InitiativeView> views = initiatives.stream()
                .collect(Collectors.toMap(InitiativeView::id, Function.identity()));
        List<InitiativeView> ranked = portfolio.initiatives().stream()
                .filter(figures -> !figures.isDropped())
                .sorted(Comparator.comparingDouble(InitiativeFigures::npv).reversed()
                        .thenComparing(InitiativeFigures::id))
                .map(figures -> views.get(figures.id()))
                .toList();
        SectionViews sections = new SectionViews(portfolio, money, sentences, keyResults);
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio, sections.stories());
        List<PlainTextMarkdown> plain = new ArrayList<>(plainSummaries(portfolio));
        List<PageView> pages = new ArrayList<>();
        for (Page page : portfolio.strategy().pages()) {
            MarkdownRendering html = markdown.render(page.markdown());
            PlainTextMarkdown.ofPage(page, html).ifPresent(plain::add);
            pages.add(new PageView(page.slug(), page.title(), PageName.of(page.slug()), html.text(), page.markdown()));
        }
        plainTexts = List.copyOf(plain);
        List<Initiative> roadmap = portfolio.initiatives().stream().map(InitiativeFigures::initiative)
                .sorted(CostOfDelaySequencing.PLAN_ORDER).toList();
        return new SiteView(
                plan.organization(),
                plan.currency(),
                plan.start().toString(),
                plan.end().toString(),
                // A component, not a method: every page's footer reads it, and a method's result
                // counts as reading the whole site view (render.TrackedRecord).
                InitiativeView.span(plan.start().toString(), plan.end().toString()),
                plan.horizon(),
                NumberFormats.percent(plan.discountRate()),
                plan.discountRate() != 0,
                money.full(plan.costPerPersonMonth().amount()),
                totals(portfolio, money),
                sentences.write(verdict.findings()),
                sentences.write(verdict.recommendations()),
                initiatives,
                byTitle(initiatives, titleKeys),
                roadmap.stream().map(i -> views.get(i.id())).toList(),
                roadmap.isEmpty() || !roadmap.get(0).start().isBefore(plan.start()) ? null : roadmap.get(0).start().toString(),
                ranked,
                largestNpv(ranked, portfolio, Shortlist.SIZE),
                List.copyOf(pages),
                PageNavigation.of(pages),
                sections.matrix(),
                sections.allocation(),
                sections.sequencing(),
                sections.okrs(),
                sections.signals(),
                sections.platformProduct(),
                sections.scale(),
                sections.teams(),
                plan.extensions());
    }

    /**
     * The summaries and pages of the last build that the site or the briefs show as plain text, without
     * their Markdown formatting (see {@link SafeMarkdown}): the summaries in the portfolio's order, then
     * the pages in theirs, the same with any number of threads. For the build to warn of.
     */
    public List<PlainTextMarkdown> plainTexts() {
        return plainTexts;
    }

    /** The summaries shown as plain text, in the portfolio's order: the memos hold every summary of this build. */
    private List<PlainTextMarkdown> plainSummaries(Portfolio portfolio) {
        List<PlainTextMarkdown> plain = new ArrayList<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            Initiative initiative = figures.initiative();
            if (initiative.summary() != null) {
                PlainTextMarkdown.ofSummary(initiative, summaries.get(initiative.summary()),
                        briefSummaries.get(initiative.summary())).ifPresent(plain::add);
            }
        }
        return plain;
    }

    /**
     * By title as a reader expects: accents and case do not decide the order, then by id. The
     * collator is the root locale's, so the order is the same on every machine.
     */
    private static List<InitiativeView> byTitle(List<InitiativeView> inIdOrder,
            LastBuildMemo<String, CollationKey> titleKeys) {
        Map<String, CollationKey> keys = new HashMap<>();
        inIdOrder.forEach(view -> keys.put(view.id(), titleKeys.get(view.title())));
        // A stable sort of the id-ordered list: equal titles stay in id order.
        return inIdOrder.stream().sorted(Comparator.comparing((InitiativeView view) -> keys.get(view.id()))).toList();
    }

    /**
     * The {@code size} planned (non-dropped) initiatives whose NPV weighs most on the total, gain or
     * loss, highest NPV first: a brief or report that shows only the best would hide the ones that
     * lose the most.
     *
     * @param ranked the planned initiatives' views ({@link SiteView#ranked()})
     */
    public static Shortlist<InitiativeView> largestNpv(List<InitiativeView> ranked, Portfolio portfolio, int size) {
        Map<String, Double> npv = portfolio.initiatives().stream().filter(f -> !f.isDropped())
                .collect(Collectors.toMap(InitiativeFigures::id, InitiativeFigures::npv));
        Comparator<InitiativeView> byWeight = Comparator.comparingDouble(view -> -Math.abs(npv.get(view.id())));
        List<InitiativeView> weightiest = ranked.stream()
                .sorted(byWeight.thenComparing(InitiativeView::id))
                .limit(Math.max(0, size))
                .sorted(Comparator.comparingDouble((InitiativeView view) -> -npv.get(view.id()))
                        .thenComparing(InitiativeView::id))
                .toList();
        return new Shortlist<>(weightiest, ranked.size() - weightiest.size());
    }

    private static TotalsView totals(Portfolio portfolio, MoneyFormat money) {
        Totals totals = portfolio.totals();
        List<InitiativeFigures> planned = portfolio.initiatives().stream().filter(f -> !f.isDropped()).toList();
        long platform = planned.stream().filter(f -> f.initiative().isPlatform()).count();
        double positive = Math.max(0, totals.platformNpv()) + Math.max(0, totals.productNpv());
        Double platformShare = positive > 0 ? Math.max(0, totals.platformNpv()) / positive : null;
        return new TotalsView(
                money.compact(totals.npv()),
                money.compact(totals.pvBenefits()),
                money.compact(totals.pvCosts()),
                money.compact(totals.platformNpv()),
                money.compact(totals.productNpv()),
                NumberFormats.percent(platformShare),
                planned.size(),
                (int) platform,
                planned.size() - (int) platform,
                (int) planned.stream().filter(InitiativeFigures::isDone).count(),
                portfolio.initiatives().size() - planned.size());
    }

    /**
     * Every initiative formatted, in order. Formatting one (its Markdown above all) is the costly part
     * of the view, and each is independent of the others, so slices of them are formatted on
     * several threads into their own places of the result.
     */
    private List<InitiativeView> formatAll(List<InitiativeFigures> all, InitiativeFormatter formatter) {
        int workers = Math.min(threads, (all.size() + SLICE - 1) / SLICE);
        if (workers < 2) {
            return all.stream().map(formatter::format).toList();
        }
        InitiativeView[] views = new InitiativeView[all.size()];
        List<Integer> sliceStarts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            sliceStarts.add(from);
        }
        try {
            new Parallel(workers, "view").forEach(sliceStarts, from -> {
                for (int i = from; i < Math.min(all.size(), from + SLICE); i++) {
                    views[i] = formatter.format(all.get(i));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // formatting reads no files; only an interruption ends here
        }
        return List.of(views);
    }

    /** For each product, the platforms that enable it: one pass over all enables. */
    private static Map<String, List<Related>> enabledBy(Portfolio portfolio, Map<String, InitiativeFigures> byId) {
        Map<String, List<Related>> enabledBy = new HashMap<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            Initiative platform = figures.initiative();
            for (Enablement enablement : platform.enables()) {
                InitiativeFigures product = byId.get(enablement.productId());
                enabledBy.computeIfAbsent(enablement.productId(), id -> new ArrayList<>())
                        .add(new Related(platform.id(), platform.title(), PageName.of(platform.id()),
                                NumberFormats.percent(enablement.speedup()) + " sooner", platform.isDropped(),
                                Related.speedUpFrom(platform, product == null ? null : product.initiative())));
            }
        }
        return enabledBy;
    }

    /** Formats one initiative; kept apart so {@link #build} reads as the outline of the site. */
    private record InitiativeFormatter(
            MoneyFormat money,
            Sentences sentences,
            InitiativeStory story,
            LastBuildMemo<String, MarkdownRendering> summaries,
            LastBuildMemo<String, MarkdownRendering> briefSummaries,
            LastBuildMemo<CashFlowKey, List<CashFlowRow>> cashFlowTables,
            LastInitiativeViews lastViews,
            Map<String, InitiativeFigures> byId,
            Map<String, List<Related>> enabledBy,
            Map<String, KeyResultRef> keyResults,
            Map<String, Team> teams) {

        /** The initiative's view: the last build's when nothing it is formatted from changed. */
        InitiativeView format(InitiativeFigures figures) {
            Initiative initiative = figures.initiative();
            LastInitiativeViews.Inputs inputs = new LastInitiativeViews.Inputs(
                    figures,
                    initiative.owner() == null ? null : teams.get(initiative.owner()),
                    initiative.keyResults().stream().map(this::keyResult).toList(),
                    initiative.enables().stream().map(enablement -> enables(initiative, enablement)).toList(),
                    enabledBy.getOrDefault(initiative.id(), List.of()));
            return lastViews.get(inputs, this::formatFrom);
        }

        /**
         * Formats an initiative from its inputs and the plan's: what it reads of other initiatives
         * (through {@code story} too) must be in {@code inputs}, or a rebuild would show it stale.
         */
        private InitiativeView formatFrom(LastInitiativeViews.Inputs inputs) {
            InitiativeFigures figures = inputs.figures();
            Initiative initiative = figures.initiative();
            Team owner = inputs.owner();
            return new InitiativeView(
                    initiative.id(),
                    initiative.title(),
                    initiative.kind().yamlName(),
                    initiative.status().yamlName(),
                    owner != null ? owner.name() : initiative.owner(),
                    initiative.start().toString(),
                    initiative.end().toString(),
                    initiative.goLive().toString(),
                    initiative.duration(),
                    NumberFormats.number(initiative.effort(), 1),
                    figures.isDropped(),
                    moneyOrDash(figures.npv()),
                    figures.npv() != null && figures.npv() < 0,
                    moneyOrDash(figures.pvBenefits()),
                    moneyOrDash(figures.pvCosts()),
                    figures.roi() == null ? "—" : NumberFormats.percent(figures.roi()),
                    payback(figures),
                    // Done work can no longer wait: portfolio.json keeps SPEC's figures, pages show none.
                    initiative.isDone() ? "—" : moneyOrDash(figures.costOfDelay()),
                    costOfDelaySource(initiative),
                    initiative.isDone() ? "—" : moneyOrDash(figures.cd3()),
                    figures.quadrant() == null ? "—" : QuadrantName.of(figures.quadrant()),
                    figures.enablementValue() == null ? "—" : money.full(figures.enablementValue()),
                    story.enablesPlannedWork(initiative),
                    NumberFormats.number(initiative.value(), 1),
                    NumberFormats.number(initiative.riskReduction(), 1),
                    initiative.tags(),
                    initiative.links().entrySet().stream().map(e -> new Link(e.getKey(), e.getValue())).toList(),
                    initiative.summary() == null ? "" : summaries.get(initiative.summary()).text(),
                    initiative.summary() == null ? "" : briefSummaries.get(initiative.summary()).text(),
                    inputs.keyResults(),
                    inputs.enables(),
                    inputs.enabledBy(),
                    initiative.addresses().stream().map(AddressName::of).toList(),
                    sentences.write(story.tell(figures)),
                    figures.isDropped() ? null : "../charts/cashflow-" + initiative.id() + ".svg",
                    cashFlowTables.get(new CashFlowKey(money, figures.cashFlows())),
                    initiative.extensions());
        }

        /**
         * Whether the cost of delay is SPEC's default, the benefits at full rate, which is easy to
         * mistake for an estimate; for done work, why it shows none. The loader fills the default in,
         * so a figure equal to it counts as it.
         */
        private static String costOfDelaySource(Initiative initiative) {
            if (initiative.isDone()) {
                return "it is done, so it can no longer be delayed";
            }
            return initiative.costOfDelayIsItsBenefits() ? "its benefits at full rate" : "as estimated in its file";
        }

        /**
         * The payback quarter, else why there is none: the cumulative net never went below zero, it
         * did and is not back by the plan's end, or it did and no quarter at full rate brings anything
         * back ("never": "beyond the plan" would promise a payback later). portfolio.json says null for all three.
         */
        private static String payback(InitiativeFigures figures) {
            if (figures.isDropped()) {
                return "—";
            }
            if (figures.paybackQuarter() != null) {
                return figures.paybackQuarter().toString();
            }
            if (NetAtFullRate.neverPaysBack(figures)) {
                return "never";
            }
            // Work that starts after the plan's last quarter has no flows in view, not no need of payback.
            return figures.goesNegative() || figures.startsAfterThePlan() ? "beyond the plan" : "not needed";
        }

        private String moneyOrDash(Double amount) {
            return amount == null ? "—" : money.full(amount);
        }

        /** The key result named {@code reference}; one the strategy lacks (loading rejects it) by its reference. */
        private KeyResultRef keyResult(String reference) {
            KeyResultRef ref = keyResults.get(reference);
            if (ref != null) {
                return ref;
            }
            String objective = reference.substring(0, reference.indexOf('/'));
            return new KeyResultRef(reference, objective, objective, reference, "—", "okrs/index.html");
        }

        private Related enables(Initiative platform, Enablement enablement) {
            InitiativeFigures product = byId.get(enablement.productId());
            String title = product == null ? enablement.productId() : product.initiative().title();
            return new Related(enablement.productId(), title, PageName.of(enablement.productId()),
                    NumberFormats.percent(enablement.speedup()) + " sooner", product != null && product.isDropped(),
                    Related.speedUpFrom(platform, product == null ? null : product.initiative()));
        }

    }

    /** What a cash-flow table is formatted from; {@link MoneyFormat} compares by its symbol. */
    private record CashFlowKey(MoneyFormat money, List<CashFlow> flows) {
    }

    private static List<CashFlowRow> cashFlowRows(MoneyFormat money, List<CashFlow> flows) {
        List<CashFlowRow> rows = new ArrayList<>(flows.size());
        for (CashFlow flow : flows) {
            Quarter quarter = flow.quarter();
            rows.add(new CashFlowRow(quarter.toString(), money.full(flow.cost()), money.full(flow.benefit()),
                    money.full(flow.net()), money.full(flow.cumulativeNet())));
        }
        return List.copyOf(rows);
    }
}
