package org.ticktotrade.week07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GcWindowTest {

    private static volatile Object sink;

    @Test
    void countsTheBytesTheWatchedThreadAllocates() {
        GcWindow w = GcWindow.open(Thread.currentThread());
        for (int i = 0; i < 1_000; i++) {
            sink = new byte[1_024];
        }
        GcWindow.Counts c = w.close();
        assertTrue(c.allocatedBytes() >= 1_000 * 1_024, "1,000 arrays of 1 KB, counted " + c.allocatedBytes());
        assertTrue(c.collections() >= 0);
    }

    // tag::allocation-free[]
    @Test
    void aLoopThatAllocatesNothingCountsAlmostNothing() {
        LatencyRecorder r = new LatencyRecorder(1_000_000_000L);
        for (int i = 0; i < 10_000; i++) {
            r.record(0, 0, i); // warm up: compile record, so the interpreter's own work is out of the way
        }
        GcWindow w = GcWindow.open(Thread.currentThread());
        for (int i = 0; i < 1_000_000; i++) {
            r.record(0, 0, i % 100_000);
        }
        GcWindow.Counts c = w.close();
        // what open() itself leaves behind (its object, the MXBean's array) is a few hundred bytes, not 16 MB
        assertTrue(c.allocatedBytes() < 4_096, "a million records allocated " + c.allocatedBytes() + " bytes");
    }
    // end::allocation-free[]

    @Test
    void countsCollections() {
        long before = GcWindow.collections();
        GcWindow w = GcWindow.open(Thread.currentThread());
        System.gc();
        GcWindow.Counts c = w.close();
        assertTrue(c.collections() >= 1, "System.gc() is a collection: " + c.collections());
        assertEquals(true, GcWindow.collections() > before);
    }
}
