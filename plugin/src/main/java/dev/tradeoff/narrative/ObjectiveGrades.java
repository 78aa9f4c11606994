package dev.tradeoff.narrative;

import dev.tradeoff.analysis.Grade;
import dev.tradeoff.analysis.ObjectiveScore;
import java.util.List;

/**
 * The objectives counted by grade, for the sentences that say how many are on track, at risk and
 * off track: "None of the 6 objectives is on track", not "0 objectives on track out of 6".
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

    /** How many, as a clause opens: "none" ("None" at the start of a sentence) rather than "0". */
    Figure count(int count, boolean opensTheSentence) {
        if (count == 0) {
            return Figure.text(opensTheSentence ? "None" : "none");
        }
        return Figure.count(count);
    }

    /** "is" for none or one, "are" for more. */
    Figure verb(int count) {
        return Figure.text(count <= 1 ? "is" : "are");
    }
}
