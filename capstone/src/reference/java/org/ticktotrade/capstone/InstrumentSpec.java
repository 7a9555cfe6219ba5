package org.ticktotrade.capstone;

/**
 * One instrument the exchange trades: its book's size and band, and the collar risk holds its prices to.
 * Its id is its place in {@link ExchangeConfig#instruments()}.
 *
 * @param symbol         a name for people (reports and logs); the wire carries the id
 * @param capacity       the most orders that may rest in its book at once (every slot is allocated up front)
 * @param lowestPrice    the lowest price an order may rest at, in ticks, at least 1
 * @param ticks          how many prices from there may hold orders, a positive multiple of 64
 * @param referencePrice the price the collar is centred on until the first trade (then the last trade's price)
 * @param collarTicks    how far from the reference price an order's price may lie, in ticks, at least 0
 */
public record InstrumentSpec(String symbol, int capacity, long lowestPrice, int ticks, long referencePrice,
                             long collarTicks) {

    public InstrumentSpec {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("an instrument needs a symbol");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException(symbol + ": capacity must be at least 1, was " + capacity);
        }
        if (lowestPrice < 1 || ticks < 64 || ticks % 64 != 0 || lowestPrice > Long.MAX_VALUE - ticks) {
            throw new IllegalArgumentException(symbol + ": need lowestPrice >= 1 and ticks a positive multiple of 64, got "
                    + lowestPrice + " and " + ticks);
        }
        if (referencePrice < 1) {
            throw new IllegalArgumentException(symbol + ": referencePrice must be a positive price, was " + referencePrice);
        }
        if (collarTicks < 0 || collarTicks > ExchangeConfig.MAX_LIMIT) {
            throw new IllegalArgumentException(symbol + ": collarTicks must be between 0 and 2^60, was " + collarTicks);
        }
    }
}
