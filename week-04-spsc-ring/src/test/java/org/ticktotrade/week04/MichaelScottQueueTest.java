package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Lesson 6: the Michael-Scott queue, alone and with two threads each producing and consuming. */
class MichaelScottQueueTest {

    @Test
    void firstInFirstOut() {
        MichaelScottQueue<String> queue = new MichaelScottQueue<>();
        assertTrue(queue.isEmpty(), "a new queue is empty (only the sentinel)");
        assertNull(queue.poll(), "poll() on an empty queue returns null");
        assertTrue(queue.offer("a"), "offer always succeeds");
        queue.offer("b");
        assertFalse(queue.isEmpty(), "two offers");
        assertEquals("a", queue.poll(), "first in, first out");
        queue.offer("c");
        assertEquals("b", queue.poll(), "first in, first out");
        assertEquals("c", queue.poll(), "first in, first out");
        assertNull(queue.poll(), "empty again");
        assertTrue(queue.isEmpty(), "empty again");
    }

    @Test
    void offerRejectsNull() {
        assertThrows(NullPointerException.class, () -> new MichaelScottQueue<String>().offer(null),
                "offer(null) must throw: poll() returns null for empty");
    }

    @Test
    void twoProducerConsumersLoseNothingAndKeepEachProducersOrder() throws Exception {
        final int perThread = 200_000;
        MichaelScottQueue<Long> queue = new MichaelScottQueue<>();
        AtomicInteger taken = new AtomicInteger();
        long[][] lastSeen = new long[2][2]; // [consumer][producer] last value seen from that producer
        try (TestThreads threads = new TestThreads()) {
            TestThreads.Spawned<?>[] workers = new TestThreads.Spawned<?>[2];
            for (int t = 0; t < 2; t++) {
                final int me = t;
                lastSeen[me][0] = -1;
                lastSeen[me][1] = -1;
                workers[t] = threads.start("worker-" + t, () -> {
                    for (long i = 0; i < perThread; i++) {
                        queue.offer(((long) me << 32) | i);
                        Long v = queue.poll();
                        if (v != null) {
                            int producer = (int) (v >>> 32);
                            long seq = v & 0xFFFF_FFFFL;
                            assertTrue(seq > lastSeen[me][producer], "consumer " + me + " got producer " + producer + "'s "
                                    + seq + " after " + lastSeen[me][producer] + ": one producer's items must stay in order");
                            lastSeen[me][producer] = seq;
                            taken.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            TestThreads.awaitAllOrFirstFailure(Duration.ofSeconds(15), workers);
            for (TestThreads.Spawned<?> w : workers) {
                w.join(Duration.ZERO, "a worker never finished: a CAS loop that never succeeds, or a lagging tail nobody helps?");
            }
        }
        int left = 0;
        while (queue.poll() != null) {
            left++;
        }
        assertEquals(2 * perThread, taken.get() + left, "every offered item must be polled exactly once");
    }
}
