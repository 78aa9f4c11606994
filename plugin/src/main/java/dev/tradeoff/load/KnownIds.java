package dev.tradeoff.load;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ids of one kind that references may name, and what stands in for those that could not be read.
 * {@code unreadNames} are the names written for definitions whose id could not be read: an id that is
 * not one ({@code Checkout Team}), a file not named as an id ({@code Mobile App.yaml}) or not read
 * (a link). That problem is reported where they are, so a reference that probably means one of them
 * (it is the name, the id the name suggests, or close to either) is not reported again, while any
 * other reference that is not found still is. When {@code complete} is false some definition left no
 * name at all (a team without an id, an unreadable list), and no reference that is not found is
 * reported: it may name that one. {@code whyEmpty} explains an empty set that is complete ("there is
 * no teams.yaml").
 */
record KnownIds(Set<String> ids, Set<String> unreadNames, boolean complete, String whyEmpty) {

    /**
     * Longer names are left out, so that a file of huge names cannot make every reference slow
     * to check; a reference that meant one is then reported beside it.
     */
    private static final int LONGEST_UNREAD_NAME = 2 * IdSyntax.MAX_LENGTH;

    KnownIds {
        ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
        SortedSet<String> meant = new TreeSet<>();
        for (String name : unreadNames) {
            if (name.length() > LONGEST_UNREAD_NAME) {
                continue;
            }
            meant.add(name);
            String suggested = IdSyntax.suggest(name);
            if (suggested != null) {
                meant.add(suggested);
            }
        }
        unreadNames = Collections.unmodifiableSortedSet(meant);
    }

    KnownIds(Set<String> ids, boolean complete, String whyEmpty) {
        this(ids, Set.of(), complete, whyEmpty);
    }

    /** Nothing is known: no reference is judged. */
    static KnownIds unknown() {
        return new KnownIds(Set.of(), false, null);
    }

    /** Whether a reference to {@code id} names nothing that is defined, nor anything whose id could not be read. */
    boolean surelyLacks(String id) {
        return complete && !ids.contains(id) && !unreadNames.contains(id)
                && Suggestions.closest(id, unreadNames).isEmpty();
    }
}
