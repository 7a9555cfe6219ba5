package org.ticktotrade.week01.examples;

/**
 * Lesson 4's foil: a ring whose head and tail are slot positions, wrapped into {@code [0, capacity)}
 * on every step, instead of counters that only grow. Single-threaded, because the point is the
 * arithmetic, not the publication.
 *
 * <p>With wrapped positions, "empty" and "full" both look like {@code head == tail}. The classic way
 * out is to call the ring full one slot early, so a ring of capacity N holds N - 1 values.
 * {@code SpscLongRing} keeps unbounded counters instead: {@code tail - head} is the exact count, from
 * 0 to N, and no slot is wasted.
 */
public final class WrappedIndexRing {

    private final long[] slots;
    private final int mask;
    private int head; // next slot to read, always in [0, capacity)
    private int tail; // next slot to write, always in [0, capacity)

    public WrappedIndexRing(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two of at least 2, was " + capacity);
        }
        slots = new long[capacity];
        mask = capacity - 1;
    }

    // tag::wrapped[]
    public boolean offer(long value) {
        int next = (tail + 1) & mask;
        if (next == head) {
            return false; // "full" while one slot is still free: head == tail must keep meaning "empty"
        }
        slots[tail] = value;
        tail = next;
        return true;
    }
    // end::wrapped[]

    /** @return the oldest value, or {@code Long.MIN_VALUE} when empty */
    public long poll() {
        if (head == tail) {
            return Long.MIN_VALUE;
        }
        long value = slots[head];
        head = (head + 1) & mask;
        return value;
    }
}
