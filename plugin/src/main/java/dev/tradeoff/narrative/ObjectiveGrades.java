package dev.tradeoff.narrative;

import dev.tradeoff.analysis.Grade;
import dev.tradeoff.analysis.ObjectiveScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The objectives counted by grade, for the sentences that say how many are on track, at risk and
 * off track, naming only the grades some objective has: "Both objectives are off track", not "None
 * of the 2 objectives is on track and 2 are off track".
 */
record ObjectiveGrades(int onTrack, int atRisk, int offTrack) {

    static ObjectiveGrades of(List<ObjectiveScore> okrs) {
        return new ObjectiveGrades(count(okrs, Grade.ON_TRACK), count(okrs, Grade.AT_RISK), count(okrs, Grade.OFF_TRACK));
    }

    private static int count(List<ObjectiveScore> okrs, Grade grade) {
        return (int) okrs.stream().filter(score -> score.grade() == grade).count();
    }

    /** Good only when every objective is on track: at risk is a warning, as off track is. */
    Severity severity() {
        return atRisk + offTrack > 0 ? Severity.WARNING : Severity.GOOD;
    }

    int all() {
        return onTrack + atRisk + offTrack;
    }

    /** The grade of the only objective, as a sentence says it. */
    String onlyGrade() {
        return onTrack == 1 ? "on track" : atRisk == 1 ? "at risk" : "off track";
    }

    /**
     * The grades of two or more objectives as a sentence opens, naming only the grades some objective
     * has: "Of the 6 objectives, 2 are on track, 1 is at risk and 3 are off track", "Of the 4
     * objectives, 1 is on track and 3 are off track"; when one grade has them all, "Both objectives
     * are off track" or "All 6 objectives are on track". Its placeholders are numbered from
     * {@code figures.size()}, and their figures added to {@code figures}.
     */
    String opening(List<Figure> figures) {
        int[] counts = {onTrack, atRisk, offTrack};
        String[] names = {"on track", "at risk", "off track"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == all()) {
                if (all() == 2) {
                    return "Both objectives are " + names[i];
                }
                figures.add(Figure.count(all()));
                return "All {" + (figures.size() - 1) + "} objectives are " + names[i];
            }
        }
        figures.add(Figure.count(all()));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                figures.add(Figure.count(counts[i]));
                parts.add("{" + (figures.size() - 1) + "} " + (counts[i] == 1 ? "is " : "are ") + names[i]);
            }
        }
        return "Of the {" + (figures.size() - parts.size() - 1) + "} objectives, " + Prose.join(parts);
    }
}
