package org.ticktotrade.week06.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lesson 5: the same keys in two HashMaps with different histories, iterated in different orders; the
 * same keys in two TreeMaps, iterated in one order whatever the history.
 */
public final class IterationOrder {

    private IterationOrder() {}

    // tag::histories[]
    /** A map built by putting the keys in the given order, straight away. */
    public static List<Long> freshOrder(Map<Long, Long> map, long... keys) {
        for (long k : keys) {
            map.put(k, k);
        }
        return new ArrayList<>(map.keySet());
    }

    /** The same keys, put in the same order, into a map that had grown to hold 1,000 others first. */
    public static List<Long> afterGrowthOrder(Map<Long, Long> map, long... keys) {
        for (long k = 10_000; k < 11_000; k++) {
            map.put(k, k);
        }
        for (long k = 10_000; k < 11_000; k++) {
            map.remove(k); // gone again, but a HashMap never shrinks its table
        }
        return freshOrder(map, keys);
    }
    // end::histories[]

    public static List<Long> hashMapFresh(long... keys) {
        return freshOrder(new HashMap<>(), keys);
    }

    public static List<Long> hashMapAfterGrowth(long... keys) {
        return afterGrowthOrder(new HashMap<>(), keys);
    }

    public static List<Long> treeMapFresh(long... keys) {
        return freshOrder(new TreeMap<>(), keys);
    }

    public static List<Long> treeMapAfterGrowth(long... keys) {
        return afterGrowthOrder(new TreeMap<>(), keys);
    }
}
