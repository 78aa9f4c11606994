package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGUtils;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The chart canvas: no clip that cuts nothing, each other clip written once around what it clips,
 * text beyond Latin-1 as character references, dots as ellipses.
 */
class ChartGraphicsTest {

    @Test
    void aDrawnChartNamesNoClipThatCutsNothing() {
        String svg = CashFlowChart.svg(ChartFixtures.small().get(0), "$");

        assertThat(svg).doesNotContain("M0,0L720,0L720,320L0,320L0,0Z").doesNotContain("L720,320")
                .contains("<clipPath id=").contains("clip-path=");
    }

    @Test
    void theAxesMinusSignIsACharacterReferenceAndTheSvgStaysLatin1() {
        String svg = CashFlowChart.svg(ChartFixtures.small().get(0), "€");

        assertThat(svg).contains(">&#x2212;&#x20ac;").doesNotContain("\u2212").doesNotContain("\u0001");
        assertThat(svg.chars()).allMatch(c -> c <= 0xff);
    }

    @Test
    void everyTextReadsBackAsItWasWritten() throws Exception {
        String[] texts = {"plain", "Café", "−$1.2M", "€ → ✓ 日本", "😀 two halves", "", "<&'\">"};
        for (String text : texts) {
            String restored = ChartGraphics.restore(SVGUtils.escapeForXML(ChartGraphics.mark(text)));
            assertThat(xmlText(restored)).as(text).isEqualTo(text);
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeTheReplacementCharacterSoTheSvgIsAlwaysXml() throws Exception {
        // The marker itself (U+0001) is one of them: it is never written as text.
        String restored = ChartGraphics.restore(SVGUtils.escapeForXML(ChartGraphics.mark("a\u0001b\u0007c\td\uD800e")));

        assertThat(xmlText(restored)).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFDe");
    }

    @Test
    void aChartWithUnicodeInItsLegendAndTitleIsWellFormed() throws Exception {
        XYSeries series = new XYSeries("Coûts € → ✓", false, false);
        series.add(1, -2_000_000);
        series.add(2, 3_000_000);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), new NumberAxis("Quartier"),
                ChartStyle.moneyAxis("Montant", "€"), new XYLineAndShapeRenderer());
        JFreeChart chart = new JFreeChart(plot);

        String svg = SvgChart.toSvg(chart, "unicode", 400, 200, "Flux de trésorerie → 2027 \u0001");

        Document document = parse(svg);
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Flux de trésorerie → 2027 \uFFFD");
        assertThat(document.getDocumentElement().getTextContent()).contains("Coûts € → ✓", "\u2212€2M");
        assertThat(svg.chars()).allMatch(c -> c <= 0xff);
    }

    @Test
    void aPathThatIsAnEllipsesOutlineIsWrittenAsAnEllipse() {
        // What JFreeChart does to a point's shape: it moves it into place, which makes it a path.
        Shape moved = AffineTransform.getTranslateInstance(90.5, 185.25)
                .createTransformedShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        assertThat(moved).isInstanceOf(Path2D.class);

        assertThat(ChartGraphics.asEllipse((Path2D) moved)).isInstanceOfSatisfying(Ellipse2D.class, e -> {
            assertThat(e.getCenterX()).isEqualTo(90.5);
            assertThat(e.getCenterY()).isEqualTo(185.25);
            assertThat(e.getWidth()).isEqualTo(5);
        });
    }

    @Test
    void otherPathsStayPaths() {
        Path2D square = new Path2D.Double(new Rectangle2D.Double(0, 0, 5, 5));
        Path2D bulge = new Path2D.Double();
        bulge.moveTo(5, 2.5);
        for (int i = 0; i < 4; i++) {
            bulge.curveTo(5, 4, 4, 5, 2.5, 5); // four curves in a 5 × 5 box, but not a circle's
        }
        bulge.closePath();

        assertThat(ChartGraphics.asEllipse(square)).isSameAs(square);
        assertThat(ChartGraphics.asEllipse(bulge)).isSameAs(bulge);
    }

    @Test
    void theCashFlowDotsAreEllipses() {
        String svg = CashFlowChart.svg(ChartFixtures.small().get(0), "$");

        assertThat(svg).contains("<ellipse cx=").doesNotContainPattern("d='[^']*C"); // no curves left
    }

