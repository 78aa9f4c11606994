package dev.tradeoff.model;

import java.util.List;

/**
 * A whole strategy folder, validated. Initiatives and objectives are in id order; teams, signals
 * and platform metrics in the order written; pages by order, then slug. {@code scale} is null
 * without {@code scale.yaml}. {@code pageImages} are the images beside the pages, by path.
 */
public record Strategy(
        Plan plan,
        List<Initiative> initiatives,
        List<Objective> objectives,
        List<Team> teams,
        List<Signal> signals,
        Scale scale,
        List<PlatformMetric> platformMetrics,
        List<Page> pages,
        List<PageImage> pageImages) {

    public Strategy {
        initiatives = List.copyOf(initiatives);
        objectives = List.copyOf(objectives);
        teams = List.copyOf(teams);
        signals = List.copyOf(signals);
        platformMetrics = List.copyOf(platformMetrics);
        pages = List.copyOf(pages);
        pageImages = List.copyOf(pageImages);
    }

    /** A strategy without images beside its pages. */
    public Strategy(Plan plan, List<Initiative> initiatives, List<Objective> objectives, List<Team> teams,
            List<Signal> signals, Scale scale, List<PlatformMetric> platformMetrics, List<Page> pages) {
        this(plan, initiatives, objectives, teams, signals, scale, platformMetrics, pages, List.of());
    }
}
