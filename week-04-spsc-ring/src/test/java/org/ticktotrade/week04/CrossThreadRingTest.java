package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Lesson 3: the rings across two real threads. A million values through a small ring, so the producer
 * hits its cached limit and the consumer its cached view of the producer thousands of times; every value
 * must arrive once, in order. (jcstress probes the interleavings; this probes the long run.)
 */
class CrossThreadRingTest {

    private static final int COUNT = 1_000_000;
    private static final Duration LIMIT = Duration.ofSeconds(15);

    @Test
    void longRingOfferPollDeliversEveryValueOnceInOrder() throws Exception {
        SpscLongRing ring = new SpscLongRing(64);
        try (TestThreads threads = new TestThreads()) {
            TestThreads.Spawned<Void> producer = threads.start("producer", () -> {
                for (long v = 0; v < COUNT; v++) {
                    while (!ring.offer(v)) {
                        Thread.onSpinWait();
                        if (Thread.interrupted()) {
                            throw new AssertionError("the producer was still waiting for room at value " + v);
                        }
                    }
                }
                return null;
            });
            TestThreads.Spawned<Void> consumer = threads.start("consumer", () -> {
                for (long expected = 0; expected < COUNT; expected++) {
                    long v;
                    while ((v = ring.poll()) == SpscLongRing.EMPTY) {
                        Thread.onSpinWait();
                        if (Thread.interrupted()) {
                            throw new AssertionError("the consumer was still waiting for value " + expected);
                        }
                    }
                    assertEquals(expected, v, "values must arrive once each, in order (a stale cached cursor lets"
                            + " the producer overwrite an unread slot, or the consumer read one not yet written)");
                }
                return null;
            });
            TestThreads.awaitAllOrFirstFailure(LIMIT, producer, consumer);
            producer.join(Duration.ZERO, "the producer never finished: the consumer's release of consumerIndex never reached it?");
            consumer.join(Duration.ZERO, "the consumer never finished: the producer's release of producerIndex never reached it?");
        }
    }

    @Test
    void longRingFillDrainDeliversEveryValueOnceInOrder() throws Exception {
        SpscLongRing ring = new SpscLongRing(128);
        try (TestThreads threads = new TestThreads()) {
            TestThreads.Spawned<Void> producer = threads.start("producer", () -> {
                long[] next = {0};
                while (next[0] < COUNT) {
                    if (ring.fill(() -> next[0]++, (int) Math.min(37, COUNT - next[0])) == 0) {
                        Thread.onSpinWait();
                        if (Thread.interrupted()) {
                            throw new AssertionError("the producer was still waiting for room at value " + next[0]);
                        }
                    }
                }
                return null;
            });
            TestThreads.Spawned<Void> consumer = threads.start("consumer", () -> {
                long[] expected = {0};
                while (expected[0] < COUNT) {
                    int n = ring.drain(v -> {
                        assertEquals(expected[0], v, "drain must hand over every value once, in order");
                        expected[0]++;
                    }, 50);
                    if (n == 0) {
                        Thread.onSpinWait();
                        if (Thread.interrupted()) {
                            throw new AssertionError("the consumer was still waiting for value " + expected[0]);
                        }
                    }
                }
                return null;
            });
            TestThreads.awaitAllOrFirstFailure(LIMIT, producer, consumer);
            producer.join(Duration.ZERO, "the producer never finished");
            consumer.join(Duration.ZERO, "the consumer never finished");
        }
    }

    @Test
    void genericRingPublishesFullyBuiltElements() throws Exception {
        record Order(long id, long price, long quantity) {}
        SpscRing<Order> ring = new SpscRing<>(32);
        try (TestThreads threads = new TestThreads()) {
            TestThreads.Spawned<Void> producer = threads.start("producer", () -> {
                for (long id = 0; id < COUNT / 4; id++) {
                    Order order = new Order(id, id * 3, id * 5);
                    while (!ring.offer(order)) {
                        Thread.onSpinWait();
                        if (Thread.interrupted()) {
                            throw new AssertionError("the producer was still waiting for room at order " + id);
                        }
                    }
                }
                return null;
            });
            TestThreads.Spawned<Void> consumer = threads.start("consumer", () -> {
                for (long id = 0; id < COUNT / 4; id++) {
                    Order order;
                    while ((order = ring.poll()) == null) {
                        Thread.onSpinWait();
                        if (Thread.interrupted()) {
                            throw new AssertionError("the consumer was still waiting for order " + id);
                        }
                    }
                    assertEquals(new Order(id, id * 3, id * 5), order, "orders must arrive once each, in order, fully built");
                }
                return null;
            });
            TestThreads.awaitAllOrFirstFailure(LIMIT, producer, consumer);
            producer.join(Duration.ZERO, "the producer never finished");
            consumer.join(Duration.ZERO, "the consumer never finished");
        }
    }
}