    @Test
    void theCashFlowChartNamesItsPlotsClipOnceAroundEveryDotButTheLegends() throws Exception {
        String svg = CashFlowChart.svg(ChartFixtures.small().get(0), "$");

        Element root = parse(svg).getDocumentElement();
        NodeList dots = root.getElementsByTagName("ellipse");
        int clipped = 0;
        for (int i = 0; i < dots.getLength(); i++) {
            clipped += clipOf(dots.item(i)) != null ? 1 : 0;
        }
        assertThat(dots.getLength()).isGreaterThan(2);
        assertThat(clipped).isEqualTo(dots.getLength() - 1);
        assertThat(svg.split("clip-path=", -1)).hasSize(2);
        assertThat(root.getElementsByTagName("clipPath").getLength()).isEqualTo(1);
    }

    @Test
    void aClipIsAGroupAroundWhatIsDrawnWhileItHoldsAndIsDefinedOnce() {
        ChartGraphics g2 = canvas();
        g2.fill(new Rectangle2D.Double(0, 0, 1, 1));
        g2.clip(new Rectangle2D.Double(10, 10, 20, 20));
        g2.fill(new Rectangle2D.Double(1, 1, 1, 1));
        g2.clip(new Rectangle2D.Double(10, 10, 20, 20)); // the same clip again: the same group
        g2.fill(new Rectangle2D.Double(2, 2, 1, 1));
        g2.setClip(null);
        g2.fill(new Rectangle2D.Double(3, 3, 1, 1));
        g2.setClip(new Rectangle2D.Double(10, 10, 20, 20)); // used before: the same definition
        g2.fill(new Rectangle2D.Double(4, 4, 1, 1));

        String defs = g2.clipPathDefinitions();
        String drawn = drawn(g2);

        assertThat(defs).isEqualTo("<defs><clipPath id='k-area-0'><path d='M10,10L30,10L30,30L10,30L10,10Z'/>"
                + "</clipPath></defs>");
        assertThat(drawn)
                .isEqualTo("<rect x='0' y='0'/><g clip-path='url(#k-area-0)'><rect x='1' y='1'/><rect x='2' y='2'/></g>"
                        + "<rect x='3' y='3'/><g clip-path='url(#k-area-0)'><rect x='4' y='4'/></g>");
    }

    @Test
    void clipsIntersectAndAreReadBackInTheCoordinatesTheyWereGivenIn() {
        ChartGraphics g2 = canvas();
        g2.translate(5, 0);
        g2.clip(new Rectangle2D.Double(10, 10, 20, 20));
        g2.clip(new Rectangle2D.Double(20, 0, 50, 25));

        assertThat(g2.getClipBounds()).isEqualTo(new java.awt.Rectangle(20, 10, 10, 15));
        assertThat(g2.hitClip(0, 0, 5, 5)).isFalse();
        assertThat(g2.hitClip(22, 12, 1, 1)).isTrue();
        g2.setClip(null);
        assertThat(g2.getClip()).isNull();
        assertThat(g2.hitClip(0, 0, 5, 5)).isTrue();
        assertThat(g2.clipPathDefinitions()).contains("<path d='M25,10L35,10L35,25L25,25L25,10Z'/>");
    }

    @Test
    void fromTheFirstCopyOnClipsAreWrittenElementByElementAsJFreeSvgDoes() throws Exception {
        ChartGraphics g2 = canvas();
        g2.clip(new Rectangle2D.Double(10, 10, 20, 20));
        g2.fill(new Rectangle2D.Double(0, 0, 1, 1));
        java.awt.Graphics2D copy = (java.awt.Graphics2D) g2.create();
        assertThat(copy.getClipBounds()).isEqualTo(g2.getClipBounds());
        copy.fill(new Rectangle2D.Double(1, 1, 1, 1));
        copy.setClip(null); // the copy draws unclipped, as on JFreeSVG's own canvas
        copy.fill(new Rectangle2D.Double(2, 2, 1, 1));
        copy.clip(new Rectangle2D.Double(0, 0, 15, 15)); // and is never disposed, as XYBarRenderer does
        g2.fill(new Rectangle2D.Double(3, 3, 1, 1));
        g2.setClip(null);
        g2.fill(new Rectangle2D.Double(4, 4, 1, 1));

        assertThat(drawn(g2)).isEqualTo("<g clip-path='url(#k-area-0)'><rect x='0' y='0'/></g>"
                + "<rect x='1' y='1' clip-path='url(#k-clip-0)'/><rect x='2' y='2'/>"
                + "<rect x='3' y='3' clip-path='url(#k-clip-0)'/><rect x='4' y='4'/>");
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'>" + g2.clipPathDefinitions()
                + g2.canvas().getSVGElement() + "</svg>";
        assertThat(parse(svg).getElementsByTagName("clipPath").getLength()).isEqualTo(2); // well-formed, both defined
    }

