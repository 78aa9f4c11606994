package dev.tradeoff.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts every chart is laid out in: Liberation Sans, regular and bold, shipped in the plugin
 * (SIL Open Font License, {@code LiberationSans-LICENSE.txt} beside them). Laid out in the
 * machine's own sans-serif, a chart came out a few pixels different on each machine (DejaVu Sans on
 * most Linux, Lucida Grande on a Mac), so the same input gave other bytes in CI than on a laptop.
 * Liberation Sans has the widths of Arial and Helvetica, which the SVG names first
 * ({@link #CSS_FAMILY}), so what a browser draws is what was measured. A machine with no font at
 * all still cannot draw a chart (Java's font system does not start), and is told what to install
 * ({@link #requireAvailable}).
 */
final class ChartFonts {

    /** The font the SVG asks for: ours, then the fonts with the same widths, then any sans-serif. */
    static final String CSS_FAMILY = "Liberation Sans, Arimo, Arial, Helvetica, sans-serif";
    /** What the two fonts' names start with: "Liberation Sans" and "Liberation Sans Bold". */
    private static final String FAMILY = "Liberation Sans";

    /** Both fonts, or why Java could not make them: loaded once, and never failing a class's initialisation. */
    private static final Object LOADED = loadBoth();

    private ChartFonts() {
    }

    /**
     * Fails, saying what to install, when this machine cannot measure text: Java's font system
     * needs at least one font installed, even to read a font of its own. Checked before any chart
     * is drawn, so the build stops with that, not with an error inside JFreeChart.
     */
    static void requireAvailable() {
        fonts();
    }

    private static Font[] fonts() {
        if (LOADED instanceof Font[] fonts) {
            return fonts;
        }
        throw unavailable((Throwable) LOADED);
    }

    /** What the build says when Java could not make the fonts, for {@code cause}. */
    static IllegalStateException unavailable(Throwable cause) {
        return new IllegalStateException("Charts cannot be drawn: Java's font system did not start ("
                + cause.getClass().getSimpleName() + ": " + rootMessage(cause) + "). This machine probably has no"
                + " fonts installed. Install fontconfig and any one font (Debian or Ubuntu: apt-get install fontconfig"
                + " fonts-dejavu-core; Alpine: apk add fontconfig ttf-dejavu; Fedora or RHEL: dnf install fontconfig"
                + " dejavu-sans-fonts); charts are laid out in Tradeoff's own font whichever is installed", cause);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    static Font plain(float size) {
        return fonts()[0].deriveFont(size);
    }

    static Font bold(float size) {
        return fonts()[1].deriveFont(size);
    }

    /**
     * {@code font} when it is one of ours, else ours in its weight and size: a font JFreeChart sets
     * by default (its logical "SansSerif") is never measured or named in the machine's fonts.
     */
    static Font standIn(Font font) {
        // Every font derived from ours keeps its name, and no other font of a chart has it.
        if (font.getName().startsWith(FAMILY)) {
            return font;
        }
        return font.isBold() ? bold(font.getSize2D()) : plain(font.getSize2D());
    }

    /** The two fonts, or what went wrong. */
    private static Object loadBoth() {
        try {
            return new Font[] {load("LiberationSans-Regular.ttf"), load("LiberationSans-Bold.ttf")};
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // On a machine without fonts Java throws errors of several kinds here (InternalError,
            // Error "No physical fonts found", IOException "Problem reading font data").
            return e;
        }
    }

    private static Font load(String file) throws IOException, FontFormatException {
        try (InputStream in = ChartFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("the plugin's font " + file + " is missing from its jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }
}
