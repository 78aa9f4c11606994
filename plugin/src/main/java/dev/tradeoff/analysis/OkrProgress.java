package dev.tradeoff.analysis;

import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Strategy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC.md section 3, OKRs: each key result's progress from baseline to target (clamped to 0..1),
 * each objective's score (mean progress) and grade.
 */
public final class OkrProgress {

    /** Lowest score graded on track. */
    public static final double ON_TRACK = 0.7;

    /** Lowest score graded at risk. */
    public static final double AT_RISK = 0.4;

    private OkrProgress() {
    }

    /** Objectives in id order, key results in the order written. */
    public static List<ObjectiveScore> analyse(Strategy strategy) {
        return analyse(strategy, KeyResultIndex.of(strategy.initiatives()));
    }

    public static List<ObjectiveScore> analyse(Strategy strategy, KeyResultIndex index) {
        List<ObjectiveScore> scores = new ArrayList<>(strategy.objectives().size());
        for (Objective objective : IdOrder.objectives(strategy.objectives())) {
            scores.add(score(objective, index));
        }
        return List.copyOf(scores);
    }

    public static ObjectiveScore score(Objective objective, KeyResultIndex index) {
        List<KeyResultProgress> keyResults = new ArrayList<>(objective.keyResults().size());
        double[] progresses = new double[objective.keyResults().size()];
        for (KeyResult keyResult : objective.keyResults()) {
            double progress = progress(keyResult);
            progresses[keyResults.size()] = progress;
            String reference = objective.id() + "/" + keyResult.id();
            keyResults.add(new KeyResultProgress(objective.id(), keyResult, progress, index.initiatives(reference)));
        }
        // The loader requires at least one key result; an objective without any scores 0.
        double score = mean(progresses);
        return new ObjectiveScore(objective, score, grade(score), keyResults);
    }

    /**
     * The mean, correctly rounded: summed exactly, then divided. Summed as doubles, three key results
     * at 0.7 would score 0.6999999999999998, beside the grade "on track" that the decimals give.
     */
    static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : values) {
            sum = sum.add(new BigDecimal(value));
        }
        return sum.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128).doubleValue();
    }

    /**
     * {@code clamp((current − baseline) / (target − baseline), 0, 1)}; when target = baseline, 1 if
     * current = target, else 0. A target below the baseline works the same way (lower is progress).
     */
    public static double progress(KeyResult keyResult) {
        double span = keyResult.target() - keyResult.baseline();
        if (span == 0) {
            return keyResult.current() == keyResult.target() ? 1 : 0;
        }
        double progress = (keyResult.current() - keyResult.baseline()) / span;
        return Math.max(0, Math.min(1, progress));
    }

    /** On track from 0.7, at risk from 0.4, else off track. */
    public static Grade grade(double score) {
        if (Tolerance.atLeast(score, ON_TRACK)) {
            return Grade.ON_TRACK;
        }
        return Tolerance.atLeast(score, AT_RISK) ? Grade.AT_RISK : Grade.OFF_TRACK;
    }
}
