package org.ticktotrade.week01.bench;

import java.util.concurrent.locks.ReentrantLock;
import org.ticktotrade.week01.TypedChannel;

/**
 * The benchmark baseline: a bounded FIFO of primitive {@code long}s behind a {@link ReentrantLock}.
 * It ships with the course and learners do not edit it.
 *
 * <p>It has the same shape as {@link TypedChannel} (1024 slots, {@code tryPush} returns false when
 * full, {@code tryPop} returns {@link #EMPTY} when empty) and stores into a {@code long[]} exactly as
 * the ring does. No {@code Long} boxing, no {@code ArrayDeque}: with the data path identical, the only
 * difference left between the two arms is how they synchronize, which is what the benchmark measures.
 *
 * <p>Even uncontended, each call pays for the lock: a CAS ({@code lock cmpxchg} on x86) to acquire and
 * a volatile store to release (a store plus a {@code lock}-prefixed fence on x86). The ring pays one
 * release store and one acquire load, which on x86 compile to plain moves.
 */
public final class LockedLongDeque {

    public static final int CAPACITY = TypedChannel.CAPACITY;
    public static final long EMPTY = TypedChannel.EMPTY;

    private static final int MASK = CAPACITY - 1;

    private final ReentrantLock lock = new ReentrantLock();
    private final long[] buffer = new long[CAPACITY];
    /** Index of the oldest value. Guarded by {@code lock}. */
    private int head;
    /** Number of values stored. Guarded by {@code lock}. */
    private int size;

    /** @return {@code false} when full */
    // tag::try-push[]
    public boolean tryPush(long value) {
        lock.lock();
        try {
            if (size == CAPACITY) {
                return false;
            }
            buffer[(head + size) & MASK] = value;
            size++;
            return true;
        } finally {
            lock.unlock();
        }
    }
    // end::try-push[]

    /** @return the oldest value, or {@link #EMPTY} when empty */
    public long tryPop() {
        lock.lock();
        try {
            if (size == 0) {
                return EMPTY;
            }
            final long value = buffer[head];
            head = (head + 1) & MASK;
            size--;
            return value;
        } finally {
            lock.unlock();
        }
    }
}
