package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Instructor-only tests (src/hidden-test: graded by ./kata grade, stripped from the student edition):
 * the ring's rules in the orders the public tests do not try.
 */
class SpscLongRingHiddenTest {

    /** Bug caught: testing "full?" before "is it EMPTY?", so a full ring quietly answers false. */
    @Test
    void offeringEmptyIsAnErrorEvenWhenTheRingIsFull() {
        SpscLongRing ring = new SpscLongRing(2);
        assertTrue(ring.offer(1));
        assertTrue(ring.offer(2));
        assertThrows(IllegalArgumentException.class, () -> ring.offer(SpscLongRing.EMPTY),
                "offer(EMPTY) on a full ring must still throw IllegalArgumentException: a caller passing EMPTY has a"
                        + " bug whatever the ring holds, and 'false' would tell it to retry. Reject EMPTY first.");
        assertEquals(1, ring.poll(), "the ring still holds what it held");
    }
}
