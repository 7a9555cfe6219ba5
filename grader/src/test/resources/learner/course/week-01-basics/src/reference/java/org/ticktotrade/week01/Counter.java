package org.ticktotrade.week01;

/** A running total. */
public final class Counter {

    private long count;

    public void add(long n) {
        // kata:solution lesson-01 Add n to the running total.
        count += n;
        // kata:end
    }

    public long get() {
        // kata:solution hint:counter Return the running total.
        return count;
        // kata:end
    }
}
