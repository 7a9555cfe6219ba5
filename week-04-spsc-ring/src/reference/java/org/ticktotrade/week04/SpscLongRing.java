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
        // kata:solution lesson-01 Reject a capacity that is not a power of two of at least 2 (IllegalArgumentException naming it), allocate the buffer, set mask = capacity - 1 and producerLimit = capacity (an empty ring has room for capacity values).
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two of at least 2, was " + capacity);
        }
        this.buffer = new long[capacity];
        this.mask = capacity - 1;
        // Plain: the constructor's writes reach the two threads through however the ring is handed to
        // them (a thread start, a final field, a volatile), which orders them before either thread's first access.
        this.producerLimit = capacity;
        // kata:starter
        // this.buffer = null;
        // this.mask = 0;
        // kata:end
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
    // tag::offer[]
    public boolean offer(long value) {
        // end::offer[]
        // kata:solution lesson-03 Reject EMPTY; if producerIndex reached producerLimit, refresh the limit from the consumer's index (acquire) and return false if still full; write the slot, then publish producerIndex + 1 with a release store.
        // tag::offer[]
        if (value == EMPTY) {
            throw new IllegalArgumentException("EMPTY (Long.MIN_VALUE) cannot be offered: poll() returns it to mean 'nothing there'");
        }
        final long index = producerIndex; // plain: this thread is the only writer of producerIndex
        if (index >= producerLimit && !refreshProducerLimit(index + 1)) {
            return false;
        }
        buffer[(int) index & mask] = value; // plain: the consumer cannot look at this slot until producerIndex passes it
        // Release: the slot store above is visible no later than the new index. This store is the publication.
        PRODUCER_INDEX.setRelease(this, index + 1);
        return true;
        // end::offer[]
        // kata:end
        // tag::offer[]
    }

    /**
     * The slow path, taken once per capacity's worth of offers in the steady state: look at the consumer.
     * Returns whether the producer may now write up to {@code wanted} (exclusive).
     */
    private boolean refreshProducerLimit(long wanted) {
        // end::offer[]
        // kata:solution lesson-03 Read consumerIndex with an acquire load, store consumerIndex + capacity in producerLimit, and say whether wanted fits under it.
        // tag::offer[]
        // Acquire: pairs with the consumer's release of consumerIndex, so its reads of the slots it freed
        // have completed before we overwrite them.
        long limit = (long) CONSUMER_INDEX.getAcquire(this) + buffer.length;
        producerLimit = limit; // plain: producer-only field
        return wanted <= limit;
        // end::offer[]
        // kata:end
        // tag::offer[]
    }
    // end::offer[]

    /**
     * Consumer side. Takes the oldest value.
     *
     * @return the oldest value, or {@link #EMPTY} when the ring is empty
     */
    // tag::poll[]
    public long poll() {
        // end::poll[]
        // kata:solution lesson-03 If consumerIndex reached cachedProducerIndex, refresh the cache from producerIndex (acquire) and return EMPTY if still empty; read the slot, then publish consumerIndex + 1 with a release store.
        // tag::poll[]
        final long index = consumerIndex; // plain: this thread is the only writer of consumerIndex
        if (index >= cachedProducerIndex && index >= refreshCachedProducerIndex()) {
            return EMPTY;
        }
        final long value = buffer[(int) index & mask];
        // Release: our read of the slot completes before the producer can see it free and overwrite it.
        CONSUMER_INDEX.setRelease(this, index + 1);
        return value;
        // end::poll[]
        // kata:end
        // tag::poll[]
    }

    /** The consumer's slow path: read the producer's index and remember it. */
    private long refreshCachedProducerIndex() {
        // end::poll[]
        // kata:solution lesson-03 Read producerIndex with an acquire load, remember it in cachedProducerIndex and return it.
        // tag::poll[]
        // Acquire: pairs with the producer's release of producerIndex, so every slot below it is visible.
        long published = (long) PRODUCER_INDEX.getAcquire(this);
        cachedProducerIndex = published; // plain: consumer-only field
        return published;
        // end::poll[]
        // kata:end
        // tag::poll[]
    }
    // end::poll[]

    /**
     * Consumer side. Hands up to {@code limit} of the oldest values to {@code consumer}, in order, and frees
     * their slots with one release store at the end.
     *
     * @return how many values were handed over (0 when the ring was empty)
     */
    // tag::drain[]
    public int drain(LongConsumer consumer, int limit) {
        // end::drain[]
        // kata:solution lesson-03 Refresh cachedProducerIndex once if needed, hand min(limit, available) slots to the consumer in order, then publish consumerIndex + n with one release store.
        // tag::drain[]
        if (limit <= 0) {
            return 0;
        }
        final long index = consumerIndex;
        long available = cachedProducerIndex - index;
        if (available < limit) {
            available = refreshCachedProducerIndex() - index; // one look at the producer for the whole batch
        }
        final int n = (int) Math.min(available, limit);
        for (int i = 0; i < n; i++) {
            consumer.accept(buffer[(int) (index + i) & mask]);
        }
        if (n > 0) {
            // Release, once: every slot read above completes before the producer may reuse any of them.
            CONSUMER_INDEX.setRelease(this, index + n);
        }
        return n;
        // end::drain[]
        // kata:end
        // tag::drain[]
    }
    // end::drain[]

    /**
     * Producer side. Stores up to {@code limit} values from {@code supplier}, as many as there is room for,
     * and publishes them with one release store at the end.
     *
     * @return how many values were stored (0 when the ring was full)
     * @throws IllegalArgumentException if the supplier returns {@code EMPTY}; the values before it are published
     */
    // tag::fill[]
    public int fill(LongSupplier supplier, int limit) {
        // end::fill[]
        // kata:solution lesson-03 Refresh producerLimit once if needed, write min(limit, room) values from the supplier, then publish producerIndex + n with one release store.
        // tag::fill[]
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
            long value = supplier.getAsLong();
            if (value == EMPTY) {
                PRODUCER_INDEX.setRelease(this, index + i); // keep what was stored before the bad value
                throw new IllegalArgumentException("the supplier returned EMPTY (Long.MIN_VALUE) at position " + i
                        + " of the batch: poll() returns it to mean 'nothing there'");
            }
            buffer[(int) (index + i) & mask] = value;
        }
        if (n > 0) {
            // Release, once: all n slot stores are visible no later than the new index.
            PRODUCER_INDEX.setRelease(this, index + n);
        }
        return n;
        // end::fill[]
        // kata:end
        // tag::fill[]
    }
    // end::fill[]

    /**
     * The number of values in the ring: exact when neither side is moving, a snapshot in between. Either
     * thread (or a third, for monitoring) may call it.
     */
    public int size() {
        // kata:solution lesson-03 Read consumerIndex then producerIndex, each with an acquire load, and return the difference clamped to 0..capacity.
        // Acquire on the consumer's index first keeps the producer's load after it; the producer's index
        // never falls behind, so the difference is never negative, and a stale consumer index can only
        // overstate it: clamp to what the ring can hold.
        long consumed = (long) CONSUMER_INDEX.getAcquire(this);
        long produced = (long) PRODUCER_INDEX.getAcquire(this);
        return (int) Math.min(produced - consumed, buffer.length);
        // kata:end
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
