package org.ticktotrade.week04;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The production single-producer/single-consumer ring of primitive {@code long}s: week 01's ring with
 * the three changes that make it fast across two cores.
 *
 * <ol>
 *   <li><b>Padding.</b> The producer's cursors and the consumer's live on cache lines of their own
 *       ({@link PaddedRingCursors}), so a store by one side does not invalidate the line the other reads.
 *   <li><b>Cached remote cursors.</b> The producer keeps {@code producerLimit}, how far it may write as of
 *       the last time it looked at the consumer, and reads the consumer's cursor only when it reaches
 *       that limit; the consumer does the same with {@code cachedProducerIndex}. In the common case
 *       each side touches only its own lines and the slot.
 *   <li><b>Batches.</b> {@link #drain} and {@link #fill} move up to a limit of values and publish the
 *       cursor once, one release store for the whole batch.
 * </ol>
 *
 * <p>Exactly one thread may call the producer methods ({@link #offer}, {@link #fill}) and exactly one
 * the consumer methods ({@link #poll}, {@link #drain}); the ring does not check.
 */
public final class SpscLongRing extends PaddedRingCursors {

    /** What {@link #poll()} returns when the ring is empty; {@link #offer(long)} refuses to store it. */
    public static final long EMPTY = Long.MIN_VALUE;

    private final long[] buffer;
    private final int mask;

    /**
     * @param capacity a power of two, at least 2
     * @throws IllegalArgumentException for any other capacity, naming it
     */
    public SpscLongRing(int capacity) {
        // TODO(kata) Reject a capacity that is not a power of two of at least 2 (IllegalArgumentException naming it), allocate the buffer, set mask = capacity - 1 and producerLimit = capacity (an empty ring has room for capacity values). Read lesson 1, "From week 01's ring to a production ring".
        this.buffer = null;
        this.mask = 0;
    }

    public int capacity() {
        return buffer.length;
    }

    /**
     * Producer side. Stores {@code value} unless the ring is full.
     *
     * @return {@code false} when the ring is full (nothing was stored)
     * @throws IllegalArgumentException if {@code value == EMPTY}, which {@link #poll()} could not tell apart
     */
    public boolean offer(long value) {
        // TODO(kata) Reject EMPTY; if producerIndex reached producerLimit, refresh the limit from the consumer's index (acquire) and return false if still full; write the slot, then publish producerIndex + 1 with a release store. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Reject EMPTY; if producerIndex reached producerLimit, refresh the limit from the consumer's index (acquire) and return false if still full; write the slot, then publish producerIndex + 1 with a release store. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * The slow path, taken once per capacity's worth of offers in the steady state: look at the consumer.
     * Returns whether the producer may now write up to {@code wanted} (exclusive).
     */
    private boolean refreshProducerLimit(long wanted) {
        // TODO(kata) Read consumerIndex with an acquire load, store consumerIndex + capacity in producerLimit, and say whether wanted fits under it. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Read consumerIndex with an acquire load, store consumerIndex + capacity in producerLimit, and say whether wanted fits under it. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * Consumer side. Takes the oldest value.
     *
     * @return the oldest value, or {@link #EMPTY} when the ring is empty
     */
    public long poll() {
        // TODO(kata) If consumerIndex reached cachedProducerIndex, refresh the cache from producerIndex (acquire) and return EMPTY if still empty; read the slot, then publish consumerIndex + 1 with a release store. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) If consumerIndex reached cachedProducerIndex, refresh the cache from producerIndex (acquire) and return EMPTY if still empty; read the slot, then publish consumerIndex + 1 with a release store. Read lesson 3, \"Cached cursors and batches\".");
    }

    /** The consumer's slow path: read the producer's index and remember it. */
    private long refreshCachedProducerIndex() {
        // TODO(kata) Read producerIndex with an acquire load, remember it in cachedProducerIndex and return it. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Read producerIndex with an acquire load, remember it in cachedProducerIndex and return it. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * Consumer side. Hands up to {@code limit} of the oldest values to {@code consumer}, in order, and frees
     * their slots with one release store at the end.
     *
     * @return how many values were handed over (0 when the ring was empty)
     */
    public int drain(LongConsumer consumer, int limit) {
        // TODO(kata) Refresh cachedProducerIndex once if needed, hand min(limit, available) slots to the consumer in order, then publish consumerIndex + n with one release store. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Refresh cachedProducerIndex once if needed, hand min(limit, available) slots to the consumer in order, then publish consumerIndex + n with one release store. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * Producer side. Stores up to {@code limit} values from {@code supplier}, as many as there is room for,
     * and publishes them with one release store at the end.
     *
     * @return how many values were stored (0 when the ring was full)
     * @throws IllegalArgumentException if the supplier returns {@code EMPTY}; the values before it are published
     */
    public int fill(LongSupplier supplier, int limit) {
        // TODO(kata) Refresh producerLimit once if needed, write min(limit, room) values from the supplier, then publish producerIndex + n with one release store. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Refresh producerLimit once if needed, write min(limit, room) values from the supplier, then publish producerIndex + n with one release store. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * The number of values in the ring: exact when neither side is moving, a snapshot in between. Either
     * thread (or a third, for monitoring) may call it.
     */
    public int size() {
        // TODO(kata) Read consumerIndex then producerIndex, each with an acquire load, and return the difference clamped to 0..capacity. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Read consumerIndex then producerIndex, each with an acquire load, and return the difference clamped to 0..capacity. Read lesson 3, \"Cached cursors and batches\".");
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
