package org.ticktotrade.week04;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * Maged Michael and Michael Scott's lock-free queue (PODC 1996): a linked list with a sentinel node at the
 * head, any number of producers and consumers. {@link java.util.concurrent.ConcurrentLinkedQueue} is a
 * refined descendant.
 *
 * <p>Offering is two CASes: link the node after the last one ({@code last.next: null -> node}, the
 * linearization point), then swing {@code tail} to it. Between the two, tail lags one node behind, and
 * any thread that sees a lagging tail swings it forward itself before doing its own work ("helping"), so
 * no thread ever waits for a stalled one: that is what makes the queue lock-free rather than a spin lock
 * in disguise. Polling is one CAS on {@code head}: the old sentinel is dropped and the first real node
 * becomes the new sentinel. As with {@link TreiberStack}, nodes are never reused, so the GC rules out ABA.
 */
public final class MichaelScottQueue<E> {

    private static final class Node<E> {
        volatile E item; // cleared once the node becomes the sentinel, so the queue keeps nothing reachable
        volatile Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle NEXT;
    private static final VarHandle ITEM;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(MichaelScottQueue.class, "head", Node.class);
            TAIL = lookup.findVarHandle(MichaelScottQueue.class, "tail", Node.class);
            NEXT = lookup.findVarHandle(Node.class, "next", Node.class);
            ITEM = lookup.findVarHandle(Node.class, "item", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Node<E> head;
    private volatile Node<E> tail;

    public MichaelScottQueue() {
        Node<E> sentinel = new Node<>(null);
        head = sentinel;
        tail = sentinel;
    }

    /**
     * Adds {@code item} at the tail. Always succeeds (the queue is unbounded).
     *
     * @throws NullPointerException if {@code item} is null
     */
    public boolean offer(E item) {
        // TODO(kata) Loop: read tail and tail.next; if tail moved meanwhile, retry; if next is null, CAS tail.next null -> node and on success try once to CAS tail to node and return true; otherwise help: CAS tail from the lagging node to next. Read lesson 6, "The Michael-Scott queue".
        throw new UnsupportedOperationException("TODO(kata) Loop: read tail and tail.next; if tail moved meanwhile, retry; if next is null, CAS tail.next null -> node and on success try once to CAS tail to node and return true; otherwise help: CAS tail from the lagging node to next. Read lesson 6, \"The Michael-Scott queue\".");
    }

    /** @return the item at the head, or null when the queue is empty */
    public E poll() {
        // TODO(kata) Loop: read head, tail and head.next; retry if head moved; if head == tail, return null when next is null, else help tail forward; otherwise read next.item, CAS head -> next, and on success clear next.item and return what you read. Read lesson 6, "The Michael-Scott queue".
        throw new UnsupportedOperationException("TODO(kata) Loop: read head, tail and head.next; retry if head moved; if head == tail, return null when next is null, else help tail forward; otherwise read next.item, CAS head -> next, and on success clear next.item and return what you read. Read lesson 6, \"The Michael-Scott queue\".");
    }

    public boolean isEmpty() {
        return head.next == null;
    }
}
