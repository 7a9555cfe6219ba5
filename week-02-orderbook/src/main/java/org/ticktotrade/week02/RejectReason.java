package org.ticktotrade.week02;

/**
 * Why a book refused a command. A reject changes nothing in the book: it is the book saying "no" to the
 * caller, never an exception and never a crash.
 */
public enum RejectReason {
    /** The quantity of an add or match was zero or negative. */
    INVALID_QUANTITY,
    /** The price was zero or negative: prices are positive whole ticks. */
    INVALID_PRICE,
    /** An add or match reused the id of an order that is still resting. */
    DUPLICATE_ORDER_ID,
    /** A cancel named an order that is not resting: never seen, already filled, or already cancelled. */
    UNKNOWN_ORDER,
    /**
     * The book's pre-allocated storage is used up: no free order slot, or no free level for a new price.
     * It takes no new add until something leaves.
     */
    BOOK_FULL,
    /** The price lies outside the range a bounded book covers (week 03's price ladder). */
    PRICE_OUT_OF_BAND
}
