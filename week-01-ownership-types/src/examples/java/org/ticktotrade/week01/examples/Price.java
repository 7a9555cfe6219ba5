package org.ticktotrade.week01.examples;

import java.math.BigDecimal;

/**
 * A limit price as a whole number of ticks. Lesson 1: a constructor that refuses illegal states, so
 * every {@code Price} that exists is one the book can rest.
 *
 * <p>The decimal form ("101.50") only exists at the edge of the system. {@link #parse} turns it into
 * ticks once, at the gateway, and rejects a price that is not on the tick grid; from then on nothing
 * needs to ask "is this a valid price?" again.
 */
// tag::price[]
public record Price(long ticks) implements Comparable<Price> {

    /** A sanity band: no instrument on this exchange trades above 2^40 ticks. */
    public static final long MAX_TICKS = 1L << 40;

    public Price {
        // The compact constructor runs before the fields are assigned: a bad Price never exists.
        if (ticks <= 0 || ticks > MAX_TICKS) {
            throw new IllegalArgumentException("price must be in 1.." + MAX_TICKS + " ticks, was " + ticks);
        }
    }

    /** Parses a decimal price at the gateway. An off-grid price is a rejected order, not a rounded one. */
    public static Price parse(String decimal, BigDecimal tickSize) {
        BigDecimal[] wholeTicksAndRest = new BigDecimal(decimal).divideAndRemainder(tickSize);
        if (wholeTicksAndRest[1].signum() != 0) {
            throw new IllegalArgumentException(decimal + " is not a multiple of the tick size " + tickSize);
        }
        return new Price(wholeTicksAndRest[0].longValueExact());
    }

    /** For a buyer, a higher price is a better one. */
    public boolean betterBidThan(Price other) {
        return ticks > other.ticks;
    }

    @Override
    public int compareTo(Price other) {
        return Long.compare(ticks, other.ticks);
    }
}
// end::price[]
