package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapDetectorTest {

    private final List<long[]> seen = new ArrayList<>();
    private final GapDetector detector = new GapDetector((from, to) -> seen.add(new long[] {from, to}));

    @Test
    void anUnbrokenStreamHasNoGap() {
        for (long s = 1; s <= 1000; s++) {
            assertTrue(detector.onPacket(s));
        }
        assertEquals(0, detector.gaps());
        assertEquals(1001, detector.expected());
        assertTrue(seen.isEmpty());
    }

    @Test
    void aGapIsReportedWithItsFirstAndLastMissingNumber() {
        assertTrue(detector.onPacket(1));
        assertTrue(detector.onPacket(2));
        assertTrue(detector.onPacket(6), "a packet after a gap is new: it is applied");
        assertEquals(1, detector.gaps());
        assertEquals(3, detector.missing());
        assertEquals(List.of(3L, 5L), List.of(seen.getFirst()[0], seen.getFirst()[1]));
        assertTrue(detector.onPacket(7));
        assertTrue(detector.onPacket(9));
        assertEquals(2, detector.gaps());
        assertEquals(4, detector.missing());
        assertEquals(10, detector.expected());
    }

    @Test
    void aFirstPacketAfterOneIsAGapFromOne() {
        assertTrue(detector.onPacket(4));
        assertEquals(1, seen.getFirst()[0]);
        assertEquals(3, seen.getFirst()[1]);
    }

    // tag::stale[]
    @Test
    void duplicatesAndLatePacketsAreNotAppliedTwice() {
        detector.onPacket(1);
        detector.onPacket(2);
        assertFalse(detector.onPacket(2), "a duplicate");
        detector.onPacket(5);
        assertFalse(detector.onPacket(3), "a late packet, its gap already reported");
        assertEquals(2, detector.stale());
        assertEquals(6, detector.expected());
        assertEquals(1, detector.gaps());
    }
    // end::stale[]
}
