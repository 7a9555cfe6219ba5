package org.ticktotrade.capstone;

/**
 * What an order asks the book to do with the quantity it cannot trade on arrival. The rule for each is written
 * where it is implemented, in {@link InstrumentBook}: {@code add} (GTC), {@code match} (IOC),
 * {@code fillOrKill} (FOK) and {@code postOnly}.
 */
public enum OrderType {
    // tag::types[]
    /** Good till cancelled: trade what crosses, rest the remainder until it fills or is cancelled. */
    GTC,
    /** Immediate or cancel: trade what crosses now, cancel the remainder; never rests. */
    IOC,
    /** Fill or kill: trade the whole quantity now, or nothing at all; never rests, never fills in part. */
    FOK,
    /** Post-only: rest without trading, or be rejected; an order that would take liquidity never does. */
    POST_ONLY;
    // end::types[]

    private static final OrderType[] BY_ORDINAL = values();

    /** The type whose {@link #ordinal()} is {@code ordinal}; no allocation, unlike {@code values()[i]}. */
    public static OrderType ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
