package org.scoexplorer.model;

import java.util.List;
import java.util.Map;

/** Null-safe immutable copies: absent arrays in a dataset file become empty lists, never null. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }
}
