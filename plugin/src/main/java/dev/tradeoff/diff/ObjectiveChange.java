package dev.tradeoff.diff;

import dev.tradeoff.analysis.Grade;

/** An objective (on both sides) whose score or grade moved. Scores are 0..1. */
public record ObjectiveChange(String id, String objective, double scoreBefore, double scoreAfter, Grade gradeBefore,
        Grade gradeAfter) {
}
