package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ticktotrade.week01.SpscLongRing.EMPTY;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lesson 4: the SPSC ring's contract, one rule per test. */
class SpscLongRingTest {

    @ParameterizedTest(name = "capacity {0} is rejected")
    @ValueSource(ints = {0, 1, 3, 6, 12, 1000, -4, Integer.MIN_VALUE})
    void rejectsCapacityThatIsNotAPowerOfTwoOfAtLeastTwo(int capacity) {
        assertThrows(IllegalArgumentException.class, () -> new SpscLongRing(capacity),
                "new SpscLongRing(" + capacity + ") must throw IllegalArgumentException: the capacity must be a"
                        + " power of two of at least 2 (note Integer.MIN_VALUE has one bit set too, and is negative)");
    }

    @ParameterizedTest(name = "capacity {0} is accepted and holds exactly {0} values")
    @ValueSource(ints = {2, 4, 1024})
    void acceptsPowerOfTwoCapacityAndHoldsExactlyThatMany(int capacity) {
        SpscLongRing ring = new SpscLongRing(capacity);
        assertEquals(capacity, ring.capacity(), "capacity()");
        for (int i = 0; i < capacity; i++) {
            assertTrue(ring.offer(i), "offer() number " + (i + 1) + " returned false on a ring of capacity " + capacity
                    + " holding " + i + " values: the ring is only full when tail - head == capacity");
        }
        assertFalse(ring.offer(capacity), "offer() returned true on a full ring of capacity " + capacity
                + ": when tail - head == capacity it must return false, or it overwrites the oldest value");
    }

    @Test
    void freshRingIsEmpty() {
        SpscLongRing ring = new SpscLongRing(4);
        assertEquals(EMPTY, ring.poll(), "poll() on a fresh ring must return EMPTY: head == tail means empty");
        assertEquals(0, ring.size(), "size() of a fresh ring");
        assertTrue(ring.isEmpty(), "isEmpty() of a fresh ring");
    }

    @Test
    void offerSucceedsOnAnEmptyRing() {
        SpscLongRing ring = new SpscLongRing(4);
        assertTrue(ring.offer(7), "offer() returned false on an empty ring of capacity 4: the ring is only full"
                + " when tail - head == capacity");
        assertEquals(1, ring.size(), "size() after one offer");
        assertFalse(ring.isEmpty(), "isEmpty() after one offer");
    }

    @Test
    void pollReturnsValuesInTheOrderTheyWereOffered() {
        SpscLongRing ring = new SpscLongRing(4);
        for (long v = 11; v <= 14; v++) {
            ring.offer(v);
        }
        for (long expected = 11; expected <= 14; expected++) {
            assertEquals(expected, ring.poll(), "poll() must return values first in, first out: read slot head & mask");
        }
    }

    @Test
    void fullRingRefusesAndKeepsWhatItHolds() {
        SpscLongRing ring = new SpscLongRing(8);
        for (long v = 1; v <= 8; v++) {
            assertTrue(ring.offer(v), "offer(" + v + ") into a ring of capacity 8 holding " + (v - 1) + " values");
        }
        assertEquals(8, ring.size(), "size() of a full ring of capacity 8");
        assertFalse(ring.offer(9), "offer() on a full ring must return false (tail - head == capacity)");
        assertFalse(ring.offer(10), "offer() on a full ring must keep returning false");
        for (long expected = 1; expected <= 8; expected++) {
            assertEquals(expected, ring.poll(), "a refused offer must not overwrite anything: poll() number " + expected);
        }
        assertEquals(EMPTY, ring.poll(), "the refused values 9 and 10 must not have been stored");
    }

    @Test
    void pollingFromAFullRingFreesExactlyOneSlot() {
        SpscLongRing ring = new SpscLongRing(4);
        for (long v = 1; v <= 4; v++) {
            ring.offer(v);
        }
        assertEquals(1, ring.poll(), "poll() on a full ring returns the oldest value");
        assertTrue(ring.offer(5), "after one poll() a full ring has one free slot: offer() must succeed");
        assertFalse(ring.offer(6), "after one poll() and one offer() the ring is full again");
    }

    @Test
    void pollOnADrainedRingReturnsEmpty() {
        SpscLongRing ring = new SpscLongRing(2);
        ring.offer(1);
        ring.offer(2);
        ring.poll();
        ring.poll();
        assertEquals(EMPTY, ring.poll(), "poll() after taking every value must return EMPTY (head == tail)");
        assertTrue(ring.isEmpty(), "isEmpty() after taking every value");
    }

