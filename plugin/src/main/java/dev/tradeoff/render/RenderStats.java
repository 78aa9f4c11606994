package dev.tradeoff.render;

/** What a render wrote, for the stats line at the end of a build. */
public record RenderStats(int pages, int charts, int briefs, int files) {
}
