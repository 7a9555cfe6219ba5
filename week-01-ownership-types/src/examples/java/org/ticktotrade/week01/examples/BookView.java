package org.ticktotrade.week01.examples;

/**
 * The read-only capability over a book: what the market-data fan-out, the risk dashboard and every
 * other reader are handed. Lesson 1: a reader cannot change what it was never given a method for.
 */
// tag::view[]
@FunctionalInterface
public interface BookView {

    /** An immutable snapshot of the best bid and ask, stamped with the book's sequence number. */
    TopOfBook top();
}
// end::view[]
