package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ticktotrade.week04.SpscLongRing.EMPTY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lessons 1 and 3: SpscLongRing's single-thread contract, one rule per test. */
class SpscLongRingTest {

    @ParameterizedTest(name = "capacity {0} is rejected, naming the value")
    @ValueSource(ints = {0, 1, 3, 6, 12, 1000, -4, Integer.MIN_VALUE})
    void rejectsCapacityThatIsNotAPowerOfTwoOfAtLeastTwo(int capacity) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SpscLongRing(capacity),
                "new SpscLongRing(" + capacity + ") must throw IllegalArgumentException: the capacity must be a power of"
                        + " two of at least 2 (Integer.MIN_VALUE has one bit set too, and is negative)");
        assertTrue(e.getMessage() != null && e.getMessage().contains(Integer.toString(capacity)),
                "the message must name the rejected capacity " + capacity + ", was: " + e.getMessage());
    }

    @ParameterizedTest(name = "capacity {0} holds exactly {0} values")
    @ValueSource(ints = {2, 4, 64, 1024})
    void holdsExactlyCapacityValues(int capacity) {
        SpscLongRing ring = new SpscLongRing(capacity);
        assertEquals(capacity, ring.capacity(), "capacity()");
        for (int i = 0; i < capacity; i++) {
            assertTrue(ring.offer(i), "offer() number " + (i + 1) + " returned false on a ring of capacity " + capacity
                    + " holding " + i + " values: producerLimit starts at capacity, and only reaching it means 'look again'");
        }
        assertFalse(ring.offer(capacity), "offer() into a full ring of capacity " + capacity + " must return false");
        assertEquals(capacity, ring.size(), "size() of a full ring");
    }

    @Test
    void freshRingIsEmpty() {
        SpscLongRing ring = new SpscLongRing(4);
        assertEquals(EMPTY, ring.poll(), "poll() on a fresh ring must return EMPTY");
        assertEquals(0, ring.size(), "size() of a fresh ring");
        assertTrue(ring.isEmpty(), "isEmpty() of a fresh ring");
    }

    @Test
    void offerRejectsEmpty() {
        SpscLongRing ring = new SpscLongRing(4);
        assertThrows(IllegalArgumentException.class, () -> ring.offer(EMPTY),
                "offer(EMPTY) must throw IllegalArgumentException: poll() could not tell it from 'nothing there'");
        assertEquals(0, ring.size(), "a rejected offer must store nothing");
    }

    @Test
    void refusedOfferOverwritesNothingAndFreedSlotIsReused() {
        SpscLongRing ring = new SpscLongRing(4);
        for (long v = 1; v <= 4; v++) {
            ring.offer(v);
        }
        assertFalse(ring.offer(5), "offer() into a full ring must return false");
        assertEquals(1, ring.poll(), "the oldest value must come out first, untouched by the refused offer");
        assertTrue(ring.offer(5), "after one poll the producer must see the freed slot: when it reaches its cached"
                + " limit it reads consumerIndex again before it gives up");
        for (long expected = 2; expected <= 5; expected++) {
            assertEquals(expected, ring.poll(), "first in, first out");
        }
        assertEquals(EMPTY, ring.poll(), "drained ring");
    }

    @ParameterizedTest(name = "capacity {0}: values stay in order across many wrap-arounds")
    @ValueSource(ints = {2, 8, 128})
    void wrapsAroundManyTimesInOrder(int capacity) {
        SpscLongRing ring = new SpscLongRing(capacity);
        long next = 0;
        long expected = 0;
        for (int round = 0; round < 50; round++) {
            int burst = 1 + (round * 7) % capacity;
            for (int i = 0; i < burst; i++) {
                assertTrue(ring.offer(next++), "offer() with " + ring.size() + " of " + capacity + " used");
            }
            for (int i = 0; i < burst; i++) {
                assertEquals(expected++, ring.poll(), "poll() after " + round + " wrap-arounds: slot = index & mask");
            }
        }
        assertEquals(EMPTY, ring.poll(), "everything offered was polled");
    }

    @Test
    void drainHandsOverUpToLimitInOrderAndFreesTheSlots() {
        SpscLongRing ring = new SpscLongRing(8);
        for (long v = 10; v < 16; v++) {
            ring.offer(v);
        }
        List<Long> got = new ArrayList<>();
        assertEquals(4, ring.drain(got::add, 4), "drain(consumer, 4) with 6 values in the ring hands over 4");
        assertEquals(List.of(10L, 11L, 12L, 13L), got, "drain hands values over oldest first");
        assertEquals(2, ring.size(), "drained slots are freed");
        got.clear();
        assertEquals(2, ring.drain(got::add, 100), "drain with a limit above what is there hands over what is there");
        assertEquals(List.of(14L, 15L), got, "the rest, in order");
        assertEquals(0, ring.drain(got::add, 100), "drain on an empty ring returns 0");
        assertEquals(0, ring.drain(v -> { throw new AssertionError("nothing to hand over"); }, 0), "drain with limit 0");
    }

    @Test
    void fillStoresOnlyWhatFitsAndKeepsOrder() {
        SpscLongRing ring = new SpscLongRing(4);
        long[] next = {100};
        assertEquals(3, ring.fill(() -> next[0]++, 3), "fill(supplier, 3) into an empty ring of 4 stores 3");
        assertEquals(1, ring.fill(() -> next[0]++, 3), "fill with room for 1 stores 1 and asks the supplier only once");
        assertEquals(104, next[0], "the supplier must be asked only for values that fit");
        assertEquals(0, ring.fill(() -> { throw new AssertionError("no room"); }, 5), "fill on a full ring returns 0");
        assertEquals(2, ring.drain(v -> { }, 2), "drain 2");
        assertEquals(2, ring.fill(() -> next[0]++, 10), "after 2 were freed, fill finds room for 2 (it refreshes its limit)");
        long[] out = new long[4];
        int[] i = {0};
        assertEquals(4, ring.drain(v -> out[i[0]++] = v, 4), "drain the lot");
        assertArrayEquals(new long[] {102, 103, 104, 105}, out, "fill and drain keep first-in-first-out order");
    }

    @Test
    void fillRejectsEmptyFromTheSupplierAndKeepsWhatCameBefore() {
        SpscLongRing ring = new SpscLongRing(8);
        long[] values = {1, 2, EMPTY, 4};
        int[] i = {0};
        assertThrows(IllegalArgumentException.class, () -> ring.fill(() -> values[i[0]++], 4),
                "a supplier returning EMPTY must make fill throw IllegalArgumentException");
        assertEquals(1, ring.poll(), "the values before the bad one are published");
        assertEquals(2, ring.poll(), "the values before the bad one are published");
        assertEquals(EMPTY, ring.poll(), "nothing after the bad value is stored");
    }

    @Test
    void sizeCountsWhatIsInTheRing() {
        SpscLongRing ring = new SpscLongRing(8);
        for (int i = 1; i <= 5; i++) {
            ring.offer(i);
            assertEquals(i, ring.size(), "size() after " + i + " offers");
        }
        ring.poll();
        ring.poll();
        assertEquals(3, ring.size(), "size() after 5 offers and 2 polls");
        assertFalse(ring.isEmpty(), "isEmpty() with 3 values");
    }
}
