package org.ticktotrade.week06.examples;

import java.util.Map;
import java.util.TreeMap;

/**
 * Lesson 5: a toy engine whose whole state is resting quantity per price, fed from a log of commands,
 * and a 64-bit hash of that state taken in price order, so that two replays can be compared in one number.
 */
public final class ReplayHash {

    /** One logged command. The time is the gateway's, logged with it: the engine never reads a clock. */
    public record Command(long sequence, long timestampNanos, long price, long quantityDelta) {}

    private final TreeMap<Long, Long> levels = new TreeMap<>();
    private long lastSequence = -1;
    private long lastTimestamp;

    // tag::apply[]
    public void apply(Command c) {
        if (c.sequence() != lastSequence + 1) {
            throw new IllegalStateException("expected sequence " + (lastSequence + 1) + ", got " + c.sequence());
        }
        long q = levels.getOrDefault(c.price(), 0L) + c.quantityDelta();
        if (q <= 0) {
            levels.remove(c.price());
        } else {
            levels.put(c.price(), q);
        }
        lastSequence = c.sequence();
        lastTimestamp = c.timestampNanos(); // time comes from the log, so a replay sees the same time
    }
    // end::apply[]

    // tag::hash[]
    /** Everything the state holds, folded in a fixed order: equal states give equal hashes. */
    public long stateHash() {
        long h = mix(lastSequence) ^ mix(lastTimestamp + 1);
        for (Map.Entry<Long, Long> level : levels.entrySet()) { // price order, never hash order
            h = h * 0x9E3779B97F4A7C15L + mix(level.getKey());
            h = h * 0x9E3779B97F4A7C15L + mix(level.getValue());
        }
        return mix(h);
    }

    /** A 64-bit finalizer (the one SplittableRandom uses): every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
    // end::hash[]

    public long lastSequence() {
        return lastSequence;
    }
}
