package org.ticktotrade.week04.examples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A garbage-free Treiber stack of {@code long}s that is safe against ABA (lesson 7): the tagged-pointer fix
 * in Java terms. A Java reference cannot carry a counter in its spare bits, but an index into an array can:
 * each head is one {@code long}, a 32-bit version in the high half and a 32-bit node index in the low half,
 * and one {@code compareAndSet} on that long checks both. Every successful CAS bumps the version, so a node
 * that left and came back makes a stale CAS fail, as {@code AtomicStampedReference} does, without the holder
 * object it allocates per update.
 *
 * <p>Nodes live in two parallel arrays (an arena). Free nodes sit on a second stack of the same kind, so push
 * takes a node from the free stack and pop gives it back, and nothing is allocated after construction.
 *
 * <p>What the version does not do is keep a node from being reused while a slow thread still reads it: a
 * pop may read {@code next} of a node that has been recycled meanwhile. In Java that read is merely stale
 * (the array is still there, and an {@code int} is never torn), and the CAS that follows fails on the
 * version. In C the same read may touch freed memory, which is why native code needs epochs or hazard
 * pointers as well. The version is 32 bits: ABA comes back only if one thread is delayed across exactly
 * 2^32 successful operations on the same head.
 *
 * <p>Any number of threads may push and pop.
 */
public final class VersionedIndexStack {

    /** What {@link #pop()} returns when the stack is empty. */
    public static final long EMPTY = Long.MIN_VALUE;

    /** The index part of an empty head. */
    private static final int NIL = -1;

    private static final VarHandle HEAD;
    private static final VarHandle FREE_HEAD;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(VersionedIndexStack.class, "head", long.class);
            FREE_HEAD = lookup.findVarHandle(VersionedIndexStack.class, "freeHead", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long[] values;
    private final int[] next; // written before the CAS that links a node, read after the load of the head
    /** 1; 0 only in {@link #withoutVersions}, the broken foil the tests compare against. */
    private final int versionStep;

    @SuppressWarnings("unused") // through HEAD
    private long head;
    @SuppressWarnings("unused") // through FREE_HEAD
    private long freeHead;

    /** Test seams, each run once: in the next pop between reading next and the CAS; in the next push before linking. */
    private Runnable beforeCas;
    private Runnable beforeLink;

    /** @param poolSize how many values the stack can hold; every node is allocated here */
    public VersionedIndexStack(int poolSize) {
        this(poolSize, 1);
    }

    /** The same stack with every version left at 0: a CAS on the index alone, ABA-prone (tests only). */
    static VersionedIndexStack withoutVersions(int poolSize) {
        return new VersionedIndexStack(poolSize, 0);
    }

    private VersionedIndexStack(int poolSize, int versionStep) {
        this.versionStep = versionStep;
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        values = new long[poolSize];
        next = new int[poolSize];
        for (int i = 0; i < poolSize; i++) {
            next[i] = i + 1 < poolSize ? i + 1 : NIL; // free list 0 -> 1 -> ... -> poolSize - 1
        }
        head = pack(0, NIL);
        freeHead = pack(0, 0); // plain stores: the constructor's writes are published with the stack itself
    }

    // tag::pack[]
    static long pack(int version, int index) {
        return ((long) version << 32) | (index & 0xFFFF_FFFFL);
    }

    static int version(long head) {
        return (int) (head >>> 32);
    }

    static int index(long head) {
        return (int) head; // the low 32 bits, sign included: NIL (-1) survives the round trip
    }
    // end::pack[]

    /** @return false when every node is in use (nothing pushed) */
    public boolean push(long value) {
        if (value == EMPTY) {
            throw new IllegalArgumentException("EMPTY (Long.MIN_VALUE) cannot be pushed: pop() returns it to mean empty");
        }
        int node = popNode(FREE_HEAD, false);
        if (node == NIL) {
            return false;
        }
        values[node] = value; // plain: this thread owns the node until the CAS in pushNode publishes it
        runSeam(false);
        pushNode(HEAD, node);
        return true;
    }

    /** @return the most recently pushed value, or {@link #EMPTY} */
    public long pop() {
        int node = popNode(HEAD, true);
        if (node == NIL) {
            return EMPTY;
        }
        long value = values[node]; // read before the node goes back: once it is on the free stack, a push may overwrite it
        pushNode(FREE_HEAD, node);
        return value;
    }

    private void pushNode(VarHandle stack, int node) {
        long current;
        do {
            current = (long) stack.getVolatile(this);
            next[node] = index(current);
            // Volatile CAS: publishes next[node] (and the value written before) to the thread that pops the node.
        } while (!stack.compareAndSet(this, current, pack(version(current) + versionStep, node)));
    }

    // tag::pop[]
    private int popNode(VarHandle stack, boolean seam) {
        while (true) {
            long current = (long) stack.getVolatile(this); // pairs with the CAS that pushed the node
            int node = index(current);
            if (node == NIL) {
                return NIL;
            }
            int after = next[node]; // may be stale if the node was recycled meanwhile: then the version has moved on
            if (seam) {
                runSeam(true);
            }
            // Same index is not enough: the version must be the one we read, so nothing happened in between.
            if (stack.compareAndSet(this, current, pack(version(current) + versionStep, after))) {
                return node;
            }
        }
    }
    // end::pop[]

    /** Installs a one-shot action the next {@link #pop()} runs just before its CAS on the value stack (tests only). */
    void beforeCas(Runnable action) {
        beforeCas = action;
    }

    /** Installs a one-shot action the next {@link #push} runs after taking its node, before linking it (tests only). */
    void beforeLink(Runnable action) {
        beforeLink = action;
    }

    private void runSeam(boolean inPop) {
        Runnable action = inPop ? beforeCas : beforeLink;
        if (action != null) {
            // one shot: the operations the action itself makes must not run it again
            if (inPop) {
                beforeCas = null;
            } else {
                beforeLink = null;
            }
            action.run();
        }
    }
}
