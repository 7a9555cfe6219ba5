package org.ticktotrade.week01;

/** Twice a number. */
public final class Doubler {

    private Doubler() {}

    public static long twice(long x) {
        // TODO(kata) Return twice x. Read lesson 2, "Doubling".
        throw new UnsupportedOperationException("TODO(kata) Return twice x. Read lesson 2, \"Doubling\".");
    }
}
