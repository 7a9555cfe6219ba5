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
    // tag::offer[]
    public boolean offer(E item) {
        // end::offer[]
        // kata:solution lesson-06 Loop: read tail and tail.next; if tail moved meanwhile, retry; if next is null, CAS tail.next null -> node and on success try once to CAS tail to node and return true; otherwise help: CAS tail from the lagging node to next.
        // tag::offer[]
        Objects.requireNonNull(item, "null cannot be offered: poll() returns null to mean empty");
        Node<E> node = new Node<>(item);
        while (true) {
            Node<E> last = tail;       // volatile reads throughout: every CAS below publishes, every read must see it
            Node<E> next = last.next;
            if (last != tail) {
                continue;              // tail moved while we read next: our pair is inconsistent
            }
            if (next == null) {
                // The linearization point: once this CAS succeeds the item is in the queue.
                if (NEXT.compareAndSet(last, null, node)) {
                    // May fail, harmlessly: another thread already helped tail along.
                    TAIL.compareAndSet(this, last, node);
                    return true;
                }
            } else {
                // Tail lags behind a node someone linked but has not yet swung tail to: help, then retry.
                TAIL.compareAndSet(this, last, next);
            }
        }
        // end::offer[]
        // kata:end
        // tag::offer[]
    }
    // end::offer[]

    /** @return the item at the head, or null when the queue is empty */
    // tag::poll[]
    public E poll() {
        // end::poll[]
        // kata:solution lesson-06 Loop: read head, tail and head.next; retry if head moved; if head == tail, return null when next is null, else help tail forward; otherwise read next.item, CAS head -> next, and on success clear next.item and return what you read.
        // tag::poll[]
        while (true) {
            Node<E> first = head;
            Node<E> last = tail;
            Node<E> next = first.next;
            if (first != head) {
                continue;
            }
            if (first == last) {
                if (next == null) {
                    return null;       // only the sentinel: empty
                }
                TAIL.compareAndSet(this, last, next); // an offer is half done: help it, then retry
            } else {
                // Read the item before the CAS: once head moves, next is the new sentinel and its item is cleared.
                E item = next.item;
                if (HEAD.compareAndSet(this, first, next)) {
                    // Opaque is enough: only a thread that lost the CAS above could still read it, and it
                    // throws what it read away.
                    ITEM.setOpaque(next, (Object) null);
                    return item;
                }
            }
        }
        // end::poll[]
        // kata:end
        // tag::poll[]
    }
    // end::poll[]

    public boolean isEmpty() {
        return head.next == null;
    }
}