    @Test
    void aClipSetUnderARotationIsKeptInTheCanvasCoordinatesAroundTheRotatedDrawing() {
        ChartGraphics g2 = canvas();
        g2.rotate(Math.PI / 2);
        g2.clip(new Rectangle2D.Double(0, -20, 10, 20)); // x 0–20, y 0–10 on the canvas
        g2.fill(new Rectangle2D.Double(1, -2, 1, 1));

        assertThat(g2.clipPathDefinitions()).containsPattern("<path d='M20,0L20,10L-?0,10L-?0,0L20,0Z'/>");
        assertThat(drawn(g2)).startsWith("<g clip-path='url(#k-area-0)'><rect x='1' y='-2' transform='")
                .endsWith("/></g>");
        assertThat(g2.getClipBounds()).isEqualTo(new java.awt.Rectangle(0, -20, 10, 20));
    }

    @Test
    void otherClipsBehaveAsGraphics2DSays() {
        ChartGraphics g2 = canvas();
        g2.clip(new Line2D.Double(5, 5, 15, 25)); // a line clips to its bounds
        assertThat(g2.getClipBounds()).isEqualTo(new java.awt.Rectangle(5, 5, 10, 20));
        g2.clip(new Ellipse2D.Double(0, 0, 12, 12)); // not a rectangle: the intersection of the areas
        assertThat(g2.getClip()).isNotInstanceOf(Rectangle2D.class);
        assertThat(g2.getClipBounds()).isEqualTo(new java.awt.Rectangle(5, 5, 7, 7));
        g2.clip(new Rectangle2D.Double(50, 40, 5, 5)); // nothing in common: nothing is drawn
        assertThat(g2.getClipBounds().isEmpty()).isTrue();
        g2.clip(null);
        assertThat(g2.getClip()).isNull();
        g2.setClip(1, 2, 3, 4);
        assertThat(g2.getClipBounds()).isEqualTo(new java.awt.Rectangle(1, 2, 3, 4));
        g2.clipRect(2, 0, 10, 10);
        assertThat(g2.getClipBounds()).isEqualTo(new java.awt.Rectangle(2, 2, 2, 4));
        g2.setClip(null);

        assertThat(g2.clipPathDefinitions()).contains("<path d='M0,0L0,0L0,0L0,0L0,0Z'/>");
        assertThat(drawn(g2).split("<g ", -1).length - 1).isEqualTo(drawn(g2).split("</g>", -1).length - 1);
    }

    @Test
    void onALeftAxisEachStringIsAnchoredAtTheEndJFreeChartPlacedItsLastCharacterAt() throws Exception {
        ChartGraphics g2 = canvas();
        g2.setFont(ChartStyle.font(11));
        double width = g2.getFontMetrics().getStringBounds("$500k", g2).getWidth();

        ChartGraphics.alignedRight(g2, RectangleEdge.LEFT, () -> {
            g2.drawString("$500k", 10f, 20f);
            return null;
        });
        ChartGraphics.alignedRight(g2, RectangleEdge.BOTTOM, () -> {
            g2.drawString("2027-Q1", 10f, 40f);
            return null;
        });

        Document document = parse(g2.canvas().getSVGElement());
        Element left = (Element) document.getElementsByTagName("text").item(0);
        Element bottom = (Element) document.getElementsByTagName("text").item(1);
        assertThat(anchorOf(left)).isEqualTo("end");
        assertThat(Double.parseDouble(left.getAttribute("x"))).isCloseTo(10 + width, within(0.01));
        assertThat(anchorOf(bottom)).isNull();
        assertThat(bottom.getAttribute("x")).isEqualTo("10");
    }

    @Test
    void aClipChangedAmongEndAnchoredStringsKeepsTheGroupsNested() throws Exception {
        ChartGraphics g2 = canvas();
        ChartGraphics.alignedRight(g2, RectangleEdge.LEFT, () -> {
            g2.drawString("a", 10f, 10f);
            g2.clip(new Rectangle2D.Double(0, 0, 50, 50));
            g2.drawString("b", 10f, 20f);
            g2.setClip(null);
            g2.drawString("c", 10f, 30f);
            return null;
        });
        g2.drawString("d", 10f, 40f);

        Document document = parse(g2.canvas().getSVGElement());
        NodeList texts = document.getElementsByTagName("text");
        for (int i = 0; i < 3; i++) {
            Element text = (Element) texts.item(i);
            assertThat(anchorOf(text)).as(text.getTextContent()).isEqualTo("end");
        }
        assertThat(clipOf(texts.item(1))).isEqualTo("url(#k-area-0)");
        assertThat(clipOf(texts.item(0))).isNull();
        assertThat(clipOf(texts.item(2))).isNull();
        assertThat(anchorOf(texts.item(3))).isNull();
    }

