package org.ticktotrade.week05;

import org.ticktotrade.week02.RejectReason;

/**
 * Why a message was refused, as the one-byte {@link Wire#REPORT_REASON_OFFSET reason} of a REJECTED execution
 * report. The first group is the gateway's: the frame was cut out of the stream whole but is not a message the
 * book may see. The second is the book's own {@link RejectReason}, passed on. Codes are fixed on the wire, so
 * each constant names its code instead of trusting {@link #ordinal()}; 0 means "no reason" and is never sent.
 */
public enum RejectCode {
    // tag::gateway-codes[]
    /** The type byte names no message a client may send (an ExecutionReport sent inbound counts as unknown). */
    UNKNOWN_TYPE(1),
    /** The version byte is not {@link Wire#VERSION}. */
    UNSUPPORTED_VERSION(2),
    /** The length prefix is not the fixed length of the message type it announces. */
    WRONG_LENGTH(3),
    /** The side byte is neither {@link Wire#SIDE_BUY} nor {@link Wire#SIDE_SELL}. */
    BAD_SIDE(4),
    /** The time-in-force byte is neither {@link Wire#TIF_DAY} nor {@link Wire#TIF_IOC}. */
    BAD_TIME_IN_FORCE(5),
    /** A reserved byte is not zero: a sender that fills padding with garbage is sending something else. */
    RESERVED_NOT_ZERO(6),
    /** Quantity zero or negative. */
    BAD_QUANTITY(7),
    /** Price zero or negative. */
    BAD_PRICE(8),
    // end::gateway-codes[]
    /** The book: an add reused the id of an order still resting. */
    DUPLICATE_ORDER_ID(9),
    /** The book: a cancel named no resting order. */
    UNKNOWN_ORDER(10),
    /** The book: no room for another resting order or price level. */
    BOOK_FULL(11),
    /** The book: the price lies outside the band its ladder covers. */
    PRICE_OUT_OF_BAND(12);

    private static final RejectCode[] BY_CODE = new RejectCode[13];

    static {
        for (RejectCode c : values()) {
            BY_CODE[c.code] = c;
        }
    }

    private final int code;

    RejectCode(int code) {
        this.code = code;
    }

    /** The byte on the wire. */
    public int code() {
        return code;
    }

    /** The constant whose {@link #code()} is {@code code}, or null when there is none. */
    public static RejectCode ofCode(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** The wire code for a book's reason (the book validates too, so it may refuse what the gateway passed). */
    public static RejectCode of(RejectReason reason) {
        return switch (reason) {
            case INVALID_QUANTITY -> BAD_QUANTITY;
            case INVALID_PRICE -> BAD_PRICE;
            case DUPLICATE_ORDER_ID -> DUPLICATE_ORDER_ID;
            case UNKNOWN_ORDER -> UNKNOWN_ORDER;
            case BOOK_FULL -> BOOK_FULL;
            case PRICE_OUT_OF_BAND -> PRICE_OUT_OF_BAND;
        };
    }
}
