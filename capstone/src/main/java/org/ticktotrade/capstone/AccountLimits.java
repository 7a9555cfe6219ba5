package org.ticktotrade.capstone;

// tag::limits[]
/**
 * An account's pre-trade limits, checked by {@link Risk} on every new order. Each is inclusive: an order exactly
 * at a limit passes. Its id is its place in {@link ExchangeConfig#accounts()}.
 *
 * @param maxOrderQuantity the most one order may ask for
 * @param maxPosition      the largest long or short position, per instrument, the account may reach, counting
 *                         its resting orders as if they filled
 * @param maxNotional      the most one order may be worth: price (ticks) times quantity
 */
public record AccountLimits(long maxOrderQuantity, long maxPosition, long maxNotional) {

    public AccountLimits {
        // Bounded well below Long.MAX_VALUE, so that risk's sums (position + resting + order) cannot overflow.
        check("maxOrderQuantity", maxOrderQuantity);
        check("maxPosition", maxPosition);
        check("maxNotional", maxNotional);
    }
    // end::limits[]

    private static void check(String what, long value) {
        if (value < 1 || value > ExchangeConfig.MAX_LIMIT) {
            throw new IllegalArgumentException(what + " must be between 1 and 2^60, was " + value);
        }
    }
}
