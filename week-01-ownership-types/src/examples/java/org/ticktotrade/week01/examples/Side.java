package org.ticktotrade.week01.examples;

/** Which side of the book an order rests on. */
public enum Side {
    BUY,
    SELL
}
