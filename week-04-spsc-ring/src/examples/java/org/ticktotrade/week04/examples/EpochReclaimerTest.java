package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EpochReclaimerTest {

    // tag::no-reuse-while-pinned[]
    @Test
    void aRetiredNodeIsNotReusedWhileAReaderThatMayHoldItIsPinned() {
        EpochReclaimer epochs = new EpochReclaimer(1, 2);
        int a = epochs.allocate();
        int b = epochs.allocate();
        epochs.pin(0);   // the reader may now be holding a
        epochs.retire(a); // the writer unlinked a
        for (int i = 0; i < 100; i++) {
            assertEquals(-1, epochs.allocate(), "a is still protected by the pinned reader, and b is live");
        }
        assertEquals(1, epochs.epoch(), "the epoch moved once (the reader had announced it) and then waited for the reader");
        assertEquals(1, epochs.waitingInLimbo());

        epochs.unpin(0);
        assertEquals(a, epochs.allocate(), "unpinned: two epoch moves later a is free again");
        assertEquals(2, epochs.epoch());
        epochs.retire(b); // retired in epoch 2, free from epoch 4
        assertEquals(0, epochs.reclaim(), "epoch 2 -> 3: too early for b");
        assertEquals(1, epochs.reclaim(), "epoch 3 -> 4: b is free");
    }
    // end::no-reuse-while-pinned[]

    @Test
    void aReaderThatPinnedAfterTheRetireDoesNotHoldTheNodeBack() {
        EpochReclaimer epochs = new EpochReclaimer(2, 1);
        int a = epochs.allocate();
        epochs.retire(a);           // retired in epoch 0
        assertEquals(0, epochs.reclaim(), "epoch 0 -> 1: too early for a");
        epochs.pin(1);              // announces epoch 1: it pinned after the unlink, so it cannot reach a
        assertEquals(1, epochs.reclaim(), "epoch 1 -> 2: every pinned reader announced 1, so a is free");
        assertEquals(a, epochs.allocate());
        epochs.unpin(1);
    }

    @Test
    void oneLaggingReaderHoldsBackEveryNodeRetiredSinceItPinned() {
        EpochReclaimer epochs = new EpochReclaimer(2, 4);
        epochs.pin(0); // reader 0 announces 0 and then stalls
        for (int i = 0; i < 4; i++) {
            int node = epochs.allocate();
            assertTrue(node >= 0, "the pool still had free nodes");
            epochs.retire(node);
            epochs.pin(1);   // reader 1 comes and goes and is never the problem
            epochs.unpin(1);
            epochs.reclaim(); // moves the epoch once (0 -> 1), then reader 0's old announcement stops it
        }
        assertEquals(1, epochs.epoch());
        assertEquals(-1, epochs.allocate(), "reader 0 pinned before all four retires: nothing can be reused");
        assertEquals(4, epochs.waitingInLimbo(), "the cost of a stalled reader is memory: limbo grows");
        epochs.unpin(0);
        assertTrue(epochs.allocate() >= 0);
    }

    @Test
    void misuseIsReportedClearly() {
        assertThrows(IllegalArgumentException.class, () -> new EpochReclaimer(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new EpochReclaimer(1, 0));
        EpochReclaimer epochs = new EpochReclaimer(1, 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> epochs.pin(1)).getMessage().contains("was 1"));
        assertThrows(IllegalStateException.class, () -> epochs.unpin(0), "not pinned");
        epochs.pin(0);
        assertThrows(IllegalStateException.class, () -> epochs.pin(0), "pins do not nest");
        epochs.unpin(0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> epochs.retire(0)).getMessage().contains("free"));
        int node = epochs.allocate();
        epochs.retire(node);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> epochs.retire(node)).getMessage().contains("already retired"));
        assertThrows(IllegalArgumentException.class, () -> epochs.retire(7));
    }

    /**
     * A quote board built on the reclaimer: the writer keeps quotes in pooled slots (bid and ask in two plain
     * arrays), publishes the current slot with a volatile store and retires the previous one. A reader pins,
     * loads the current slot, reads both halves with a pause in between, and unpins. If a slot were reused
     * while a reader still held it, the reader would see a bid and an ask from two different quotes.
     */
    static final class QuoteBoard {
        private static final VarHandle CURRENT;

        static {
            try {
                CURRENT = MethodHandles.lookup().findVarHandle(QuoteBoard.class, "current", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final EpochReclaimer epochs;
        final long[] bid;
        final long[] ask;
        @SuppressWarnings("unused") // through CURRENT
        private int current;

        QuoteBoard(int readers, int slots) {
            epochs = new EpochReclaimer(readers, slots);
            bid = new long[slots];
            ask = new long[slots];
            current = epochs.allocate(); // slot 0 holds the quote (0, 1)
            ask[current] = 1;
        }

        /** Writer: false when no slot is free yet (every spare slot is still protected). */
        boolean publish(long price) {
            int next = epochs.allocate();
            if (next < 0) {
                return false;
            }
            bid[next] = price;     // plain: published by the volatile store below
            ask[next] = price + 1;
            int previous = (int) CURRENT.get(this); // plain: the writer is the only thread that stores it
            CURRENT.setVolatile(this, next);         // the unlink of previous: a volatile store, as the reclaimer requires
            epochs.retire(previous);
            return true;
        }

        // tag::read[]
        /** Reader {@code reader}: the spread of the current quote, always 1 unless a slot was reused too early. */
        long spread(int reader) {
            epochs.pin(reader);
            try {
                int slot = (int) CURRENT.getVolatile(this); // volatile load after the pin, as the reclaimer requires
                long b = bid[slot];
                Thread.onSpinWait(); // widen the window in which an early reuse would tear the pair
                long a = ask[slot];
                return a - b;
            } finally {
                epochs.unpin(reader);
            }
        }
        // end::read[]
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readersNeverSeeASlotReusedUnderThem() throws Exception {
        QuoteBoard board = new QuoteBoard(1, 4);
        final long quotes = 200_000;
        AtomicLong torn = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        Thread reader = Thread.ofPlatform().name("reader").daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (board.spread(0) != 1) {
                    torn.incrementAndGet();
                }
                reads.incrementAndGet();
            }
        });
        long published = 0;
        long refused = 0;
        try {
            while (published < quotes) {
                if (board.publish(published * 2)) {
                    published++;
                } else {
                    refused++;
                    Thread.yield(); // two shared cores: give the reader the CPU it needs to unpin
                }
            }
        } finally {
            reader.interrupt();
            reader.join(10_000);
        }
        assertFalse(reader.isAlive(), "the reader did not stop");
        assertTrue(reads.get() > 0, "the reader never ran: the test proved nothing");
        assertEquals(0, torn.get(), "a reader saw a bid and an ask from two quotes: a slot was reused while it was pinned ("
                + reads.get() + " reads, " + refused + " refused publishes)");
    }
}
