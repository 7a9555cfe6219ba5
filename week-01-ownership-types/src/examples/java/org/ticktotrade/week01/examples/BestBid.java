package org.ticktotrade.week01.examples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One best-bid price, four jobs, four access modes. Lesson 2: pick the weakest mode that keeps the
 * promise the reader needs, because each stronger mode costs something the weaker one does not.
 *
 * <ul>
 *   <li>{@link EngineLocal}: plain. Only the matching thread ever touches it.</li>
 *   <li>{@link Ticker}: opaque. A dashboard samples the latest value and needs nothing else.</li>
 *   <li>{@link Mailbox}: release/acquire. A price and a size travel together to the fan-out thread.</li>
 *   <li>{@link HaltableFeed}: volatile. Two threads each write one thing and then read the other's.</li>
 * </ul>
 */
public final class BestBid {

    private BestBid() {}

    // tag::plain[]
    /**
     * Plain: the matching thread's own copy of the best bid, used to decide whether an incoming buy
     * improves the top of the book. No other thread reads it, so program order is the only order
     * that exists and the JIT may keep the value in a register for as long as it likes.
     */
    public static final class EngineLocal {
        private long bestBidTicks; // plain: confined to the matching thread

        public boolean improves(long bidTicks) {
            return bidTicks > bestBidTicks;
        }

        public void update(long bidTicks) {
            bestBidTicks = bidTicks;
        }
    }
    // end::plain[]

    // tag::opaque[]
    /**
     * Opaque: the risk dashboard samples the latest best bid a few times a second. It needs the value
     * to be whole (a long written in one piece, never half old and half new), to show up eventually
     * (the reader's loop may not cache it in a register forever), and never to go backwards in time
     * for one reader. It does not read anything else through this value, so it needs no ordering.
     */
    public static final class Ticker {
        private static final VarHandle BID = handle(MethodHandles.lookup(), "bidTicks");
        private long bidTicks; // accessed only through BID, in opaque mode

        public void publish(long ticks) {
            BID.setOpaque(this, ticks);
        }

        public long sample() {
            return (long) BID.getOpaque(this);
        }
    }
    // end::opaque[]

    // tag::release[]
    /**
     * Release/acquire: the book thread hands a (price, size) update to the market-data fan-out as one
     * unit. The two plain fields are written first; the release store of {@code published} makes them
     * visible no later than the new sequence number, and the fan-out's acquire load of that number
     * makes them visible to everything it does next. The mirror pair ({@code taken}) tells the book
     * thread when it may overwrite the fields. A one-slot SPSC ring, in other words: lesson 4 in miniature.
     */
    public static final class Mailbox {
        private static final VarHandle PUBLISHED = handle(MethodHandles.lookup(), "published");
        private static final VarHandle TAKEN = handle(MethodHandles.lookup(), "taken");

        private long priceTicks; // plain: written before the release, read after the acquire
        private long sizeLots;   // plain, likewise
        private long published;  // sequence of the last update offered; stored by the book thread only
        private long taken;      // sequence of the last update consumed; stored by the fan-out thread only

        /** Book thread. False while the fan-out has not taken the previous update yet. */
        public boolean offer(long price, long size) {
            final long last = published; // plain: this thread is its only writer
            if ((long) TAKEN.getAcquire(this) != last) {
                return false; // the fan-out may still be reading the fields: do not touch them
            }
            priceTicks = price;
            sizeLots = size;
            PUBLISHED.setRelease(this, last + 1); // the publication: fields first, then the sequence
            return true;
        }

        /** Fan-out thread. Hands the newest update to {@code sink} and returns true, or returns false. */
        public boolean poll(LevelSink sink) {
            final long sequence = (long) PUBLISHED.getAcquire(this); // pairs with the setRelease above
            if (sequence == taken) { // plain read of taken: this thread is its only writer
                return false;
            }
            sink.accept(priceTicks, sizeLots);
            TAKEN.setRelease(this, sequence); // our reads of the fields finish before the book may reuse them
            return true;
        }
    }

    /** Receives one update without allocating a holder object. */
    @FunctionalInterface
    public interface LevelSink {
        void accept(long priceTicks, long sizeLots);
    }
    // end::release[]

    // tag::volatile[]
    /**
     * Volatile: halting the feed. The fan-out thread records the bid it is about to send and then
     * checks for a halt; the risk thread sets the halt and then reads the last bid that may have left.
     * Each thread stores one variable and then loads the other's. Only sequential consistency rules
     * out both loads missing both stores (the fan-out sends after the halt AND risk reports an older
     * bid as the last one out). Release/acquire allows exactly that outcome: see HaltRaceDemo.
     */
    public static final class HaltableFeed {
        private volatile long lastBidTicks;
        private volatile boolean halted;

        /** Fan-out thread. @return true when the bid may be sent */
        public boolean publish(long bidTicks) {
            lastBidTicks = bidTicks; // volatile store ...
            return !halted;          // ... then volatile load: the store-load order is what we pay for
        }

        /** Risk thread. @return the last bid the fan-out may have sent before it saw the halt */
        public long halt() {
            halted = true;
            return lastBidTicks;
        }
    }
    // end::volatile[]

    /** A VarHandle for a {@code long} field of the class that made {@code lookup}. */
    static VarHandle handle(MethodHandles.Lookup lookup, String field) {
        try {
            return lookup.findVarHandle(lookup.lookupClass(), field, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
