package dev.tradeoff.render;

import java.util.function.Supplier;

/** One chart to draw and where it goes in the site. */
record ChartJob(String path, Supplier<String> draw) {
}
