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
    public SpscLongRing(int capacity) {
        // TODO(kata) Reject a capacity that is not a power of two of at least 2 with an IllegalArgumentException, then allocate the buffer and set mask to capacity - 1. Read lesson 4, "The lock-free SPSC ring".
        throw new UnsupportedOperationException("TODO(kata) Reject a capacity that is not a power of two of at least 2 with an IllegalArgumentException, then allocate the buffer and set mask to capacity - 1. Read lesson 4, \"The lock-free SPSC ring\".");
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
        // TODO(kata) Reject EMPTY, return false when tail - head == capacity, else write buffer[tail & mask] and publish tail + 1 with a release store. Read lesson 4, "The lock-free SPSC ring".
        throw new UnsupportedOperationException("TODO(kata) Reject EMPTY, return false when tail - head == capacity, else write buffer[tail & mask] and publish tail + 1 with a release store. Read lesson 4, \"The lock-free SPSC ring\".");
    }

    /**
     * Consumer side. Takes the oldest value.
     *
     * @return the oldest value, or {@link #EMPTY} when the ring is empty
     */
    public long poll() {
        // TODO(kata) Return EMPTY when head == tail, else read buffer[head & mask] and then publish head + 1 with a release store. Read lesson 4, "The lock-free SPSC ring".
        throw new UnsupportedOperationException("TODO(kata) Return EMPTY when head == tail, else read buffer[head & mask] and then publish head + 1 with a release store. Read lesson 4, \"The lock-free SPSC ring\".");
    }

    /** The number of values in the ring: exact when neither side is moving, a snapshot in between. */
    public int size() {
        // TODO(kata) Read head, then tail, each with an acquire load, and return tail - head clamped to the capacity. Read lesson 4, "The lock-free SPSC ring".
        throw new UnsupportedOperationException("TODO(kata) Read head, then tail, each with an acquire load, and return tail - head clamped to the capacity. Read lesson 4, \"The lock-free SPSC ring\".");
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
