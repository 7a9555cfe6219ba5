package org.ticktotrade.week01.examples;

/**
 * The write capability over a book: held by exactly one component, the matching thread. Lesson 1:
 * the type a component receives says what it may do.
 */
// tag::writer[]
public interface BookWriter {

    /** Rests a new order; false when the id is taken or the order would cross the book. */
    boolean add(long orderId, Side side, Price price, Quantity quantity);

    /** Removes a resting order; false when there is no such order. */
    boolean cancel(long orderId);

    /** Moves a resting order to a new price or size (it loses its time priority). */
    boolean replace(long orderId, Price price, Quantity quantity);

    /** The read-only view of this book, to hand to readers. */
    BookView view();
}
// end::writer[]
