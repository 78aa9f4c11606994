package dev.tradeoff.load;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ids a list defines (the teams of teams.yaml, the key results of an objective), gathered while it
 * is read, for the references that name them: each entry adds its id, or, when its id cannot be read,
 * the name written in its place, or, when there is none, makes what is known incomplete.
 */
final class DefinedIds {

    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> unreadNames = new TreeSet<>();
    private boolean complete = true;

    void add(String id) {
        ids.add(id);
    }

    /**
     * An entry whose id could not be read, its problem reported: {@code written} is what stands where
     * the id belongs (the {@code id} value, or the entry itself when it is not a mapping), null when
     * nothing does. A name written there (a bare {@code - checkout}, {@code id: Checkout Team}) may be
     * the id meant; anything else could be any id.
     */
    void unread(YamlNode written) {
        if (written instanceof YamlScalar scalar && !scalar.isNothing()) {
            unreadNames.add(scalar.text().trim());
        } else {
            complete = false;
        }
    }

    /** The list itself could not be read: nothing is known. */
    void unreadable() {
        complete = false;
    }

    KnownIds known() {
        return new KnownIds(ids, unreadNames, complete, null);
    }
}
