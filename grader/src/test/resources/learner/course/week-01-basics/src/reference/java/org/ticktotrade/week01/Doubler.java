package org.ticktotrade.week01;

/** Twice a number. */
public final class Doubler {

    private Doubler() {}

    public static long twice(long x) {
        // kata:solution lesson-02 Return twice x.
        return 2 * x;
        // kata:end
    }
}
