package org.ticktotrade.capstone;

/** Why quantity of an accepted order left without trading, as the exchange reports it. */
public enum CancelCode {
    // tag::codes[]
    /** Its owner cancelled the resting order. */
    REQUESTED(1),
    /**
     * Self-trade prevention, week 02's policy "cancel incoming": the next order it would have traded with is its
     * own account's, so the incoming remainder is cancelled and the resting order stays.
     */
    SELF_TRADE(2),
    /** The unfilled remainder of an immediate-or-cancel order. */
    IMMEDIATE_OR_CANCEL(3),
    /** A fill-or-kill order the book could not fill whole: all of it, nothing traded. */
    FILL_OR_KILL(4);
    // end::codes[]

    private final int code;

    CancelCode(int code) {
        this.code = code;
    }

    /** The code on the wire: fixed, never the ordinal. */
    public int code() {
        return code;
    }

    /** The name of a cancel code on the wire. For people, not the hot path. */
    public static String nameOf(int code) {
        for (CancelCode c : values()) {
            if (c.code == code) {
                return c.name();
            }
        }
        return "code " + code;
    }
}
