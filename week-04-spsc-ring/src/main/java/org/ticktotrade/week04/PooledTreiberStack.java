package org.ticktotrade.week04;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A Treiber stack of {@code long}s whose nodes come from a fixed pool and go back to it when popped: no
 * allocation after construction, which is what a garbage-free hot path wants. <b>It is deliberately
 * broken</b>: reusing nodes brings back the ABA problem the GC had solved for {@link TreiberStack}.
 *
 * <p>A popping thread reads head = A and A's next = B, and is delayed before its CAS. Meanwhile other
 * threads pop A and B (both go back to the pool) and push a new value, which gets node A from the pool
 * again, now pointing past B. Head is A again, so the delayed CAS "head: A -> B" succeeds, and head now
 * points at B, a node that sits in the pool: a value comes out twice, and the next push may hand B out
 * while it is still on the stack. {@code AbaReplayTest} replays exactly that, in one thread, through
 * {@link #beforeCas(Runnable)}. {@link StampedTreiberStack} is the same stack with the fix.
 *
 * <p>The pool is a {@link ConcurrentLinkedQueue} (first in, first out), so a freed node is reused in the
 * order it was freed; the interleaving above needs that, and real pools differ only in which order turns
 * the hazard into damage.
 */
public final class PooledTreiberStack {

    /** What {@link #pop()} returns when the stack is empty. */
    public static final long EMPTY = Long.MIN_VALUE;

    private static final class Node {
        long value; // plain: written before the CAS that publishes the node
        Node next;  // plain: likewise; reused nodes get both rewritten, which is the whole problem
    }

    private static final VarHandle HEAD;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(PooledTreiberStack.class, "head", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through HEAD only
    private volatile Node head;
    private final ConcurrentLinkedQueue<Node> pool = new ConcurrentLinkedQueue<>();

    /** A test seam: run once, inside the next pop, between reading head.next and the CAS. */
    private Runnable beforeCas;

    /** @param poolSize how many values the stack can hold; all nodes are allocated here */
    public PooledTreiberStack(int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        for (int i = 0; i < poolSize; i++) {
            pool.add(new Node());
        }
    }

    /** @return false when the pool is exhausted (nothing pushed) */
    public boolean push(long value) {
        if (value == EMPTY) {
            throw new IllegalArgumentException("EMPTY (Long.MIN_VALUE) cannot be pushed: pop() returns it to mean empty");
        }
        Node node = pool.poll();
        if (node == null) {
            return false;
        }
        node.value = value;
        Node current;
        do {
            current = head;
            node.next = current;
        } while (!HEAD.compareAndSet(this, current, node)); // publishes value and next with the node
        return true;
    }

    /** @return the most recently pushed value, or {@link #EMPTY} */
    // tag::pop[]
    public long pop() {
        while (true) {
            Node current = head;
            if (current == null) {
                return EMPTY;
            }
            Node next = current.next;
            runSeam();
            // The flaw: "head is still current" is taken to mean "nothing changed", but current may have
            // been popped, recycled and pushed again with a different next in the meantime.
            if (HEAD.compareAndSet(this, current, next)) {
                long value = current.value;
                pool.add(current); // back to the pool: from here on any push may reuse it
                return value;
            }
        }
    }
    // end::pop[]

    /** Installs a one-shot action the next {@link #pop()} runs just before its CAS (tests only). */
    void beforeCas(Runnable action) {
        beforeCas = action;
    }

    private void runSeam() {
        Runnable action = beforeCas;
        if (action != null) {
            beforeCas = null; // one shot: the pops the action itself makes must not run it again
            action.run();
        }
    }
}
