package org.ticktotrade.peerbench4;

/**
 * The two calls every object arm is measured on. Each arm runs in its own JVM, so this interface has one
 * implementation loaded there: the call sites stay monomorphic and the JIT inlines the queue's own code.
 */
interface ObjectRing<E> {

    /** Non-blocking: false when full. */
    boolean offer(E e);

    /** Non-blocking: null when empty. */
    E poll();

    /** Up to limit items to the consumer, the queue's own batch path; 0 when empty. */
    default int drain(Arms.Tally consumer, int limit) {
        throw new UnsupportedOperationException("no batch drain for this arm");
    }
}
