package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InstrumentShardRouterTest {

    record Order(int instrument, long sequence) {}

    // instruments 0..3: 0 is busy and has engine 0 to itself, 1..3 share engine 1
    private static final int[] TABLE = {0, 1, 1, 1};

    @Test
    void ordersReachTheirInstrumentsEngineInTheOrderTheyWereSent() {
        InstrumentShardRouter<Order> router = new InstrumentShardRouter<>(TABLE, 8, Order::instrument);
        assertEquals(2, router.shards());
        for (long s = 1; s <= 6; s++) {
            assertTrue(router.route(new Order((int) (s % 4), s)));
        }
        List<Order> engine0 = new ArrayList<>();
        List<Order> engine1 = new ArrayList<>();
        assertEquals(1, router.drain(0, engine0::add, 100));
        assertEquals(5, router.drain(1, engine1::add, 100));
        assertEquals(List.of(new Order(0, 4)), engine0);
        assertEquals(List.of(new Order(1, 1), new Order(2, 2), new Order(3, 3), new Order(1, 5), new Order(2, 6)), engine1);
    }

    @Test
    void aFullEngineHoldsBackOnlyItsOwnInstruments() {
        InstrumentShardRouter<Order> router = new InstrumentShardRouter<>(TABLE, 2, Order::instrument);
        assertTrue(router.route(new Order(0, 1)));
        assertTrue(router.route(new Order(0, 2)));
        assertFalse(router.route(new Order(0, 3)), "engine 0's ring of two is full");
        assertTrue(router.route(new Order(2, 4)), "engine 1 is unaffected");
    }

    @Test
    void badConfigurationAndUnknownInstrumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InstrumentShardRouter<Order>(new int[0], 8, Order::instrument));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentShardRouter<Order>(new int[] {0, -1}, 8, Order::instrument));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentShardRouter<Order>(TABLE, 6, Order::instrument),
                "the ring's capacity must be a power of two");
        InstrumentShardRouter<Order> router = new InstrumentShardRouter<>(TABLE, 8, Order::instrument);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> router.route(new Order(4, 1)));
        assertTrue(e.getMessage().contains("unknown instrument 4"), e.getMessage());
    }

    /**
     * One gateway thread (this one) and two engine threads. Each engine keeps, per instrument, the last
     * sequence it saw in a plain array that only it writes: single-writer state, no lock. Every order must
     * arrive exactly once, at the right engine, in order.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void twoEngineThreadsEachSeeTheirInstrumentsInOrder() throws Exception {
        final int orders = 200_000;
        InstrumentShardRouter<Order> router = new InstrumentShardRouter<>(TABLE, 256, Order::instrument);
        long[] expectedPerShard = new long[2];
        for (long s = 0; s < orders; s++) {
            expectedPerShard[router.shardOf((int) (s % 4))]++;
        }
        AtomicReference<String> problem = new AtomicReference<>();
        Thread[] engines = new Thread[2];
        for (int shard = 0; shard < 2; shard++) {
            final int me = shard;
            engines[shard] = Thread.ofPlatform().name("engine-" + shard).daemon().start(() -> {
                long[] lastSequence = new long[TABLE.length]; // this engine's own state
                java.util.Arrays.fill(lastSequence, -1);
                long[] seen = {0};
                while (seen[0] < expectedPerShard[me] && problem.get() == null) {
                    int n = router.drain(me, order -> {
                        if (router.shardOf(order.instrument()) != me) {
                            problem.compareAndSet(null, "engine " + me + " got " + order);
                        } else if (order.sequence() <= lastSequence[order.instrument()]) {
                            problem.compareAndSet(null, "engine " + me + " got " + order + " after sequence " + lastSequence[order.instrument()]);
                        }
                        lastSequence[order.instrument()] = order.sequence();
                        seen[0]++;
                    }, 64);
                    if (n == 0) {
                        Thread.yield(); // three threads, two shared cores
                    }
                }
            });
        }
        for (long s = 0; s < orders && problem.get() == null; s++) {
            Order order = new Order((int) (s % 4), s);
            while (!router.route(order)) {
                Thread.yield(); // that engine's ring is full: wait for it
            }
        }
        for (Thread engine : engines) {
            engine.join(20_000);
            assertFalse(engine.isAlive(), engine.getName() + " did not receive all its orders");
        }
        assertEquals(null, problem.get());
    }
}
