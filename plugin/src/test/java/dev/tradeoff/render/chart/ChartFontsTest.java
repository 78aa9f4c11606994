package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/** The plugin's own chart fonts, and what a machine that cannot use them is told. */
class ChartFontsTest {

    @Test
    void theChartsFontsAreThePluginsOwnInTheirWeightAndSize() {
        assertThat(ChartStyle.font(11).getName()).isEqualTo("Liberation Sans");
        assertThat(ChartStyle.bold(14).getName()).isEqualTo("Liberation Sans Bold");
        assertThat(ChartStyle.bold(14).getSize2D()).isEqualTo(14f);
        Font ours = ChartStyle.font(9);
        assertThat(ChartFonts.standIn(ours)).as("ours is drawn as it is").isSameAs(ours);
    }

    @Test
    void aMachineWithoutFontsIsToldWhatWentWrongAndWhatToInstall() {
        // What Java throws on Linux with no font installed, nested as it nests it.
        InternalError failure = new InternalError(new InvocationTargetException(
                new RuntimeException("Fontconfig head is null, check your fonts or fonts configuration")));

        IllegalStateException unavailable = ChartFonts.unavailable(failure);

        assertThat(unavailable).hasCause(failure).hasMessage("Charts cannot be drawn: Java's font system did not"
                + " start (InternalError: Fontconfig head is null, check your fonts or fonts configuration). This"
                + " machine probably has no fonts installed. Install fontconfig and any one font (Debian or Ubuntu:"
                + " apt-get install fontconfig fonts-dejavu-core; Alpine: apk add fontconfig ttf-dejavu; Fedora or"
                + " RHEL: dnf install fontconfig dejavu-sans-fonts); charts are laid out in Tradeoff's own font"
                + " whichever is installed");
        assertThat(ChartFonts.unavailable(new IOException("Problem reading font data.")).getMessage())
                .contains("(IOException: Problem reading font data). This machine");
    }
}
