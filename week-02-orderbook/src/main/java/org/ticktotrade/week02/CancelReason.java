package org.ticktotrade.week02;

/** Why quantity left the book (or never reached it) without trading. */
public enum CancelReason {
    /** The owner asked: the acknowledgement of a successful {@link OrderBook#cancel(long)}. */
    REQUESTED,
    /**
     * Self-trade prevention: the incoming order would have traded with a resting order of the same
     * trader, so the incoming order's remaining quantity was cancelled (the resting order stays).
     */
    SELF_TRADE,
    /** The unfilled remainder of an immediate-or-cancel {@link OrderBook#match} order. */
    IMMEDIATE_OR_CANCEL
}
