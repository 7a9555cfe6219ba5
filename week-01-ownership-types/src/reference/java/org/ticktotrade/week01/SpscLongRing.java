package org.ticktotrade.week01;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A lock-free ring of primitive {@code long}s for exactly one producer thread and exactly one
 * consumer thread.
 *
 * <p>Two counters split the work. {@code tail} is the next slot the producer writes and only the
 * producer ever stores to it; {@code head} is the next slot the consumer reads and only the consumer
 * ever stores to it. Each side reads its own counter with a plain load (it is the only writer) and
 * the other side's counter with an acquire load, and publishes its own progress with a release store.
 * That acquire/release pair is the whole synchronization: no lock, no CAS, no fence instruction on x86.
 *
 * <p>The counters only ever grow; the slot is {@code counter & mask}. A {@code long} incremented a
 * billion times a second takes about 292 years to overflow, so wrap-around of the counters themselves
 * never needs handling, and {@code tail - head} is always the exact number of items in the ring.
 *
 * <p>This week's ring is deliberately plain: no padding between the counters and no cached copy of
 * the remote counter. Week 04 measures what those two tricks buy.
 */
public final class SpscLongRing {

    /** What {@link #poll()} returns when the ring is empty; {@link #offer(long)} refuses to store it. */
    public static final long EMPTY = Long.MIN_VALUE;

    // tag::counters[]
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(SpscLongRing.class, "head", long.class);
            TAIL = lookup.findVarHandle(SpscLongRing.class, "tail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long[] buffer;
    private final int mask;

    /** Next slot the producer writes. Stored only by the producer, always through {@code TAIL.setRelease}. */
    private long tail;

    /** Next slot the consumer reads. Stored only by the consumer, always through {@code HEAD.setRelease}. */
    private long head;
    // end::counters[]

    /**
     * @param capacity a power of two, at least 2
     * @throws IllegalArgumentException for any other capacity
     */
    // tag::constructor[]
    public SpscLongRing(int capacity) {
        // end::constructor[]
        // kata:solution lesson-04 Reject a capacity that is not a power of two of at least 2 with an IllegalArgumentException, then allocate the buffer and set mask to capacity - 1.
        // tag::constructor[]
        // A power of two lets `counter & mask` replace the much slower `counter % capacity`.
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException(
                    "capacity must be a power of two of at least 2 (so that index & mask works), was " + capacity);
        }
        this.buffer = new long[capacity];
        this.mask = capacity - 1;
        // end::constructor[]
        // kata:end
        // tag::constructor[]
    }
    // end::constructor[]

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
        // kata:solution lesson-04 Reject EMPTY, return false when tail - head == capacity, else write buffer[tail & mask] and publish tail + 1 with a release store.
        // tag::offer[]
        if (value == EMPTY) {
            throw new IllegalArgumentException("EMPTY (Long.MIN_VALUE) cannot be offered: poll() returns it to mean 'nothing there'");
        }
        final long currentTail = tail; // plain: this thread is the only writer of tail
        // Acquire: pairs with the consumer's release of head, so its read of the slot we may reuse has completed.
        final long currentHead = (long) HEAD.getAcquire(this);
        if (currentTail - currentHead == buffer.length) {
            return false;
        }
        buffer[(int) currentTail & mask] = value; // plain: the consumer cannot look at this slot until tail moves past it
        // Release: the slot write above becomes visible no later than the new tail. This store is the publication.
        TAIL.setRelease(this, currentTail + 1);
        return true;
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
        // kata:solution lesson-04 Return EMPTY when head == tail, else read buffer[head & mask] and then publish head + 1 with a release store.
        // tag::poll[]
        final long currentHead = head; // plain: this thread is the only writer of head
        // Acquire: pairs with the producer's release of tail, so the slot write it published is visible to us.
        final long currentTail = (long) TAIL.getAcquire(this);
        if (currentHead == currentTail) {
            return EMPTY;
        }
        final long value = buffer[(int) currentHead & mask];
        // Release: our read of the slot completes before the producer can see it free and overwrite it.
        HEAD.setRelease(this, currentHead + 1);
        return value;
        // end::poll[]
        // kata:end
        // tag::poll[]
    }
    // end::poll[]

    /** The number of values in the ring: exact when neither side is moving, a snapshot in between. */
    // tag::size[]
    public int size() {
        // end::size[]
        // kata:solution lesson-04 Read head, then tail, each with an acquire load, and return tail - head clamped to the capacity.
        // tag::size[]
        // Acquire on head keeps the tail load after it. Tail never falls behind head, so a tail read later
        // than head can only be larger: the difference is never negative.
        final long currentHead = (long) HEAD.getAcquire(this);
        final long currentTail = (long) TAIL.getAcquire(this);
        // While we were between the two loads the consumer may have taken items and the producer refilled,
        // so a stale head can overstate the size: clamp it to what the ring can physically hold.
        return (int) Math.min(currentTail - currentHead, buffer.length);
        // end::size[]
        // kata:end
        // tag::size[]
    }
    // end::size[]

    public boolean isEmpty() {
        return size() == 0;
    }
}
