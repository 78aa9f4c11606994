package dev.tradeoff.analysis;

import java.util.List;

/** How work lines up with OKRs. Lists are sorted; {@code linkedEffortShare} is null with no effort. */
public record Alignment(List<String> unfundedKeyResults, List<String> unalignedInitiatives, Double linkedEffortShare) {

    public Alignment {
        unfundedKeyResults = List.copyOf(unfundedKeyResults);
        unalignedInitiatives = List.copyOf(unalignedInitiatives);
    }
}
