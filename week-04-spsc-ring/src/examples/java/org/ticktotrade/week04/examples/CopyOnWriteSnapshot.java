package org.ticktotrade.week04.examples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Copy-on-write depth snapshots (lesson 8): the book's own thread keeps its depth in plain arrays it alone
 * writes, and now and then publishes an immutable copy through one reference. Any number of reader threads
 * (risk, a market-data publisher, a dashboard) take the latest copy with one load and read it for as long as
 * they like. Nobody locks, readers never slow the writer down, and a reader always sees one consistent
 * book, never half of one update and half of the next.
 *
 * <p>The price is a copy per publish ({@code 4 * depth} longs plus headers), so publish at the rate readers
 * need, not on every order. Old snapshots are reclaimed by the garbage collector once no reader holds them:
 * this is read-copy-update with the GC as the grace period, which is exactly the part native RCU has to
 * build (lesson 7).
 *
 * <p>One writer thread ({@code setBid}, {@code setAsk}, {@code publish}); any threads call {@link #latest()}.
 */
public final class CopyOnWriteSnapshot {

    /** One immutable copy of the top {@code depth} levels a side, and the sequence of the last event in it. */
    public static final class Depth {
        private final long sequence;
        private final long[] bidPrices;
        private final long[] bidSizes;
        private final long[] askPrices;
        private final long[] askSizes;

        private Depth(long sequence, long[] bidPrices, long[] bidSizes, long[] askPrices, long[] askSizes) {
            this.sequence = sequence;
            this.bidPrices = bidPrices; // already copies: nobody else holds these arrays, and nobody writes them again
            this.bidSizes = bidSizes;
            this.askPrices = askPrices;
            this.askSizes = askSizes;
        }

        public long sequence() {
            return sequence;
        }

        public int depth() {
            return bidPrices.length;
        }

        public long bidPrice(int level) {
            return bidPrices[level];
        }

        public long bidSize(int level) {
            return bidSizes[level];
        }

        public long askPrice(int level) {
            return askPrices[level];
        }

        public long askSize(int level) {
            return askSizes[level];
        }
    }

    private static final VarHandle LATEST;

    static {
        try {
            LATEST = MethodHandles.lookup().findVarHandle(CopyOnWriteSnapshot.class, "latest", Depth.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // The writer's working copy: plain, touched by the book's thread only.
    private final long[] bidPrices;
    private final long[] bidSizes;
    private final long[] askPrices;
    private final long[] askSizes;

    @SuppressWarnings("unused") // through LATEST
    private Depth latest;

    /** @param depth levels a side, at least 1; the first snapshot (sequence 0) is an empty book */
    public CopyOnWriteSnapshot(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, was " + depth);
        }
        bidPrices = new long[depth];
        bidSizes = new long[depth];
        askPrices = new long[depth];
        askSizes = new long[depth];
        latest = copy(0); // plain: the constructor's writes are published with this object (the owner's job)
    }

    /** Writer: level {@code level} of the bids, in the working copy (readers see it at the next publish). */
    public void setBid(int level, long price, long size) {
        bidPrices[level] = price;
        bidSizes[level] = size;
    }

    /** Writer: level {@code level} of the asks, in the working copy. */
    public void setAsk(int level, long price, long size) {
        askPrices[level] = price;
        askSizes[level] = size;
    }

    // tag::publish[]
    /** Writer: publishes a copy of the working depth as of event {@code sequence}, and returns it. */
    public Depth publish(long sequence) {
        Depth next = copy(sequence); // plain writes into arrays no other thread can reach yet
        // Release: the copy's contents are visible no later than the reference to it. No lock, no CAS: one
        // writer, so nothing to arbitrate; no reader is ever waited for.
        LATEST.setRelease(this, next);
        return next;
    }

    /** Any thread: the latest published depth. Read it for as long as you like; it never changes. */
    public Depth latest() {
        return (Depth) LATEST.getAcquire(this); // acquire: pairs with publish's release
    }
    // end::publish[]

    private Depth copy(long sequence) {
        return new Depth(sequence, bidPrices.clone(), bidSizes.clone(), askPrices.clone(), askSizes.clone());
    }
}