    @Test
    void aMarkersLabelOnTheLeftOfItsLineIsAnchoredAtItsEndAndOthersAreNot() throws Exception {
        XYSeries series = new XYSeries("Net", false, false);
        series.add(1, 10);
        series.add(9, 20);
        XYPlot plot = new ChartPlot(new XYSeriesCollection(series), new NumberAxis(), new NumberAxis(),
                new XYLineAndShapeRenderer());
        // Out of the axis's range, so never drawn: the labels after it must still be recognised.
        plot.addDomainMarker(ChartStyle.labelOnTheLeft(ChartStyle.verticalGuide(-50, "Gone", ChartStyle.GUIDE)));
        plot.addDomainMarker(ChartStyle.labelOnTheLeft(ChartStyle.verticalGuide(7, "Payback", ChartStyle.GUIDE)));
        plot.addDomainMarker(ChartStyle.verticalGuide(3, "Plan start", ChartStyle.GUIDE));

        Document document = parse(SvgChart.toSvg(new JFreeChart(plot), "markers", 400, 200, "Markers"));

        Map<String, String> anchors = new HashMap<>();
        NodeList texts = document.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            anchors.put(texts.item(i).getTextContent(), String.valueOf(anchorOf(texts.item(i))));
        }
        assertThat(anchors).containsEntry("Payback", "end").containsEntry("Plan start", "null")
                .doesNotContainKey("Gone");
    }

    @Test
    void aStringDrawnAlignedIsAnchoredAtTheEdgeOrMiddleGivenThereAndAtItsStartOtherwise() throws Exception {
        ChartGraphics g2 = canvas();
        ChartGraphics.drawAligned(g2, "left of its bubble", 50f, 10f, HorizontalAlignment.RIGHT);
        ChartGraphics.drawAligned(g2, "above its bubble", 50f, 20f, HorizontalAlignment.CENTER);
        ChartGraphics.drawAligned(g2, "right of its bubble", 50f, 30f, HorizontalAlignment.LEFT);

        NodeList texts = parse(g2.canvas().getSVGElement()).getElementsByTagName("text");
        assertThat(anchorOf(texts.item(0))).isEqualTo("end");
        assertThat(anchorOf(texts.item(1))).isEqualTo("middle");
        assertThat(anchorOf(texts.item(2))).isNull();
        for (int i = 0; i < 3; i++) {
            assertThat(((Element) texts.item(i)).getAttribute("x")).isEqualTo("50");
        }
    }

    /** A 100 × 50 canvas whose ids start with {@code k-} and whose numbers are written as a chart's. */
    private static ChartGraphics canvas() {
        ChartGraphics g2 = new ChartGraphics(100, 50);
        g2.canvas().setDefsKeyPrefix("k-");
        g2.canvas().setGeomDoubleConverter(new SvgDecimals(2));
        return g2;
    }

    /**
     * What was drawn: the canvas's SVG without its root element, without the definitions of JFreeSVG's
     * own clips (made after a copy) and without the sizes and styles of the shapes.
     */
    private static String drawn(ChartGraphics g2) {
        String element = g2.canvas().getSVGElement();
        return element.substring(element.indexOf('>') + 1, element.lastIndexOf("</svg>"))
                .replaceFirst("^<defs>.*?</defs>", "")
                .replaceAll(" (width|height|style)='[^']*'", "");
    }

    /** The clip-path of the element or of the nearest group around it, or null. */
    private static String clipOf(Node node) {
        return inherited(node, "clip-path");
    }

    /** The text-anchor of the element or of the nearest group around it, or null. */
    private static String anchorOf(Node node) {
        return inherited(node, "text-anchor");
    }

    private static String inherited(Node node, String attribute) {
        for (Node at = node; at instanceof Element element; at = at.getParentNode()) {
            if (element.hasAttribute(attribute)) {
                return element.getAttribute(attribute);
            }
        }
        return null;
    }

    private static String xmlText(String escaped) throws Exception {
        return parse("<t>" + escaped + "</t>").getDocumentElement().getTextContent();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
