package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGUtils;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The chart canvas: no clip that cuts nothing, text beyond Latin-1 as character references, dots as ellipses. */
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

    private static String xmlText(String escaped) throws Exception {
        return parse("<t>" + escaped + "</t>").getDocumentElement().getTextContent();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
