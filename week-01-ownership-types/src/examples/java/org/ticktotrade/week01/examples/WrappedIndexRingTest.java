package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrappedIndexRingTest {

    @Test
    void aRingOfFourWrappedSlotsHoldsOnlyThree() {
        WrappedIndexRing ring = new WrappedIndexRing(4);
        assertTrue(ring.offer(1));
        assertTrue(ring.offer(2));
        assertTrue(ring.offer(3));
        assertFalse(ring.offer(4), "the fourth slot is sacrificed so that head == tail still means empty");
    }

    @Test
    void itStillWrapsAroundInOrder() {
        WrappedIndexRing ring = new WrappedIndexRing(4);
        long next = 1;
        long expected = 1;
        for (int lap = 0; lap < 100; lap++) {
            assertTrue(ring.offer(next++));
            assertTrue(ring.offer(next++));
            assertEquals(expected++, ring.poll());
            assertEquals(expected++, ring.poll());
        }
        assertEquals(Long.MIN_VALUE, ring.poll());
    }
}
