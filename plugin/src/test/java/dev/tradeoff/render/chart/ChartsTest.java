package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.LoadPoint;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.Sequencing;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.TeamType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What every chart must be: well-formed standalone SVG, accessible, and the same bytes every time. */
class ChartsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Every chart, with ordinary input and with the edge cases (empty, dropped, huge). */
    static Map<String, Supplier<String>> charts() {
        Map<String, Supplier<String>> charts = new LinkedHashMap<>();
        var all = ChartFixtures.small();
        charts.put("cash flow", () -> CashFlowChart.svg(all.get(0), "$"));
        charts.put("cash flow, in progress before the plan", () -> CashFlowChart.svg(all.get(2), "€"));
        charts.put("cash flow, dropped", () -> CashFlowChart.svg(all.get(3), "$"));
        charts.put("matrix", () -> ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(all), 5));
        charts.put("matrix, empty", () -> ValueRiskMatrixChart.svg(List.of(), 5));
        charts.put("matrix, 2000 initiatives", () -> ValueRiskMatrixChart.svg(ChartFixtures.large(2000), 5));
        charts.put("matrix, initiatives at the same scores", () -> ValueRiskMatrixChart.svg(ChartFixtures.sameScores(), 5));
        charts.put("matrix, awkward titles",
                () -> ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(ChartFixtures.awkwardTitles()), 5));
        charts.put("allocation", () -> AllocationChart.svg(ChartFixtures.allocation(120), 0.2, 0.3, 120));
        charts.put("allocation, empty", () -> AllocationChart.svg(List.of(), 0.2, 0.3, 120));
        charts.put("delay cost", () -> DelayCostChart.svg(ChartFixtures.sequencing(), all, "$"));
        charts.put("delay cost, with the order of platform work first", () -> DelayCostChart.svg(
                ChartFixtures.sequencing(), all, List.of("payments-platform", "checkout-v2", "regional-launch"), "$"));
        charts.put("delay cost, no candidates",
                () -> DelayCostChart.svg(new Sequencing(List.of(), 0, List.of(), 0, 0), all, "$"));
        charts.put("roadmap", () -> RoadmapChart.svg(all, ChartFixtures.START, ChartFixtures.HORIZON));
        charts.put("roadmap, empty", () -> RoadmapChart.svg(List.of(), ChartFixtures.START, 4));
        charts.put("roadmap, awkward titles",
                () -> RoadmapChart.svg(ChartFixtures.awkwardTitles(), ChartFixtures.START, ChartFixtures.HORIZON));
        charts.put("roadmap, 400 initiatives",
                () -> RoadmapChart.svg(ChartFixtures.large(400), ChartFixtures.START, ChartFixtures.HORIZON));
        charts.put("sparkline", () -> SparklineChart.svg(ChartFixtures.trend(), "#4f46e5"));
        charts.put("sparkline, one value", () -> SparklineChart.svg(new TreeMap<>(Map.of(ChartFixtures.START, 3.0)), "#0ea5e9"));
        charts.put("sparkline, empty", () -> SparklineChart.svg(new TreeMap<>(), "#0ea5e9"));
        charts.put("scale", () -> ScaleChart.svg(ChartFixtures.scale()));
        charts.put("scale, log", () -> ScaleChart.svg(ChartFixtures.scale(), true));
        charts.put("scale, no breach", () -> ScaleChart.svg(noBreach()));
        charts.put("team load", () -> TeamLoadChart.svg(ChartFixtures.teams(), ChartFixtures.START));
        charts.put("team load, long names", () -> TeamLoadChart.svg(ChartFixtures.longTeams(), ChartFixtures.START));
        charts.put("team load, no teams", () -> TeamLoadChart.svg(List.of(), ChartFixtures.START));
        charts.put("okrs", () -> OkrChart.svg(ChartFixtures.sampleObjectives()));
        charts.put("okrs, long titles", () -> OkrChart.svg(ChartFixtures.longObjectives()));
        charts.put("okrs, none", () -> OkrChart.svg(List.of()));
        return charts;
    }

    static Stream<Arguments> cases() {
        return charts().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isStandaloneAccessibleSvg(String name, Supplier<String> chart) throws Exception {
        String svg = chart.get();
        Document document = parse(svg);
        Element root = document.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isNotEmpty();
        Element title = (Element) root.getFirstChild();
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getTextContent()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isByteIdenticalAcrossCalls(String name, Supplier<String> chart) {
        assertThat(chart.get()).isEqualTo(chart.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ignoresTheDefaultLocale(String name, Supplier<String> chart) {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String reference = chart.get();
            Locale.setDefault(new Locale("tr", "TR"));
            assertThat(chart.get()).isEqualTo(reference);
            Locale.setDefault(Locale.GERMANY);
            assertThat(chart.get()).isEqualTo(reference);
            Locale.setDefault(new Locale("ar", "EG"));
            assertThat(chart.get()).isEqualTo(reference);
        } finally {
            Locale.setDefault(original);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesOnlyThePluginsFontAndIdsFromTheChartKey(String name, Supplier<String> chart) {
        String svg = chart.get();
        Matcher fonts = Pattern.compile("font-family: ([^;]+);").matcher(svg);
        while (fonts.find()) {
            assertThat(fonts.group(1)).isEqualTo("Liberation Sans, Arimo, Arial, Helvetica, sans-serif");
        }
        Matcher ids = Pattern.compile(" id='([^']*)'").matcher(svg);
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith("tc-");
        }
        assertThat(svg).doesNotContain("Gradient").doesNotContain("<image");
    }

    @Test
    void drawsTheSameInParallel() {
        Map<String, Supplier<String>> charts = charts();
        Map<String, String> sequential = new TreeMap<>();
        charts.forEach((name, chart) -> sequential.put(name, chart.get()));

        List<String> names = new ArrayList<>(charts.keySet());
        IntStream.range(0, names.size() * 4).parallel().forEach(i -> {
            String name = names.get(i % names.size());
            assertThat(charts.get(name).get()).as(name).isEqualTo(sequential.get(name));
        });
    }

    @Test
    void chartsOfDifferentInitiativesCanShareAPage() {
        var all = ChartFixtures.small();
        String a = CashFlowChart.svg(all.get(0), "$");
        String b = CashFlowChart.svg(all.get(1), "$");

        assertThat(ids(a)).isNotEmpty().doesNotContainAnyElementsOf(ids(b));
    }

    @Test
    void labelsMoneyAxesWithTheCurrencySymbol() {
        String svg = CashFlowChart.svg(ChartFixtures.small().get(0), "€");
        // Written as character references, which keep the SVG in Latin-1 (see ChartGraphics).
        assertThat(svg).contains(">&#x20ac;0<").contains(">&#x2212;&#x20ac;200k<").contains(">&#x20ac;400k<");
    }

    @Test
    void labelsTheMatrixPointsUntilItGetsCrowded() {
        String few = ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(ChartFixtures.small()), 5);
        assertThat(few).contains(">Payment processing platform<").contains(">Invest in both<")
                .contains(">Shore up the platform<").contains(">Ship product<").contains(">Deprioritize<");

        String crowded = ValueRiskMatrixChart.svg(ChartFixtures.large(200), 5);
        assertThat(crowded).doesNotContain("item-0001").contains(">Invest in both<");
    }

    @Test
    void initiativesWithTheSameScoresGetBubblesOfTheirOwn() throws Exception {
        // partner-api and instant-payouts at (8, 3), three at (5, 5): one bubble each, none under another.
        // Each bubble is drawn twice, filled and outlined: the centres of six bubbles.
        assertThat(bubbleCentres(parse(ValueRiskMatrixChart.svg(ChartFixtures.sameScores(), 5)))).hasSize(6);
    }

    @Test
    void aLabelPutAwayFromItsBubbleIsJoinedToItByALine() throws Exception {
        // Six bubbles at two points: some labels cannot sit beside their own bubble.
        Document matrix = parse(ValueRiskMatrixChart.svg(ChartFixtures.sameScores(), 5));
        List<double[]> circles = new ArrayList<>();
        for (Element bubble : elements(matrix, "ellipse")) {
            double r = Double.parseDouble(bubble.getAttribute("rx"));
            if (r > 4) {
                circles.add(new double[] {Double.parseDouble(bubble.getAttribute("cx")),
                        Double.parseDouble(bubble.getAttribute("cy")), r});
            }
        }
        int leaders = 0;
        for (Element line : elements(matrix, "line")) {
            double x1 = Double.parseDouble(line.getAttribute("x1"));
            double y1 = Double.parseDouble(line.getAttribute("y1"));
            double x2 = Double.parseDouble(line.getAttribute("x2"));
            double y2 = Double.parseDouble(line.getAttribute("y2"));
            // A leader starts on a bubble's edge and runs out from it, more than 8 px.
            for (double[] c : circles) {
                if (Math.abs(Math.hypot(x1 - c[0], y1 - c[1]) - c[2]) < 0.05
                        && Math.hypot(x2 - c[0], y2 - c[1]) > c[2] + 8) {
                    leaders++;
                    break;
                }
            }
        }
        assertThat(leaders).isPositive();
    }

    /** The centres of the matrix's bubbles: each is drawn twice, filled and outlined, at one centre. */
    private static Set<List<Double>> bubbleCentres(Document matrix) {
        Set<List<Double>> centres = new HashSet<>();
        for (Element bubble : elements(matrix, "ellipse")) {
            if (Double.parseDouble(bubble.getAttribute("rx")) > 4) { // the legend's markers are 4 px
                centres.add(List.of(Double.parseDouble(bubble.getAttribute("cx")),
                        Double.parseDouble(bubble.getAttribute("cy"))));
            }
        }
        return centres;
    }

    @Test
    void leavesDroppedInitiativesOutOfTheMatrix() {
        String svg = ValueRiskMatrixChart.svg(ChartFixtures.small(), 5);
        assertThat(svg).doesNotContain("Loyalty programme").contains("5 initiatives");
    }

    @Test
    void showsStatusInRoadmapRows() {
        String svg = RoadmapChart.svg(ChartFixtures.small(), ChartFixtures.START, ChartFixtures.HORIZON);
        assertThat(svg).contains(">Loyalty programme \u00b7 dropped<").contains(">Checkout redesign \u00b7 proposed<");

        String large = RoadmapChart.svg(ChartFixtures.large(400), ChartFixtures.START, ChartFixtures.HORIZON);
        assertThat(large).doesNotContain("item-0001");
        int height = Integer.parseInt(large.replaceAll("(?s).*viewBox='0 0 \\d+ (\\d+)'.*", "$1"));
        assertThat(height).isLessThanOrEqualTo(3500);
    }

    /** The right-hand quadrants' names end at the plot's edge in the browser too: anchored at their end. */
    @Test
    void theMatrixsRightHandQuadrantNamesAreAnchoredAtTheirEnd() throws Exception {
        Document matrix = parse(ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(ChartFixtures.small()), 5));

        Map<String, String> anchors = new TreeMap<>();
        for (Element text : elements(matrix, "text")) {
            String anchor = "start";
            for (Node at = text; at instanceof Element element; at = at.getParentNode()) {
                if (element.hasAttribute("text-anchor")) {
                    anchor = element.getAttribute("text-anchor");
                    break;
                }
            }
            anchors.put(text.getTextContent(), anchor);
        }
        assertThat(anchors).containsEntry("Invest in both", "end").containsEntry("Ship product", "end")
                .containsEntry("Shore up the platform", "start").containsEntry("Deprioritize", "start");
    }

    /** A roadmap taller than two screens names its quarters above the rows as well as below them. */
    @Test
    void aTallRoadmapHasItsQuartersAtTheTopToo() {
        Pattern quarterLabel = Pattern.compile(">(\\d{4}-Q\\d)</text>");
        for (int n : new int[] {400, 5}) {
            String svg = n == 5 ? RoadmapChart.svg(ChartFixtures.small(), ChartFixtures.START, ChartFixtures.HORIZON)
                    : RoadmapChart.svg(ChartFixtures.large(n), ChartFixtures.START, ChartFixtures.HORIZON);
            Map<String, Integer> times = new TreeMap<>();
            Matcher label = quarterLabel.matcher(svg);
            while (label.find()) {
                times.merge(label.group(1), 1, Integer::sum);
            }
            assertThat(times).as("%d initiatives", n).isNotEmpty();
            assertThat(times.values()).as("%d initiatives: %s", n, times).containsOnly(n == 5 ? 1 : 2);
        }
    }

    /** A bar starts where its quarter starts: the roadmap's lines are there, not through the labels in the middle. */
    @Test
    void theRoadmapsLinesMarkWhereQuartersOrOverLongSpansYearsBegin() {
        assertThat(RoadmapChart.boundaries(Quarter.parse("2027-Q1"), Quarter.parse("2027-Q4")))
                .containsExactly(Quarter.parse("2027-Q2"), Quarter.parse("2027-Q3"), Quarter.parse("2027-Q4"));
        assertThat(RoadmapChart.boundaries(Quarter.parse("2027-Q3"), Quarter.parse("2027-Q3"))).isEmpty();
        // 2026-Q2 to 2030-Q3 is 18 quarters: only the years' first quarters.
        assertThat(RoadmapChart.boundaries(Quarter.parse("2026-Q2"), Quarter.parse("2030-Q3")))
                .containsExactly(Quarter.parse("2027-Q1"), Quarter.parse("2028-Q1"), Quarter.parse("2029-Q1"),
                        Quarter.parse("2030-Q1"));
    }

    @Test
    void theMatrixAndTheRoadmapNameInitiativesByTitleAsThePagesDo() throws Exception {
        List<InitiativeFigures> all = ChartFixtures.small();
        List<String> matrix = texts(parse(ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(all), 5)));
        List<String> roadmap = texts(parse(RoadmapChart.svg(all, ChartFixtures.START, ChartFixtures.HORIZON)));

        assertThat(matrix).contains("Payment processing platform", "Checkout redesign", "Observability and SLOs",
                "EU expansion", "Legacy billing retirement");
        assertThat(roadmap).contains("Payment processing platform \u00b7 committed", "Checkout redesign \u00b7 proposed",
                "Observability and SLOs \u00b7 in-progress", "Loyalty programme \u00b7 dropped",
                "EU expansion \u00b7 proposed", "Legacy billing retirement \u00b7 done");
        for (InitiativeFigures figures : all) {
            assertThat(matrix).as("matrix").noneMatch(text -> text.contains(figures.id()));
            assertThat(roadmap).as("roadmap").noneMatch(text -> text.contains(figures.id()));
        }
    }

    @Test
    void initiativesWithTheSameTitleKeepABubbleAndARowEachAndAreToldApartByTheirIds() throws Exception {
        // checkout-v2 and regional-launch are both "Checkout redesign".
        List<InitiativeFigures> all = ChartFixtures.awkwardTitles();
        Document matrix = parse(ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(all), 5));
        List<String> roadmap = texts(parse(RoadmapChart.svg(all, ChartFixtures.START, ChartFixtures.HORIZON)));

        assertThat(texts(matrix)).contains("Checkout redesign (checkout-v2)", "Checkout redesign (regional-launch)");
        assertThat(bubbleCentres(matrix)).hasSize(5);
        assertThat(roadmap).contains("Checkout redesign (checkout-v2) \u00b7 proposed",
                "Checkout redesign (regional-launch) \u00b7 proposed");
        assertThat(roadmap).filteredOn(text -> text.contains(" \u00b7 ")).as("one row per initiative").hasSize(6);
    }

    @Test
    void aLongTitleEndsAfterAWholeWordThatFitsTheLabelsWidth() throws Exception {
        List<InitiativeFigures> all = ChartFixtures.awkwardTitles();
        String matrix = label(texts(parse(ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(all), 5))),
                " (payments-platform)");
        String roadmap = label(texts(parse(RoadmapChart.svg(all, ChartFixtures.START, ChartFixtures.HORIZON))),
                " (payments-platform) \u00b7 committed");

        assertShortened(matrix, ValueRiskMatrixChart.LABEL_WIDTH, ChartStyle.font(10));
        assertShortened(roadmap, RoadmapChart.LABEL_WIDTH, ChartStyle.font(11));
        assertThat(roadmap.length()).as("the roadmap's rows have more room").isGreaterThan(matrix.length());
    }

    /** {@code label}: a whole-word start of the long title, then "…", no wider than {@code width} in {@code font}. */
    private static void assertShortened(String label, int width, java.awt.Font font) {
        assertThat(label).endsWith("\u2026");
        String kept = label.substring(0, label.length() - 1);
        assertThat(ChartFixtures.LONG_TITLE).startsWith(kept + " ");
        // Measured as JFreeChart measures text on the canvas (TextUtils.getTextBounds).
        org.jfree.svg.SVGGraphics2D g2 = new org.jfree.svg.SVGGraphics2D(1, 1);
        double measured = g2.getFontMetrics(font).getStringBounds(label, g2).getWidth();
        assertThat(measured).isLessThanOrEqualTo(width).isGreaterThan(width / 2.0);
    }

    /** The text among {@code texts} that ends with {@code suffix}, without it. */
    private static String label(List<String> texts, String suffix) {
        List<String> labels = texts.stream().filter(text -> text.endsWith(suffix)).toList();
        assertThat(labels).as("a label ending with %s", suffix).hasSize(1);
        return labels.get(0).substring(0, labels.get(0).length() - suffix.length());
    }

    @Test
    void titlesAreEscapedInTheMatrixAndTheRoadmap() throws Exception {
        List<InitiativeFigures> all = ChartFixtures.awkwardTitles();
        String matrix = ValueRiskMatrixChart.svg(ChartFixtures.nonDropped(all), 5);
        String roadmap = RoadmapChart.svg(all, ChartFixtures.START, ChartFixtures.HORIZON);

        // Parsing fails on a bare < or &; the text reads back as it was written.
        assertThat(texts(parse(matrix))).contains(ChartFixtures.MARKUP_TITLE + " (observability)");
        assertThat(texts(parse(roadmap))).contains(ChartFixtures.MARKUP_TITLE + " (observability) \u00b7 in-progress");
        assertThat(matrix).contains(">R&amp;D &lt;fast&gt; &quot;track&quot; &amp; &apos;ops&apos; (observability)<");
        assertThat(roadmap).contains(">R&amp;D &lt;fast&gt; &quot;track&quot; &amp; &apos;ops&apos; (observability)");
    }

    @Test
    void roadmapStopsGrowingBeyondItsRowCap() {
        String atCap = RoadmapChart.svg(ChartFixtures.large(RoadmapChart.MAX_ROWS), ChartFixtures.START,
                ChartFixtures.HORIZON);
        String beyond = RoadmapChart.svg(ChartFixtures.large(4 * RoadmapChart.MAX_ROWS + 1), ChartFixtures.START,
                ChartFixtures.HORIZON);

        // 2 px a row, 9 rows (18 px) of room above the first for the plan-start label, and 24 px for
        // the quarters above the rows.
        assertThat(height(atCap)).isEqualTo(90 + 24 + 2 * (RoadmapChart.MAX_ROWS + 9));
        assertThat(height(beyond)).isLessThanOrEqualTo(height(atCap));
        assertThat(beyond).contains("each row is up to 5 initiatives in start order");
        assertThat(atCap).doesNotContain("each row is");
        // One bar per kind and row at most: the file is bounded by the rows, not the initiatives.
        assertThat(count(beyond, "<path")).isLessThan(3 * RoadmapChart.MAX_ROWS + 100);
    }

    @Test
    void matrixGroupsNeighboursBeyondItsBubbleCap() {
        List<InitiativeFigures> many = ChartFixtures.nonDropped(
                ChartFixtures.large(2 * ValueRiskMatrixChart.MAX_BUBBLES));
        String svg = ValueRiskMatrixChart.svg(many, 5);

        assertThat(many).hasSizeGreaterThan(ValueRiskMatrixChart.MAX_BUBBLES);
        assertThat(svg).contains(many.size() + " initiatives")
                .contains("each bubble is the initiatives of one kind within 0.25 points of each other");
        int bubbles = Integer.parseInt(svg.replaceAll("(?s).*\\((\\d+) bubbles\\).*", "$1"));
        assertThat(bubbles).isLessThan(many.size()).isLessThanOrEqualTo(2 * 41 * 41);
    }

    @Test
    void groupedBubblesKeepTheirMembersTotalEffortAndMeanScores() {
        List<Bubble> grouped = Bubble.grouped(List.of(
                new Bubble("a", Kind.PLATFORM, 1.0, 2.0, 10),
                new Bubble("b", Kind.PLATFORM, 1.2, 2.2, 30),
                new Bubble("c", Kind.PRODUCT, 1.1, 2.1, 5),
                new Bubble("d", Kind.PLATFORM, 1.3, 2.0, 7)), 0.25);

        assertThat(grouped).containsExactly(
                new Bubble("PLATFORM-004-008", Kind.PLATFORM, 1.1, 2.1, 40),
                new Bubble("PLATFORM-005-008", Kind.PLATFORM, 1.3, 2.0, 7),
                new Bubble("PRODUCT-004-008", Kind.PRODUCT, 1.1, 2.1, 5));
    }

    private static int height(String svg) {
        return Integer.parseInt(svg.replaceAll("(?s).*viewBox='0 0 \\d+ (\\d+)'.*", "$1"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theDelayCostChartDrawsTheOrderWithPlatformWorkFirstOnlyWhenThereIsOne() {
        var all = ChartFixtures.small();
        String two = DelayCostChart.svg(ChartFixtures.sequencing(), all, "$");
        String three = DelayCostChart.svg(ChartFixtures.sequencing(), all,
                List.of("payments-platform", "checkout-v2", "regional-launch"), "$");

        assertThat(two).doesNotContain("platform work first").doesNotContain("stroke-dasharray");
        assertThat(three).contains("CD3, platform work first ($").contains("and CD3 with platform work first $")
                .contains("stroke-dasharray");
    }

    @Test
    void marksTheBreachQuarterAsWhereLoadPassesTheHeadroomNotTheCapacity() {
        ScaleProjection projection = ChartFixtures.scale();
        String headroom = PercentAxisFormat.INSTANCE.format(projection.scale().headroom());
        assertThat(ScaleChart.svg(projection)).contains(">" + headroom + " reached " + projection.breachQuarter() + "<")
                .doesNotContain(">Breach")
                // The line is named as the pages name it: "a limit of 16,000 (80% of capacity)".
                .contains(">Limit " + headroom + " (").doesNotContain("Headroom");
        assertThat(ScaleChart.svg(noBreach())).doesNotContain(" reached ");
    }

    @Test
    void theProjectionsRateIsWrittenAsThePagesSentencesWriteIt() {
        // 11.5% a quarter: "growing 12% a quarter" on the page, so "+12%" in the legend, not "+11.5%".
        assertThat(ScaleChart.svg(ChartFixtures.scale())).contains(">Projected (+12% per quarter)<");
    }

    @Test
    void namesTheOverloadedTeamsPeakAsTheTeamsTableDoes() {
        String svg = TeamLoadChart.svg(ChartFixtures.teams(), ChartFixtures.START);
        assertThat(svg).contains(">133% in 2027-Q3<").contains(">no capacity<").contains("1 overloaded");
    }

    @Test
    void peakLabelsSitInsideTheBarsTheyFitInWrittenInAColourThatReadsThere() {
        // 60 teams at 2%, 4%, …, 120%: bars thick enough for a label, long enough from about 30%.
        String svg = TeamLoadChart.svg(ChartFixtures.manyTeams(60), ChartFixtures.START);

        assertThat(textFill(svg, "60% in 2027-Q1")).as("inside a slate bar").isEqualTo("rgb(255,255,255)");
        assertThat(textFill(svg, "120% in 2027-Q1")).as("after a red part too short").isEqualTo("rgb(55,65,81)");
        assertThat(textFill(svg, "2% in 2027-Q1")).as("after a bar too short").isEqualTo("rgb(55,65,81)");
        // 133%: the red third beyond the capacity holds the label, once (not on the part before it too).
        String four = TeamLoadChart.svg(ChartFixtures.teams(), ChartFixtures.START);
        assertThat(textFill(four, "133% in 2027-Q3")).as("inside a red part").isEqualTo("rgb(17,24,39)");
        assertThat(four.split(">133% in 2027-Q3<", -1)).hasSize(2);
        // The capacity line is drawn before the bars, so it runs behind them and their labels.
        assertThat(svg.indexOf(">Capacity<")).isLessThan(svg.indexOf(">60% in 2027-Q1<"));
    }

    /** The fill of the style class of the text element that says {@code text}. */
    private static String textFill(String svg, String text) {
        Matcher element = Pattern.compile("<text [^>]*class='(s\\w+)'>" + Pattern.quote(text) + "<").matcher(svg);
        assertThat(element.find()).as("a text element saying %s", text).isTrue();
        Matcher style = Pattern.compile("\\." + element.group(1) + "\\{[^}]*?fill: ?(rgb\\([0-9,]+\\))").matcher(svg);
        assertThat(style.find()).as("the fill of class %s", element.group(1)).isTrue();
        return style.group(1);
    }

    @Test
    void aPaybackInTheLastQuarterIsLabelledLeftOfItsLineNotCutOffAtTheEdge() {
        // Starts in 2029-Q3, the plan's second-last quarter; pays back at go-live in 2029-Q4, the last.
        InitiativeFigures late = ChartFixtures.figures(ChartFixtures.initiative("late", Kind.PRODUCT,
                Status.PROPOSED, "2029-Q3", 1, 4, 5, 5, 400_000));
        assertThat(late.paybackQuarter()).hasToString("2029-Q4");

        // Anchored at its end (see ChartGraphics.drawingMarkers): x is where the label ends.
        Matcher label = Pattern.compile("<g text-anchor='end'><g><text x='([0-9.]+)'[^>]*>Payback 2029-Q4<")
                .matcher(CashFlowChart.svg(late, "$"));

        assertThat(label.find()).isTrue();
        // The plot ends at x = 704 of 720 and the line is in the middle of the last quarter, about
        // 20 px before it: the label ends before the line.
        assertThat(Double.parseDouble(label.group(1))).isLessThan(704 - 20);
    }

    @Test
    void teamsAreDrawnInTheTeamsTablesOrder() {
        // ChartFixtures.teams(), written payments-core, checkout, data, growth: checkout peaks at
        // 16 / 12 = 133%, payments-core at 12 / 19.2 = 62.5%, growth at 0%; data has no capacity.
        String svg = TeamLoadChart.svg(ChartFixtures.teams(), ChartFixtures.START);

        assertThat(Stream.of(">Checkout<", ">Payments core<", ">Growth<", ">Data platform<").map(svg::indexOf))
                .allMatch(at -> at >= 0).isSorted();
    }

    @Test
    void aTeamWithWorkAndNoPeopleIsAmongTheBarsHoweverManyTeamsThereAre() {
        // 100 teams peaking at 2% … 200%, and one with no people that owns 6 pm: the table lists it
        // first, so the chart must not leave it out with the 40 least loaded.
        List<TeamLoad> teams = new ArrayList<>(ChartFixtures.manyTeams(100));
        teams.add(ChartFixtures.team("ghost", "Ghost team", TeamType.STREAM_ALIGNED, 0, 0.8, new double[] {6, 0}));

        String svg = TeamLoadChart.svg(teams, ChartFixtures.START);

        assertThat(svg).contains(">Ghost team<", ">Team 100<", ">Team 042<").doesNotContain(">Team 041<");
        assertThat(svg.indexOf(">Ghost team<")).isLessThan(svg.indexOf(">Team 100<"));
    }

    @Test
    void manyTeamsShowTheSixtyMostLoaded() throws Exception {
        String svg = TeamLoadChart.svg(ChartFixtures.manyTeams(100), ChartFixtures.START);

        // Peaks 2% to 200%: the 50 teams above 100% are overloaded; 200% down to 82% are shown.
        assertThat(svg).contains("<title>Peak utilisation of the 60 most loaded of 100 teams against capacity,"
                + " 50 overloaded</title>");
        assertThat(svg).contains(">Team 100<", ">Team 041<").doesNotContain(">Team 040<", ">Team 001<");
        assertThat(parse(svg).getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 720 " + (80 + 60 * 30));
        assertThat(TeamLoadChart.svg(ChartFixtures.manyTeams(60), ChartFixtures.START))
                .contains("Peak utilisation of 60 teams against capacity, 10 overloaded", ">Team 001<");
    }

    @Test
    void teamNamesWrapAtSpacesIntoWholeLinesAndTheRowsGrowToHoldThem() throws Exception {
        String svg = TeamLoadChart.svg(ChartFixtures.longTeams(), ChartFixtures.START);
        List<String> texts = texts(parse(svg));

        // JFreeChart's own wrapping took two lines and cut the second mid-word ("(hosted pages, one-cli...").
        assertThat(linesOf(texts, ChartFixtures.CHECKOUT_LONG)).hasSize(TeamLoadChart.LABEL_LINES);
        assertThat(linesOf(texts, "Payments core")).hasSize(1);
        assertThat(linesOf(texts, "Growth")).hasSize(1);
        assertThat(texts).noneMatch(text -> text.contains("..."));
        assertThat(height(svg)).as("three lines need taller rows than one").isGreaterThan(80 + 4 * 30);
        // The bars keep their labels, and the capacity line stays behind them.
        assertThat(svg).contains(">133% in 2027-Q3<", ">no capacity<");
        assertThat(svg.indexOf(">Capacity<")).isLessThan(svg.indexOf(">133% in 2027-Q3<"));
    }

    @Test
    void aTeamNameTooLongForItsLinesEndsAfterAWholeWordAndKeepsItsFullNameAsATooltip() throws Exception {
        Map<String, List<String>> shortened = shortenedLabels(parse(TeamLoadChart.svg(ChartFixtures.longTeams(),
                ChartFixtures.START)));

        assertThat(shortened).containsOnlyKeys(ChartFixtures.DATA_LONG);
        List<String> lines = shortened.get(ChartFixtures.DATA_LONG);
        assertThat(lines).hasSize(TeamLoadChart.LABEL_LINES);
        assertThat(lines.get(2)).endsWith("\u2026");
        // The last word kept is whole: a space follows it, or the punctuation the ellipsis replaces.
        assertThat(ChartFixtures.DATA_LONG).matches(Pattern.quote(String.join(" ", lines).replace("\u2026", ""))
                + "[,;:]? .*");
    }

    @Test
    void shortTeamNamesKeepTheUsualRows() throws Exception {
        String svg = TeamLoadChart.svg(ChartFixtures.teams(), ChartFixtures.START);

        assertThat(height(svg)).isEqualTo(80 + 4 * 30);
        assertThat(svg).as("nothing shortened, so no tooltips").doesNotContain("<g><title>");
    }

    @Test
    void rowsThatShareANameAddTheirIds() {
        assertThat(ChartStyle.rowLabels(List.of("a", "b"), id -> "Team " + id.length(), id -> id))
                .containsExactly("Team 1 (a)", "Team 1 (b)");
        assertThat(ChartStyle.rowLabels(List.of("a", "bb"), id -> "Team " + id.length(), id -> id))
                .containsExactly("Team 1", "Team 2");
    }

    @Test
    void manyObjectivesShowTheSixtyLowestScores() throws Exception {
        String svg = OkrChart.svg(ChartFixtures.manyObjectives(100));

        assertThat(svg).contains("<title>Scores of the 60 lowest-scoring of 100 objectives against the on-track"
                + " and at-risk lines</title>");
        // Rows are named by the objectives' titles: "Objective 1" is objective-001.
        assertThat(svg).contains(">Objective 1<", ">Objective 60<").doesNotContain(">Objective 61<", ">objective-001<");
        assertThat(parse(svg).getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 720 " + (90 + 60 * 30));
        assertThat(OkrChart.svg(ChartFixtures.manyObjectives(60))).contains("Scores of 60 objectives", ">Objective 60<");
    }

    @Test
    void objectiveTitlesWrapAtSpacesIntoWholeLines() throws Exception {
        List<ObjectiveScore> objectives = ChartFixtures.sampleObjectives();
        String svg = OkrChart.svg(objectives);
        List<String> texts = texts(parse(svg));

        for (ObjectiveScore objective : objectives) {
            String title = objective.objective().objective();
            assertThat(linesOf(texts, title)).as(title).isNotEmpty().hasSizeLessThanOrEqualTo(OkrChart.LABEL_LINES);
        }
        assertThat(texts).noneMatch(text -> text.contains("...") || text.contains("\u2026"));
        assertThat(svg).as("nothing shortened, so no tooltips").doesNotContain("<g><title>");
        assertThat(height(svg)).as("two lines fit the usual rows").isEqualTo(90 + 4 * 30);
    }

    @Test
    void aTitleTooLongForItsLinesEndsAfterAWholeWordAndKeepsItsFullTextAsATooltip() throws Exception {
        String svg = OkrChart.svg(ChartFixtures.longObjectives());
        Document document = parse(svg);
        Map<String, List<String>> shortened = shortenedLabels(document);

        String cost = ChartFixtures.longObjectives().get(2).objective().objective();
        String word = ChartFixtures.longObjectives().get(3).objective().objective();
        assertThat(shortened).containsOnlyKeys(cost, word);
        List<String> lines = shortened.get(cost);
        assertThat(lines).hasSize(OkrChart.LABEL_LINES);
        assertThat(lines.get(2)).endsWith("\u2026");
        assertThat(cost).startsWith(String.join(" ", lines).replace("\u2026", "") + " ");
        assertThat(shortened.get(word)).singleElement().asString().endsWith("\u2026");
        // Three lines need taller rows than two.
        String threeLines = ChartFixtures.longObjectives().get(1).objective().objective();
        assertThat(linesOf(texts(document), threeLines)).hasSize(3);
        assertThat(height(svg)).isGreaterThan(90 + 4 * 30);
    }

    @Test
    void givesTheSparklineAFixedSmallSize() throws Exception {
        Element root = parse(SparklineChart.svg(ChartFixtures.trend(), "#10b981")).getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("120");
        assertThat(root.getAttribute("height")).isEqualTo("32");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 120 32");
    }

    @Test
    void escapesTheTitle() throws Exception {
        var figures = ChartFixtures.figures(ChartFixtures.initiative("x", dev.tradeoff.model.Kind.PRODUCT,
                dev.tradeoff.model.Status.PROPOSED, "2027-Q1", 1, 1, 5, 5, 1));
        var tricky = new dev.tradeoff.analysis.InitiativeFigures(
                new dev.tradeoff.model.Initiative("x", "R&D <fast> \"track\"", figures.initiative().kind(), null,
                        figures.initiative().status(), figures.initiative().start(), 1, 1,
                        figures.initiative().oneOffCost(), figures.initiative().runCost(), List.of(),
                        figures.initiative().costOfDelay(), 5, 5, List.of(), List.of(), List.of(), "", List.of(),
                        Map.of(), Map.of(), "x.yaml"),
                figures.cashFlows(), 0.0, 0.0, 0.0, null, null, 0.0, 0.0, null, null);
        Document document = parse(CashFlowChart.svg(tricky, "$"));
        assertThat(document.getDocumentElement().getFirstChild().getTextContent()).contains("R&D <fast> \"track\"");
    }

    private static ScaleProjection noBreach() {
        TreeMap<Quarter, Double> history = new TreeMap<>(Map.of(Quarter.parse("2026-Q1"), 100.0,
                Quarter.parse("2026-Q2"), 101.0, Quarter.parse("2026-Q4"), 102.0));
        List<LoadPoint> loads = new ArrayList<>();
        history.forEach((q, v) -> loads.add(new LoadPoint(q, v, false)));
        for (int n = 1; n <= 40; n++) {
            loads.add(new LoadPoint(Quarter.parse("2026-Q4").plus(n), 102 * Math.pow(1.005, n), true));
        }
        return new ScaleProjection(new Scale("Requests", null, 1_000_000, 0.8, history, 0.005), 0.005, null,
                List.of(), loads);
    }

    private static List<String> ids(String svg) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile(" id='([^']*)'").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The text of every {@code <text>} element, in document order. */
    private static List<String> texts(Document document) {
        return elements(document, "text").stream().map(Element::getTextContent).toList();
    }

    /** The lines among {@code texts}, one after another, that together spell {@code title}; none if none do. */
    private static List<String> linesOf(List<String> texts, String title) {
        for (int i = 0; i < texts.size(); i++) {
            List<String> lines = new ArrayList<>();
            String joined = "";
            for (int j = i; j < texts.size(); j++) {
                String next = lines.isEmpty() ? texts.get(j) : joined + " " + texts.get(j);
                if (!title.startsWith(next)) {
                    break;
                }
                lines.add(texts.get(j));
                joined = next;
                if (joined.equals(title)) {
                    return lines;
                }
            }
        }
        return List.of();
    }

    private static List<Element> elements(Node parent, String name) {
        NodeList nodes = parent instanceof Document document ? document.getElementsByTagNameNS(SVG_NS, name)
                : ((Element) parent).getElementsByTagNameNS(SVG_NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element firstElement(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each label the chart shortened, by its full text (the tooltip heading its group), with the lines drawn. */
    private static Map<String, List<String>> shortenedLabels(Document document) {
        Map<String, List<String>> shortened = new LinkedHashMap<>();
        for (Element group : elements(document, "g")) {
            Element first = firstElement(group);
            if (first != null && first.getLocalName().equals("title")) {
                shortened.put(first.getTextContent(), elements(group, "text").stream().map(Element::getTextContent)
                        .toList());
            }
        }
        return shortened;
    }
}
