package dev.tradeoff.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether values of the last render equal those of this one, each pair of objects compared once:
 * the same initiatives are inputs of their page, brief and chart, and items of the lists that
 * the portfolio's pages and charts read, and comparing one deeply costs far more than a lookup.
 * Lists are compared item by item ({@link List#equals} means exactly that); every value is
 * immutable while a render runs. Safe to use from several threads.
 */
final class Comparisons {

    private final Map<Identity, Compared> compared = new ConcurrentHashMap<>();

    boolean same(Object before, Object now) {
        if (before == now) {
            return true;
        }
        if (!(now instanceof Record) && !(now instanceof List<?>)) {
            return Objects.equals(before, now);
        }
        Identity key = new Identity(now);
        Compared known = compared.get(key);
        if (known == null || known.before() != before) {
            known = new Compared(before, now instanceof List<?> list ? sameItems(before, list) : now.equals(before));
            compared.put(key, known);
        }
        return known.same();
    }

    private boolean sameItems(Object before, List<?> now) {
        if (!(before instanceof List<?> list) || list.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!same(list.get(i), now.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A value of this render compared with one of the last. */
    private record Compared(Object before, boolean same) {
    }
}
