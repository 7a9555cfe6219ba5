package org.ticktotrade.week04.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A baseline with padding but no cached cursors: the producer's and consumer's cursors are 128 bytes apart
 * (long fields in the same class hierarchy trick as {@code PaddedRingCursors}), but each offer reads the
 * consumer's cursor and each poll the producer's. Against {@code SpscLongRing} it isolates what the cache
 * buys; against {@link UnpaddedLongRing}, what the padding buys.
 */
public final class UncachedLongRing extends UncachedConsumerPad {

    public static final long EMPTY = Long.MIN_VALUE;

    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(UncachedHead.class, "head", long.class);
            TAIL = lookup.findVarHandle(UncachedTail.class, "tail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long[] buffer;
    private final int mask;

    public UncachedLongRing(int capacity) {
        buffer = new long[capacity];
        mask = capacity - 1;
    }

    public boolean offer(long value) {
        long t = tail;
        if (t - (long) HEAD.getAcquire(this) == buffer.length) {
            return false;
        }
        buffer[(int) t & mask] = value;
        TAIL.setRelease(this, t + 1);
        return true;
    }

    public long poll() {
        long h = head;
        if (h == (long) TAIL.getAcquire(this)) {
            return EMPTY;
        }
        long value = buffer[(int) h & mask];
        HEAD.setRelease(this, h + 1);
        return value;
    }
}

// The padding, 128 bytes (16 longs) per pad class, as in PaddedRingCursors.
abstract class UncachedHeadPad {
    long p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15;
}

abstract class UncachedTail extends UncachedHeadPad {
    long tail;
}

abstract class UncachedMiddlePad extends UncachedTail {
    long q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15;
}

abstract class UncachedHead extends UncachedMiddlePad {
    long head;
}

abstract class UncachedConsumerPad extends UncachedHead {
    long r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15;
}

