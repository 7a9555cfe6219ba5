package org.ticktotrade.week01.bench;

/**
 * A pure function with a known, honest cost, for lesson 5's JMH demonstrations: sixteen dependent
 * multiply-xor-shift rounds over an order's price and size, as a duplicate-order check might hash them.
 * Each round needs the previous one's result, so the CPU cannot overlap them: a few dozen
 * nanoseconds of real work, which makes it obvious when the JIT has found a way to do none of it.
 */
public final class OrderHash {

    private OrderHash() {}

    // tag::mix[]
    public static long mix(long priceTicks, long lots) {
        long h = priceTicks * 0x9E3779B97F4A7C15L + lots;
        for (int round = 0; round < 16; round++) {
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L; // each round waits for the previous multiply
        }
        return h;
    }
    // end::mix[]
}
