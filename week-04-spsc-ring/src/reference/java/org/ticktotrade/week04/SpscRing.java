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
        // kata:solution lesson-03 As SpscLongRing's constructor: reject a bad capacity naming it, allocate (E[]) new Object[capacity], set mask and producerLimit.
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two of at least 2, was " + capacity);
        }
        this.buffer = (E[]) new Object[capacity];
        this.mask = capacity - 1;
        this.producerLimit = capacity; // plain: published with the ring itself, as in SpscLongRing
        // kata:starter
        // this.buffer = null;
        // this.mask = 0;
        // kata:end
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
    // tag::offer[]
    public boolean offer(E element) {
        // end::offer[]
        // kata:solution lesson-03 Reject null (NullPointerException); as SpscLongRing.offer: check the cached limit, refresh it from consumerIndex (acquire) only when reached, store the slot, release producerIndex + 1.
        // tag::offer[]
        Objects.requireNonNull(element, "a null element cannot be offered: poll() returns null to mean 'nothing there'");
        final long index = producerIndex; // plain: the producer is the only writer
        if (index >= producerLimit && !refreshProducerLimit(index + 1)) {
            return false;
        }
        buffer[(int) index & mask] = element; // plain: not visible to the consumer until the index moves
        // Release: the element (and every field the producer wrote into it) is visible no later than the index.
        PRODUCER_INDEX.setRelease(this, index + 1);
        return true;
        // end::offer[]
        // kata:end
        // tag::offer[]
    }
    // end::offer[]

    private boolean refreshProducerLimit(long wanted) {
        // kata:solution lesson-03 Read consumerIndex with an acquire load, store consumerIndex + capacity in producerLimit, and say whether wanted fits.
        // Acquire: the consumer's clearing of the slots it freed happens-before we overwrite them.
        long limit = (long) CONSUMER_INDEX.getAcquire(this) + buffer.length;
        producerLimit = limit;
        return wanted <= limit;
        // kata:end
    }

    /**
     * Consumer side.
     *
     * @return the oldest element, or {@code null} when the ring is empty
     */
    // tag::poll[]
    public E poll() {
        // end::poll[]
        // kata:solution lesson-03 As SpscLongRing.poll, with null for empty; clear the slot (plain store of null) before the release store of consumerIndex + 1.
        // tag::poll[]
        final long index = consumerIndex; // plain: the consumer is the only writer
        if (index >= cachedProducerIndex && index >= refreshCachedProducerIndex()) {
            return null;
        }
        final int slot = (int) index & mask;
        final E element = buffer[slot];
        buffer[slot] = null; // plain: ordered before the release below, so the producer never sees a stale reference
        // Release: our read and the clearing complete before the producer may reuse the slot.
        CONSUMER_INDEX.setRelease(this, index + 1);
        return element;
        // end::poll[]
        // kata:end
        // tag::poll[]
    }
    // end::poll[]

    private long refreshCachedProducerIndex() {
        // kata:solution lesson-03 Read producerIndex with an acquire load, remember it in cachedProducerIndex and return it.
        // Acquire: pairs with the producer's release, so the elements below the index are fully visible.
        long published = (long) PRODUCER_INDEX.getAcquire(this);
        cachedProducerIndex = published;
        return published;
        // kata:end
    }

    /**
     * Consumer side: hands up to {@code limit} elements to {@code consumer} in order, clearing their slots,
     * and frees them with one release store.
     *
     * @return how many elements were handed over
     */
    public int drain(Consumer<? super E> consumer, int limit) {
        // kata:solution lesson-03 As SpscLongRing.drain: one refresh, min(limit, available) elements handed over and cleared, one release store.
        if (limit <= 0) {
            return 0;
        }
        final long index = consumerIndex;
        long available = cachedProducerIndex - index;
        if (available < limit) {
            available = refreshCachedProducerIndex() - index;
        }
        final int n = (int) Math.min(available, limit);
        for (int i = 0; i < n; i++) {
            final int slot = (int) (index + i) & mask;
            final E element = buffer[slot];
            buffer[slot] = null;
            consumer.accept(element);
        }
        if (n > 0) {
            CONSUMER_INDEX.setRelease(this, index + n); // release, once for the batch
        }
        return n;
        // kata:end
    }

    /**
     * Producer side: stores up to {@code limit} elements from {@code supplier}, as many as there is room
     * for, and publishes them with one release store.
     *
     * @return how many elements were stored
     * @throws NullPointerException if the supplier returns null; the elements before it are published
     */
    public int fill(Supplier<? extends E> supplier, int limit) {
        // kata:solution lesson-03 As SpscLongRing.fill: one refresh, min(limit, room) elements stored, one release store; a null from the supplier publishes what came before and throws.
        if (limit <= 0) {
            return 0;
        }
        final long index = producerIndex;
        long room = producerLimit - index;
        if (room < limit) {
            refreshProducerLimit(index + limit);
            room = producerLimit - index;
        }
        final int n = (int) Math.min(room, limit);
        for (int i = 0; i < n; i++) {
            E element = supplier.get();
            if (element == null) {
                PRODUCER_INDEX.setRelease(this, index + i);
                throw new NullPointerException("the supplier returned null at position " + i + " of the batch");
            }
            buffer[(int) (index + i) & mask] = element;
        }
        if (n > 0) {
            PRODUCER_INDEX.setRelease(this, index + n); // release, once for the batch
        }
        return n;
        // kata:end
    }

    /** A snapshot of the number of elements, 0..capacity, callable from any thread. */
    public int size() {
        // kata:solution lesson-03 As SpscLongRing.size: acquire consumerIndex, then producerIndex, clamp the difference.
        long consumed = (long) CONSUMER_INDEX.getAcquire(this);
        long produced = (long) PRODUCER_INDEX.getAcquire(this);
        return (int) Math.min(produced - consumed, buffer.length);
        // kata:end
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
