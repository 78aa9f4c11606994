package dev.tradeoff.model;

import java.util.List;
import java.util.Map;

/**
 * One initiative, from {@code initiatives/<id>.yaml}, with SPEC.md defaults applied: {@code start}
 * is the plan start when omitted, {@code costOfDelay} the sum of benefit amounts when omitted.
 * {@code owner} is null when not given. {@code links} and {@code extensions} keep the order written.
 */
public record Initiative(
        String id,
        String title,
        Kind kind,
        String owner,
        Status status,
        Quarter start,
        int duration,
        double effort,
        Money oneOffCost,
        Money runCost,
        List<Benefit> benefits,
        Money costOfDelay,
        double value,
        double riskReduction,
        List<Enablement> enables,
        List<String> keyResults,
        List<String> addresses,
        String summary,
        List<String> tags,
        Map<String, String> links,
        Map<String, Object> extensions,
        String sourcePath) {

    public Initiative {
        benefits = List.copyOf(benefits);
        enables = List.copyOf(enables);
        keyResults = List.copyOf(keyResults);
        addresses = List.copyOf(addresses);
        tags = List.copyOf(tags);
        links = Ordered.copyOf(links);
        extensions = Ordered.copyOf(extensions);
    }

    /** This initiative starting in another quarter, everything else as it is. */
    public Initiative startingIn(Quarter quarter) {
        return new Initiative(id, title, kind, owner, status, quarter, duration, effort, oneOffCost, runCost, benefits,
                costOfDelay, value, riskReduction, enables, keyResults, addresses, summary, tags, links, extensions,
                sourcePath);
    }

    public boolean isDropped() {
        return status == Status.DROPPED;
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    /** In progress or done: its start is history. */
    public boolean hasBegun() {
        return status == Status.IN_PROGRESS || status == Status.DONE;
    }

    /**
     * Whether this (a product) starts before {@code platform} goes live: it is then built without
     * the platform and gets none of the speed-up that {@code enables} promises.
     */
    public boolean startsBeforeGoLiveOf(Initiative platform) {
        return start.isBefore(platform.goLive());
    }

    /**
     * Whether its cost of delay is SPEC's default, its benefits at full rate: not written, or written
     * as that same figure (the loader fills the default in, so the two cannot be told apart).
     */
    public boolean costOfDelayIsItsBenefits() {
        return costOfDelay == null || costOfDelay.value().compareTo(Benefit.atFullRate(benefits)) == 0;
    }

    public boolean isPlatform() {
        return kind == Kind.PLATFORM;
    }

    /** The first quarter with benefits and run cost: {@code start + duration}. */
    public Quarter goLive() {
        return start.plus(duration);
    }

    /** The last build quarter. */
    public Quarter end() {
        return start.plus(duration - 1);
    }

    /** Person-months per build quarter. */
    public double effortPerQuarter() {
        return effort / duration;
    }
}
