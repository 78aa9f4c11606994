package dev.tradeoff.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the allowed word closest to what was written, when one is close enough. */
public final class Suggestions {

    private static final int MAX_TOLERANCE = 3;
    /** Longer words than this beyond a candidate are not compared (and never cost much to compare). */
    private static final int MAX_LENGTH_DIFFERENCE = 20;

    private Suggestions() {
    }

    /** {@code " (did you mean 'title'?)"}, or "" when nothing is close. */
    public static String didYouMean(String written, Collection<String> allowed) {
        return closest(written, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** The closest allowed word; ties go to the first in code-point order, so messages are stable. */
    static Optional<String> closest(String written, Collection<String> allowed) {
        String plain = normalize(written);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            if (candidate.equals(written) || written.length() > candidate.length() + MAX_LENGTH_DIFFERENCE) {
                continue;
            }
            // Case, '-' and '_' slips (RiskReduction, cost_of_delay) count as the closest of all.
            int distance = normalize(candidate).equals(plain) ? 0 : distance(written, candidate);
            if (distance > tolerance(candidate) && extends_(written, candidate)) {
                // "rampUp" for "ramp", "own" for "owner": close, but any real near-miss wins.
                distance = tolerance(candidate);
            }
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > tolerance(best)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** One word is the other with something added at the end (at least three letters in common). */
    private static boolean extends_(String written, String candidate) {
        String a = written.toLowerCase(Locale.ROOT);
        String b = candidate.toLowerCase(Locale.ROOT);
        return Math.min(a.length(), b.length()) >= 3 && (a.startsWith(b) || b.startsWith(a));
    }

    private static int tolerance(String candidate) {
        return Math.max(1, Math.min(MAX_TOLERANCE, candidate.length() / 3));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /** Edit distance counting a swap of two neighbouring characters as one edit ("titel" → "title"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
