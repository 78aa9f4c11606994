package dev.tradeoff.view;

import java.util.Arrays;

/**
 * The steps flexmark takes to match one paragraph's {@code *} and {@code _} runs into emphasis, found
 * by matching them as flexmark's inline parser does (its {@code processDelimiters} with the delimiter
 * use of its {@code EmphasisDelimiterProcessor}), without the text. Each closer looks back for an opener
 * of its character; a closer that finds none sets a floor for the next ones, but one that finds only
 * openers it may not use (their lengths add up to a multiple of 3) neither sets the floor nor goes,
 * and every later closer looks past it again.
 */
final class EmphasisWalk {

    private static final int NONE = -1;
    /** No floor yet: never equal to a run or to {@link #NONE}. */
    private static final int NO_FLOOR = -2;

    private char[] character = new char[16];
    private int[] length = new int[16];
    private boolean[] opens = new boolean[16];
    private boolean[] closes = new boolean[16];
    private int count;

    /** The next run of the paragraph, in order; runs that can neither open nor close count too. */
    void add(char c, int runLength, boolean canOpen, boolean canClose) {
        if (count == character.length) {
            character = Arrays.copyOf(character, 2 * count);
            length = Arrays.copyOf(length, 2 * count);
            opens = Arrays.copyOf(opens, 2 * count);
            closes = Arrays.copyOf(closes, 2 * count);
        }
        character[count] = c;
        length[count] = runLength;
        opens[count] = canOpen;
        closes[count] = canClose;
        count++;
    }

    /** The runs passed while matching, or some number past {@code limit}, where it stops. */
    long steps(long limit) {
        int[] previous = new int[count];
        int[] next = new int[count];
        for (int i = 0; i < count; i++) {
            previous[i] = i - 1;
            next[i] = i + 1 < count ? i + 1 : NONE;
        }
        int floorStar = NO_FLOOR;
        int floorUnderscore = NO_FLOOR;
        long steps = 0;
        int closer = count > 0 ? 0 : NONE;
        while (closer != NONE) {
            if (!closes[closer]) {
                closer = next[closer];
                continue;
            }
            char c = character[closer];
            int floor = c == '*' ? floorStar : floorUnderscore;
            int use = 0;
            boolean potential = false;
            int opener = previous[closer];
            while (opener != NONE && opener != floor) {
                if (++steps > limit) {
                    return steps;
                }
                if (opens[opener] && character[opener] == c) {
                    potential = true;
                    use = use(opener, closer);
                    if (use > 0) {
                        break;
                    }
                }
                opener = previous[opener];
            }
            if (use == 0) {
                if (!potential) {
                    if (c == '*') {
                        floorStar = previous[closer];
                    } else {
                        floorUnderscore = previous[closer];
                    }
                    if (!opens[closer]) {
                        unlink(closer, previous, next);
                    }
                }
                closer = next[closer];
                continue;
            }
            // The runs between opener and closer go; so do opener and closer once used up.
            for (int between = previous[closer]; between != opener; between = previous[between]) {
                steps++;
                unlink(between, previous, next);
            }
            length[opener] -= use;
            length[closer] -= use;
            if (length[opener] == 0) {
                unlink(opener, previous, next);
            }
            if (length[closer] == 0) {
                int after = next[closer];
                unlink(closer, previous, next);
                closer = after;
            }
        }
        return steps;
    }

    /** How many delimiters an opener and a closer use, as flexmark's emphasis decides: 0 when they may not match. */
    private int use(int opener, int closer) {
        if ((closes[opener] || opens[closer]) && (length[opener] + length[closer]) % 3 == 0) {
            return 0;
        }
        if (length[opener] >= 3 && length[closer] >= 3) {
            return length[closer] % 2 == 0 ? 2 : 1;
        }
        return Math.min(length[opener], length[closer]);
    }

    private static void unlink(int run, int[] previous, int[] next) {
        if (previous[run] != NONE) {
            next[previous[run]] = next[run];
        }
        if (next[run] != NONE) {
            previous[next[run]] = previous[run];
        }
    }
}
