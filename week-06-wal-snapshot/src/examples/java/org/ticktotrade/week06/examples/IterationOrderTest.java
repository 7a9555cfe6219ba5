package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IterationOrderTest {

    // tag::orders[]
    @Test
    void aHashMapsOrderDependsOnItsHistory() {
        // 33, 17 and 1 share a bucket in a table of 16 (and are chained in insertion order), but sit in
        // buckets 33, 17 and 1 of the table of 2,048 that 1,000 earlier keys left behind.
        List<Long> fresh = IterationOrder.hashMapFresh(33, 17, 1);
        List<Long> grown = IterationOrder.hashMapAfterGrowth(33, 17, 1);
        assertEquals(List.of(33L, 17L, 1L), fresh);
        assertEquals(List.of(1L, 17L, 33L), grown);
        assertNotEquals(fresh, grown); // same keys, same values, same puts: a different walk
    }

    @Test
    void aTreeMapsOrderIsTheKeysOrder() {
        assertEquals(List.of(1L, 17L, 33L), IterationOrder.treeMapFresh(33, 17, 1));
        assertEquals(List.of(1L, 17L, 33L), IterationOrder.treeMapAfterGrowth(33, 17, 1));
    }
    // end::orders[]
}
