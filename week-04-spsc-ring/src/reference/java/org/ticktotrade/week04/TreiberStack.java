package org.ticktotrade.week04;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * R. Kent Treiber's lock-free stack (1986): a linked list whose head is swung by compare-and-set. Any
 * number of threads may push and pop.
 *
 * <p>Every push allocates a fresh node and a popped node is simply dropped: the garbage collector frees it
 * only once no thread holds a reference to it. That is why this stack has no ABA problem. A thread
 * that read head = A and is about to CAS A out can only be fooled if A left the stack and came back, and
 * A cannot come back while that thread still holds it: nothing reuses a node, and the GC reclaims nothing
 * reachable. {@link PooledTreiberStack} shows what happens once nodes are reused.
 */
public final class TreiberStack<E> {

    private static final class Node<E> {
        final E item;
        final Node<E> next; // final: a node is never changed after it is published

        Node(E item, Node<E> next) {
            this.item = item;
            this.next = next;
        }
    }

    private static final VarHandle HEAD;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(TreiberStack.class, "head", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through HEAD only
    private volatile Node<E> head;

    /** @throws NullPointerException if {@code item} is null (null is what {@link #pop()} returns for empty) */
    // tag::push[]
    public void push(E item) {
        // end::push[]
        // kata:solution lesson-05 Loop: read head, build a node pointing at it, compareAndSet head from what you read to the new node; retry on failure.
        // tag::push[]
        Objects.requireNonNull(item, "null cannot be pushed: pop() returns null to mean empty");
        Node<E> current;
        Node<E> node;
        do {
            current = head; // volatile read: we must see the latest head and the node behind it
            node = new Node<>(item, current);
            // CAS (volatile semantics): succeeds only if nobody moved head since we read it, and publishes
            // the node's fields to every thread that later reads head.
        } while (!HEAD.compareAndSet(this, current, node));
        // end::push[]
        // kata:end
        // tag::push[]
    }
    // end::push[]

    /** @return the most recently pushed item, or null when the stack is empty */
    // tag::pop[]
    public E pop() {
        // end::pop[]
        // kata:solution lesson-05 Loop: read head; null means empty; compareAndSet head from it to its next; on success return its item, else retry.
        // tag::pop[]
        Node<E> current;
        do {
            current = head; // volatile read, paired with the CAS that published this node
            if (current == null) {
                return null;
            }
            // Reading current.next is safe: the node is immutable, and while we hold it the GC keeps it,
            // so head == current at the CAS really means "nothing changed" (no ABA).
        } while (!HEAD.compareAndSet(this, current, current.next));
        return current.item;
        // end::pop[]
        // kata:end
        // tag::pop[]
    }
    // end::pop[]

    public boolean isEmpty() {
        return head == null;
    }
}
