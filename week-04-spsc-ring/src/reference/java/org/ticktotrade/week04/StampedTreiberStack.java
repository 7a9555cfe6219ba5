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
        // kata:solution lesson-05 Take a node from the pool (false if none), set its value, then loop: read head and stamp together, point node.next at head, CAS (head, stamp) -> (node, stamp + 1).
        if (value == EMPTY) {
            throw new IllegalArgumentException("EMPTY (Long.MIN_VALUE) cannot be pushed: pop() returns it to mean empty");
        }
        Node node = pool.poll();
        if (node == null) {
            return false;
        }
        node.value = value;
        int[] stamp = new int[1];
        Node current;
        do {
            current = head.get(stamp); // reference and stamp read together, as one volatile read of the holder
            node.next = current;
        } while (!head.compareAndSet(current, node, stamp[0], stamp[0] + 1));
        return true;
        // kata:end
    }

    /** @return the most recently pushed value, or {@link #EMPTY} */
    // tag::pop[]
    public long pop() {
        // end::pop[]
        // kata:solution lesson-05 Loop: read head and stamp together; EMPTY on null; read next; run the seam (runSeam()); CAS (head, stamp) -> (next, stamp + 1); on success read the value, return the node to the pool, return the value.
        // tag::pop[]
        int[] stamp = new int[1];
        while (true) {
            Node current = head.get(stamp);
            if (current == null) {
                return EMPTY;
            }
            Node next = current.next;
            runSeam();
            // The stamp is what makes this CAS mean "nothing changed": a recycled node has a newer one.
            if (head.compareAndSet(current, next, stamp[0], stamp[0] + 1)) {
                long value = current.value;
                pool.add(current);
                return value;
            }
        }
        // end::pop[]
        // kata:end
        // tag::pop[]
    }
    // end::pop[]

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
