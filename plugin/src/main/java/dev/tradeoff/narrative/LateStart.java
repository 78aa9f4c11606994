package dev.tradeoff.narrative;

import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;

/**
 * Why a scalability initiative that lands after the breach cannot simply start sooner, if it cannot:
 * the verdict's advice, the scalability page's sentence and the initiative's own page must not tell
 * work already under way, or work whose latest start is before the plan, to "start by" a quarter
 * that has passed.
 */
enum LateStart {
    /** In progress or done: its start is history; only scope or capacity can change. */
    ALREADY_STARTED,
    /** Not started, but its latest start is before the plan's first quarter: too late even at once. */
    TOO_LATE_TO_START,
    /** Starting sooner, by the quarters it is late, still lands it before the breach. */
    CAN_START_SOONER;

    static LateStart of(Initiative initiative, LatestStart latest, Quarter planStart) {
        if (initiative.hasBegun()) {
            return ALREADY_STARTED;
        }
        return latest.latestStart().isBefore(planStart) ? TOO_LATE_TO_START : CAN_START_SOONER;
    }
}
