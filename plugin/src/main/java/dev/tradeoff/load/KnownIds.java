package dev.tradeoff.load;

import java.util.Set;
import java.util.TreeSet;

/**
 * The ids of one kind that references may name. When {@code complete} is false some could not be
 * read, and a reference that is not found is not reported (it may name the unreadable one).
 * {@code whyEmpty} explains an empty set that is complete ("there is no teams.yaml").
 */
record KnownIds(Set<String> ids, boolean complete, String whyEmpty) {

    KnownIds {
        ids = Set.copyOf(new TreeSet<>(ids));
    }

    static KnownIds unknown() {
        return new KnownIds(Set.of(), false, null);
    }

    boolean contains(String id) {
        return ids.contains(id);
    }
}
