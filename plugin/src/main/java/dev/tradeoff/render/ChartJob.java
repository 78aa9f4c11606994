package dev.tradeoff.render;

import java.util.List;
import java.util.function.Supplier;

/**
 * One chart to draw and where it goes in the site. {@code inputs} are everything {@code draw}
 * draws from: equal inputs give the same chart, so a render may reuse the last one.
 */
record ChartJob(String path, List<Object> inputs, Supplier<String> draw) {
}
