package org.ticktotrade.week04.bench;

import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week04.SpscRing;

/**
 * The hot paths {@code ./kata asm week-04} disassembles: one offer into each ring and one into the locked
 * deque. Each is a small static method the tool keeps from being inlined into {@link #main}, so C2
 * compiles it as a unit with the queue's offer inlined into it. The polls run too, to keep the queues from
 * filling up (a full ring would compile the slow path hot).
 */
public final class HotPaths {

    private static final Long BOXED = 42L;

    private HotPaths() {}

    // tag::paths[]
    static boolean longRingOffer(SpscLongRing ring, long value) {
        return ring.offer(value);
    }

    static boolean genericRingOffer(SpscRing<Long> ring, Long value) {
        return ring.offer(value);
    }

    static boolean lockOffer(LockedArrayDeque<Long> deque, Long value) {
        return deque.offer(value);
    }
    // end::paths[]

    public static void main(String[] args) {
        long iterations = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        SpscLongRing longRing = new SpscLongRing(1024);
        SpscRing<Long> ring = new SpscRing<>(1024);
        LockedArrayDeque<Long> deque = new LockedArrayDeque<>(1024);
        long checksum = 0;
        for (long i = 0; i < iterations; i++) {
            longRingOffer(longRing, i);
            checksum += longRing.poll();
            genericRingOffer(ring, BOXED);
            checksum += ring.poll();
            lockOffer(deque, BOXED);
            checksum += deque.poll();
        }
        // Printing the checksum keeps the loop's results alive: a JIT may drop work nobody observes.
        System.out.println("hot paths warmed: checksum " + checksum);
    }
}
