package org.ticktotrade.week01.examples;

/**
 * An order quantity in lots, always positive. Lesson 1: a zero or negative quantity is not a value
 * an order can have, so it is not a value this type can hold.
 */
// tag::quantity[]
public record Quantity(long lots) {

    public Quantity {
        if (lots <= 0) {
            throw new IllegalArgumentException("quantity must be at least one lot, was " + lots);
        }
    }

    /** Adding two quantities at one price level; Math.addExact turns an overflow into an exception. */
    public Quantity plus(Quantity other) {
        return new Quantity(Math.addExact(lots, other.lots));
    }
}
// end::quantity[]
