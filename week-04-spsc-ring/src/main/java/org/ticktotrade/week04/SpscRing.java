package org.ticktotrade.week04;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The generic twin of {@link SpscLongRing}: the same padded cursors, cached remote views and batches,
 * over references. {@code null} means "empty" to {@link #poll()}, so {@link #offer} refuses it.
 *
 * <p>Two differences from the primitive ring. Publishing a reference publishes the object behind it: the
 * release store of the producer's index orders every write the producer made to the element (its
 * fields too) before the consumer's acquire load sees the index. And the consumer clears each slot it
 * reads, so the ring never keeps a consumed element reachable (a ring that held on to a million messages
 * would be a memory leak the GC cannot see).
 *
 * <p>One producer thread ({@link #offer}, {@link #fill}) and one consumer thread ({@link #poll},
 * {@link #drain}).
 */
public final class SpscRing<E> extends PaddedRingCursors {

    private final E[] buffer;
    private final int mask;

    /**
     * @param capacity a power of two, at least 2
     * @throws IllegalArgumentException for any other capacity, naming it
     */
    @SuppressWarnings("unchecked")
    public SpscRing(int capacity) {
        // TODO(kata) As SpscLongRing's constructor: reject a bad capacity naming it, allocate (E[]) new Object[capacity], set mask and producerLimit. Read lesson 3, "Cached cursors and batches".
        this.buffer = null;
        this.mask = 0;
    }

    public int capacity() {
        return buffer.length;
    }

    /**
     * Producer side.
     *
     * @return {@code false} when the ring is full
     * @throws NullPointerException if {@code element} is null
     */
    public boolean offer(E element) {
        // TODO(kata) Reject null (NullPointerException); as SpscLongRing.offer: check the cached limit, refresh it from consumerIndex (acquire) only when reached, store the slot, release producerIndex + 1. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Reject null (NullPointerException); as SpscLongRing.offer: check the cached limit, refresh it from consumerIndex (acquire) only when reached, store the slot, release producerIndex + 1. Read lesson 3, \"Cached cursors and batches\".");
    }

    private boolean refreshProducerLimit(long wanted) {
        // TODO(kata) Read consumerIndex with an acquire load, store consumerIndex + capacity in producerLimit, and say whether wanted fits. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Read consumerIndex with an acquire load, store consumerIndex + capacity in producerLimit, and say whether wanted fits. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * Consumer side.
     *
     * @return the oldest element, or {@code null} when the ring is empty
     */
    public E poll() {
        // TODO(kata) As SpscLongRing.poll, with null for empty; clear the slot (plain store of null) before the release store of consumerIndex + 1. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) As SpscLongRing.poll, with null for empty; clear the slot (plain store of null) before the release store of consumerIndex + 1. Read lesson 3, \"Cached cursors and batches\".");
    }

    private long refreshCachedProducerIndex() {
        // TODO(kata) Read producerIndex with an acquire load, remember it in cachedProducerIndex and return it. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) Read producerIndex with an acquire load, remember it in cachedProducerIndex and return it. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * Consumer side: hands up to {@code limit} elements to {@code consumer} in order, clearing their slots,
     * and frees them with one release store.
     *
     * @return how many elements were handed over
     */
    public int drain(Consumer<? super E> consumer, int limit) {
        // TODO(kata) As SpscLongRing.drain: one refresh, min(limit, available) elements handed over and cleared, one release store. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) As SpscLongRing.drain: one refresh, min(limit, available) elements handed over and cleared, one release store. Read lesson 3, \"Cached cursors and batches\".");
    }

    /**
     * Producer side: stores up to {@code limit} elements from {@code supplier}, as many as there is room
     * for, and publishes them with one release store.
     *
     * @return how many elements were stored
     * @throws NullPointerException if the supplier returns null; the elements before it are published
     */
    public int fill(Supplier<? extends E> supplier, int limit) {
        // TODO(kata) As SpscLongRing.fill: one refresh, min(limit, room) elements stored, one release store; a null from the supplier publishes what came before and throws. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) As SpscLongRing.fill: one refresh, min(limit, room) elements stored, one release store; a null from the supplier publishes what came before and throws. Read lesson 3, \"Cached cursors and batches\".");
    }

    /** A snapshot of the number of elements, 0..capacity, callable from any thread. */
    public int size() {
        // TODO(kata) As SpscLongRing.size: acquire consumerIndex, then producerIndex, clamp the difference. Read lesson 3, "Cached cursors and batches".
        throw new UnsupportedOperationException("TODO(kata) As SpscLongRing.size: acquire consumerIndex, then producerIndex, clamp the difference. Read lesson 3, \"Cached cursors and batches\".");
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
