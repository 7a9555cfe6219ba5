package org.ticktotrade.week04.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Week 01's design, as a baseline: the same release/acquire protocol as {@code SpscLongRing}, but both
 * cursors side by side in one object (one cache line) and no cached view, so every offer reads the
 * consumer's cursor and every poll the producer's. What padding and caching buy is the difference.
 */
public final class UnpaddedLongRing {

    public static final long EMPTY = Long.MIN_VALUE;

    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(UnpaddedLongRing.class, "head", long.class);
            TAIL = lookup.findVarHandle(UnpaddedLongRing.class, "tail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long[] buffer;
    private final int mask;
    private long tail; // producer's, next to the consumer's: one line for both
    private long head;

    public UnpaddedLongRing(int capacity) {
        buffer = new long[capacity];
        mask = capacity - 1;
    }

    public boolean offer(long value) {
        long t = tail;
        if (t - (long) HEAD.getAcquire(this) == buffer.length) { // reads the consumer's cursor every time
            return false;
        }
        buffer[(int) t & mask] = value;
        TAIL.setRelease(this, t + 1);
        return true;
    }

    public long poll() {
        long h = head;
        if (h == (long) TAIL.getAcquire(this)) { // reads the producer's cursor every time
            return EMPTY;
        }
        long value = buffer[(int) h & mask];
        HEAD.setRelease(this, h + 1);
        return value;
    }
}
