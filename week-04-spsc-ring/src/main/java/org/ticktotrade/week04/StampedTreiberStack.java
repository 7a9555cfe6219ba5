package org.ticktotrade.week04;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicStampedReference;

/**
 * {@link PooledTreiberStack} with the classic fix for ABA: the head is a (node, stamp) pair and every
 * successful CAS increments the stamp. A node that was popped, recycled and pushed back is the same
 * reference but comes back with a different stamp, so a delayed CAS that read the old pair fails and its
 * pop retries on the current stack.
 *
 * <p>{@link AtomicStampedReference} keeps the pair in an immutable holder object and CASes the reference to
 * it, so every successful push or pop allocates one small holder. Native code packs a counter next to the
 * pointer in one 128-bit word (x86 {@code cmpxchg16b}); Java cannot, which is one reason garbage-free Java
 * queues are arrays of slots with sequence counters rather than pooled linked nodes.
 */
public final class StampedTreiberStack {

    /** What {@link #pop()} returns when the stack is empty. */
    public static final long EMPTY = Long.MIN_VALUE;

    private static final class Node {
        long value;
        Node next;
    }

    private final AtomicStampedReference<Node> head = new AtomicStampedReference<>(null, 0);
    private final ConcurrentLinkedQueue<Node> pool = new ConcurrentLinkedQueue<>();

    /** A test seam: run once, inside the next pop, between reading head.next and the CAS. */
    private Runnable beforeCas;

    public StampedTreiberStack(int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        for (int i = 0; i < poolSize; i++) {
            pool.add(new Node());
        }
    }

    /** @return false when the pool is exhausted (nothing pushed) */
    public boolean push(long value) {
        // TODO(kata) Take a node from the pool (false if none), set its value, then loop: read head and stamp together, point node.next at head, CAS (head, stamp) -> (node, stamp + 1). Read lesson 5, "CAS, the Treiber stack and ABA".
        throw new UnsupportedOperationException("TODO(kata) Take a node from the pool (false if none), set its value, then loop: read head and stamp together, point node.next at head, CAS (head, stamp) -> (node, stamp + 1). Read lesson 5, \"CAS, the Treiber stack and ABA\".");
    }

    /** @return the most recently pushed value, or {@link #EMPTY} */
    public long pop() {
        // TODO(kata) Loop: read head and stamp together; EMPTY on null; read next; run the seam (runSeam()); CAS (head, stamp) -> (next, stamp + 1); on success read the value, return the node to the pool, return the value. Read lesson 5, "CAS, the Treiber stack and ABA".
        throw new UnsupportedOperationException("TODO(kata) Loop: read head and stamp together; EMPTY on null; read next; run the seam (runSeam()); CAS (head, stamp) -> (next, stamp + 1); on success read the value, return the node to the pool, return the value. Read lesson 5, \"CAS, the Treiber stack and ABA\".");
    }

    /** Installs a one-shot action the next {@link #pop()} runs just before its CAS (tests only). */
    void beforeCas(Runnable action) {
        beforeCas = action;
    }

    private void runSeam() {
        Runnable action = beforeCas;
        if (action != null) {
            beforeCas = null;
            action.run();
        }
    }
}
