package dev.tradeoff.load;

import dev.tradeoff.model.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that every reference between files resolves: initiative owners to teams, {@code enables}
 * to product initiatives (without cycles), {@code keyResults} to the key results of objectives.
 * A reference is only reported when what it names is surely absent, never because the file that
 * would define it could not be read.
 */
final class CrossReferences {

    private final Problems problems;

    private CrossReferences(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param initiatives every initiative file with a valid name, by id (readable or not)
     * @param initiativeIds their ids, and the names of the initiative files not named as ids
     * @param objectives every objective file with a valid name, by id
     * @param objectiveIds their ids, and the names of the objective files not named as ids
     */
    static void check(Map<String, InitiativeDraft> initiatives, KnownIds initiativeIds, KnownIds teams,
            Map<String, ObjectiveDraft> objectives, KnownIds objectiveIds, Problems problems) {
        CrossReferences references = new CrossReferences(problems);
        for (InitiativeDraft draft : new TreeMap<>(initiatives).values()) {
            references.owner(draft, teams);
            references.enables(draft, initiatives, initiativeIds);
            references.keyResults(draft, objectives, objectiveIds);
        }
        references.enablesCycles(initiatives);
    }

    private void owner(InitiativeDraft draft, KnownIds teams) {
        Reference owner = draft.owner();
        if (owner == null || !teams.surelyLacks(owner.id())) {
            return;
        }
        String why = teams.whyEmpty() != null ? ": " + teams.whyEmpty() : Suggestions.didYouMean(owner.id(), teams.ids());
        report(owner, "unknown team '" + owner.id() + "'" + why);
    }

    private void enables(InitiativeDraft draft, Map<String, InitiativeDraft> initiatives, KnownIds initiativeIds) {
        for (Reference target : draft.enables()) {
            InitiativeDraft product = initiatives.get(target.id());
            if (target.id().equals(draft.id())) {
                report(target, "enables: a platform cannot enable itself ('" + draft.id() + "')");
            } else if (product == null) {
                if (initiativeIds.surelyLacks(target.id())) {
                    report(target, "unknown initiative '" + target.id() + "'"
                            + Suggestions.didYouMean(target.id(), initiatives.keySet()));
                }
            } else if (draft.kind() == Kind.PLATFORM && product.kind() != null && product.kind() != Kind.PRODUCT) {
                // (A product that enables anything is reported once, where it does; what it names is moot.)
                report(target, "enables: '" + target.id() + "' is a " + product.kind().yamlName()
                        + " initiative; a platform can only enable product initiatives");
            }
        }
    }

    private void keyResults(InitiativeDraft draft, Map<String, ObjectiveDraft> objectives, KnownIds objectiveIds) {
        for (Reference reference : draft.keyResults()) {
            String[] parts = reference.id().split("/", 2);
            ObjectiveDraft objective = objectives.get(parts[0]);
            if (objective == null) {
                if (objectiveIds.surelyLacks(parts[0])) {
                    report(reference, "unknown objective '" + parts[0] + "' in '" + reference.id() + "'"
                            + Suggestions.didYouMean(parts[0], objectives.keySet()));
                }
            } else if (objective.keyResults().surelyLacks(parts[1])) {
                report(reference, "unknown key result '" + parts[1] + "' in objective '" + parts[0] + "'"
                        + Suggestions.didYouMean(parts[1], objective.keyResults().ids()));
            }
        }
    }

    /**
     * Platforms may only enable products, so a cycle among initiatives whose kinds are known breaks
     * one of those rules, which is reported where it is broken; a second report of the same line as
     * a cycle would be noise. A cycle through an initiative whose kind could not be read is reported
     * on its own, once, at the reference that closes it. Depth-first, without
     * recursion, so a long chain of files cannot exhaust the stack.
     */
    private void enablesCycles(Map<String, InitiativeDraft> initiatives) {
        Map<String, Boolean> finished = new HashMap<>();
        for (String root : new TreeMap<>(initiatives).keySet()) {
            if (finished.containsKey(root)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            List<Iterator<Reference>> pending = new ArrayList<>();
            path.add(root);
            pending.add(targets(root, initiatives));
            finished.put(root, false);
            while (!path.isEmpty()) {
                Iterator<Reference> next = pending.get(pending.size() - 1);
                if (!next.hasNext()) {
                    finished.put(path.remove(path.size() - 1), true);
                    pending.remove(pending.size() - 1);
                    continue;
                }
                Reference target = next.next();
                Boolean done = finished.get(target.id());
                if (done == null) {
                    path.add(target.id());
                    pending.add(targets(target.id(), initiatives));
                    finished.put(target.id(), false);
                } else if (!done) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target.id()), path.size()));
                    if (cycle.stream().anyMatch(id -> initiatives.get(id).kind() == null)) {
                        cycle.add(target.id());
                        report(target, "enables cycle: " + String.join(" -> ", cycle));
                    }
                }
            }
        }
    }

    /** The initiatives {@code id} enables, in id order, leaving out itself (reported on its own). */
    private static Iterator<Reference> targets(String id, Map<String, InitiativeDraft> initiatives) {
        InitiativeDraft draft = initiatives.get(id);
        if (draft == null) {
            return Collections.emptyIterator();
        }
        return draft.enables().stream()
                .filter(target -> !target.id().equals(id))
                .sorted(Comparator.comparing(Reference::id))
                .iterator();
    }

    private void report(Reference at, String message) {
        problems.add(at.file(), at.line(), at.column(), message);
    }
}
