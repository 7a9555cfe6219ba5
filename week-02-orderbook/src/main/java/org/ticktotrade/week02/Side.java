package org.ticktotrade.week02;

/** Which side of the book an order is on: a buyer bids, a seller offers (asks). */
public enum Side {
    BUY,
    SELL;

    // tag::by-ordinal[]
    /** Every side, indexed by {@link #ordinal()}; shared so lookups by ordinal never copy {@code values()}. */
    private static final Side[] BY_ORDINAL = values();

    /** The side an incoming order of this side trades against. */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** The side whose {@link #ordinal()} is {@code ordinal}; no allocation, unlike {@code values()[i]}. */
    public static Side ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
    // end::by-ordinal[]
}
