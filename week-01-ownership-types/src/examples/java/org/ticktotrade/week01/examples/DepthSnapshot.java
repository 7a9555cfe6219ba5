package org.ticktotrade.week01.examples;

import java.util.Arrays;

/**
 * The bid prices of the first levels of the book. Lesson 1: a record is only as immutable as its
 * components. An array component would let whoever holds the array change the "snapshot" after the
 * fact, so this record copies it on the way in and on the way out.
 */
// tag::defensive-copy[]
public record DepthSnapshot(long sequence, long[] bidTicks) {

    public DepthSnapshot {
        bidTicks = bidTicks.clone(); // the caller keeps its array; we keep ours
    }

    @Override
    public long[] bidTicks() {
        return bidTicks.clone(); // a reader gets a copy it may scribble on
    }

    // A record's generated equals() compares array components by identity; compare contents instead.
    @Override
    public boolean equals(Object other) {
        return other instanceof DepthSnapshot that
                && sequence == that.sequence && Arrays.equals(bidTicks, that.bidTicks);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Arrays.hashCode(bidTicks);
    }

    @Override
    public String toString() {
        return "DepthSnapshot[sequence=" + sequence + ", bidTicks=" + Arrays.toString(bidTicks) + "]";
    }
}
// end::defensive-copy[]
