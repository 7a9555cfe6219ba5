package org.ticktotrade.capstone;

import org.ticktotrade.week02.RejectReason;

/**
 * Why the exchange refused a command. A reject changes nothing: no book, no position, no token of anyone else's.
 * Codes are fixed on the wire, so each constant names its code. Codes 1 to 12 are week 05's
 * {@code RejectCode} (its gateway's frame checks take 1 to 6), so the gateway's rejects and the engine's share
 * one reason byte; the capstone's own start at 13.
 */
public enum Reject {
    /** Quantity zero or negative (week 05's BAD_QUANTITY). */
    INVALID_QUANTITY(7),
    /** Price zero or negative: prices are positive whole ticks (week 05's BAD_PRICE). */
    INVALID_PRICE(8),
    /** The id of an order that is still resting. */
    DUPLICATE_ORDER_ID(9),
    /** A cancel of no resting order of this account (another account's order reads the same: ids do not leak). */
    UNKNOWN_ORDER(10),
    /** The instrument's book has no free order slot. */
    BOOK_FULL(11),
    /** A resting price outside the band the instrument's ladder covers. */
    PRICE_OUT_OF_BAND(12),
    /** A post-only order would have traded on arrival. */
    POST_ONLY_WOULD_CROSS(13),
    /** No instrument has this id. */
    UNKNOWN_INSTRUMENT(14),
    /** No account has this id. */
    UNKNOWN_ACCOUNT(15),
    // tag::risk-codes[]
    /** Risk: more than the account's maximum order quantity. */
    MAX_ORDER_SIZE(16),
    /** Risk: the price lies further from the instrument's reference price than its collar allows. */
    PRICE_COLLAR(17),
    /** Risk: price times quantity above the account's maximum order notional. */
    NOTIONAL_LIMIT(18),
    /** Risk: filled whole, with the account's resting orders on the same side filled too, the position would pass its limit. */
    POSITION_LIMIT(19),
    // end::risk-codes[]
    /** The client sent faster than its rate limit allows (the gateway's token bucket). */
    RATE_LIMITED(20);

    private final int code;

    Reject(int code) {
        this.code = code;
    }

    /** The code on the wire. */
    public int code() {
        return code;
    }

    /** The exchange's code for a book's reason. A switch on the enum: no allocation, no map lookup. */
    public static Reject of(RejectReason reason) {
        return switch (reason) {
            case INVALID_QUANTITY -> INVALID_QUANTITY;
            case INVALID_PRICE -> INVALID_PRICE;
            case DUPLICATE_ORDER_ID -> DUPLICATE_ORDER_ID;
            case UNKNOWN_ORDER -> UNKNOWN_ORDER;
            case BOOK_FULL -> BOOK_FULL;
            case PRICE_OUT_OF_BAND -> PRICE_OUT_OF_BAND;
        };
    }

    /** The name of a reject code on the wire: this enum's, or week 05's frame checks (1 to 6). For people, not the hot path. */
    public static String nameOf(int code) {
        for (Reject r : values()) {
            if (r.code == code) {
                return r.name();
            }
        }
        for (org.ticktotrade.week05.RejectCode r : org.ticktotrade.week05.RejectCode.values()) {
            if (r.code() == code) {
                return r.name();
            }
        }
        return "code " + code;
    }
}