    @Test
    void sizeIsOffersMinusPolls() {
        SpscLongRing ring = new SpscLongRing(8);
        ring.offer(1);
        ring.offer(2);
        ring.offer(3);
        assertEquals(3, ring.size(), "size() after 3 offers");
        ring.poll();
        assertEquals(2, ring.size(), "size() after 3 offers and 1 poll: tail - head");
        ring.poll();
        ring.poll();
        assertEquals(0, ring.size(), "size() after 3 offers and 3 polls");
    }

    @Test
    void offerRejectsTheEmptySentinel() {
        SpscLongRing ring = new SpscLongRing(4);
        assertThrows(IllegalArgumentException.class, () -> ring.offer(EMPTY),
                "offer(EMPTY) must throw IllegalArgumentException: a consumer could not tell it from 'nothing there'");
        assertEquals(0, ring.size(), "a rejected offer(EMPTY) must not store anything");
        assertEquals(EMPTY, ring.poll(), "a rejected offer(EMPTY) must not store anything");
    }

    @Test
    void everyOtherLongRoundTrips() {
        SpscLongRing ring = new SpscLongRing(8);
        long[] values = {0, -1, 1, Long.MIN_VALUE + 1, Long.MAX_VALUE, Integer.MIN_VALUE, 1L << 40};
        for (long v : values) {
            assertTrue(ring.offer(v), "offer(" + v + ") must succeed: only EMPTY (Long.MIN_VALUE) is reserved");
        }
        for (long v : values) {
            assertEquals(v, ring.poll(), "the value must come back unchanged (long slots, no int truncation)");
        }
    }

    // tag::wrap-around[]
    @Test
    void wrapsAroundTheBufferForAThousandLaps() {
        SpscLongRing ring = new SpscLongRing(4);
        long next = 1;
        long expected = 1;
        for (int lap = 0; lap < 1000; lap++) {
            // 3 in, 3 out: the start slot moves by 3 each lap, so every slot is used at every offset.
            for (int i = 0; i < 3; i++) {
                assertTrue(ring.offer(next++), "offer() on lap " + lap + " with " + i + " of 4 slots used:"
                        + " compare counters (tail - head), not slot positions, to decide full");
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(expected++, ring.poll(), "poll() on lap " + lap + ": the slot is counter & (capacity - 1)");
            }
            assertEquals(EMPTY, ring.poll(), "ring must be empty at the end of lap " + lap);
        }
    }
    // end::wrap-around[]

    @Test
    void separateRingsDoNotShareState() {
        SpscLongRing first = new SpscLongRing(2);
        SpscLongRing second = new SpscLongRing(2);
        first.offer(1);
        assertEquals(EMPTY, second.poll(), "a value offered to one ring appeared in another: buffer and counters"
                + " must be instance fields, not static");
        assertEquals(1, first.poll(), "the value offered to the first ring");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void producerAndConsumerThreadsMoveAMillionLongsInOrder() throws Exception {
        final long count = 1_000_000;
        // A small ring: the producer finds it full and the consumer finds it empty many times over.
        SpscLongRing ring = new SpscLongRing(64);
        try (TestThreads threads = new TestThreads()) {
            TestThreads.Spawned<Long> producer = threads.start("ring-producer", () -> {
                long sum = 0;
                // Values start at 1, so a consumer that reads a slot before its value landed sees 0 and fails.
                for (long v = 1; v <= count; v++) {
                    while (!ring.offer(v)) {
                        backOff();
                    }
                    sum += v;
                }
                return sum;
            });
            TestThreads.Spawned<Long> consumer = threads.start("ring-consumer", () -> {
                long sum = 0;
                for (long expected = 1; expected <= count; expected++) {
                    long v;
                    while ((v = ring.poll()) == EMPTY) {
                        backOff();
                    }
                    if (v != expected) {
                        throw new AssertionError("consumer expected " + expected + " but polled " + v
                                + (v == 0 ? " (a stale slot: the tail was published before the value was"
                                        + " written; write the slot first, then setRelease the tail)"
                                        : ": values were lost, duplicated or reordered"));
                    }
                    sum += v;
                }
                return sum;
            });
            TestThreads.awaitAllOrFirstFailure(Duration.ofSeconds(7), producer, consumer);
            long sent = producer.join(Duration.ofSeconds(1), "offer() never succeeded again: is the consumer's"
                    + " head published with setRelease, and read by the producer with getAcquire?");
            long received = consumer.join(Duration.ofSeconds(1), "the consumer stopped seeing values: is the"
                    + " producer's tail published with setRelease, and read by the consumer with getAcquire?");
            assertEquals(sent, received, "checksum of received values differs from checksum of sent values");
        }
        assertEquals(EMPTY, ring.poll(), "every value was taken, so the ring must be empty");
    }

    /** Spin politely: on a busy 2-core machine the other side may need this core to make progress. */
    static void backOff() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("test is over");
        }
        Thread.yield();
    }
}
