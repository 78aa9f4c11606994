package dev.tradeoff.view;

import dev.tradeoff.analysis.PlatformIndicators;
import dev.tradeoff.model.Better;

/**
 * How a signal or platform metric moved over its window, in words that read right whichever way it
 * went. SPEC's worsening is signed so that worse is positive: "worsening −41%" means 41% better, so
 * it is shown as "41% better" and "133% worse". A percentage of a first value that is not positive,
 * or of one the metric has since crossed zero from (an NPS of 12 → −4 "worsened 133%"), measures
 * nothing, so there the plain difference is shown: "16 worse". Only the words differ; the figures
 * are SPEC's, as in portfolio.json.
 */
public final class Change {

    private Change() {
    }

    /**
     * The change from {@code a} to {@code b}, the first and last values of the window, given SPEC's
     * {@code worsening} of them ("—" when there is no change to speak of: a single value and no
     * worsening). With {@code withValues}, a plain difference names the values it is between, for
     * places that do not show them beside it.
     */
    static String of(double a, double b, Better better, Double worsening, int values, boolean withValues) {
        if (worsening != null && a > 0 && b >= 0) {
            return worsening(worsening);
        }
        if (values < 2) {
            return "—";
        }
        if (a == b) {
            return "unchanged";
        }
        String difference = NumberFormats.number(Math.abs(b - a), 2)
                + (PlatformIndicators.isWorse(a, b, better) ? " worse" : " better");
        return withValues
                ? difference + " (" + NumberFormats.number(a, 2) + " → " + NumberFormats.number(b, 2) + ")"
                : difference;
    }

    /**
     * SPEC's {@code worsening} alone in words, where the values it came from are not at hand (the
     * diff of an indicator): "58% worse", "41% better", "unchanged".
     */
    public static String worsening(double worsening) {
        if (worsening > 0) {
            // Beside the watch and act thresholds: 24.96% must not read as the 25% that acts.
            return NumberFormats.percentAgainst(worsening, PlatformIndicators.WATCH_WORSENING,
                    PlatformIndicators.ACT_WORSENING) + " worse";
        }
        if (worsening < 0) {
            return NumberFormats.percent(-worsening) + " better";
        }
        return "unchanged";
    }
}
