package org.ticktotrade.week01;

/** A running total. */
public final class Counter {

    private long count;

    public void add(long n) {
        // TODO(kata) Add n to the running total. Read lesson 1, "Counters".
        throw new UnsupportedOperationException("TODO(kata) Add n to the running total. Read lesson 1, \"Counters\".");
    }

    public long get() {
        // TODO(kata) Return the running total. Read the hints: ./kata hint week-01 counter.
        throw new UnsupportedOperationException("TODO(kata) Return the running total. Read the hints: ./kata hint week-01 counter.");
    }
}
