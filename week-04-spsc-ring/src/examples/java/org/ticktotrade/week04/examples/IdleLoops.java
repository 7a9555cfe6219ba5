package org.ticktotrade.week04.examples;

import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week04.WaitStrategy;

/**
 * Lesson 4: the two loops a wait strategy lives in. The ring never waits; its callers do, and the count
 * they keep is what lets one stateless strategy escalate (spin, then yield, then park) and start over
 * the moment work appears.
 */
public final class IdleLoops {

    private IdleLoops() {}

    // tag::consume[]
    /** The consumer's loop: takes {@code count} values and returns their sum, idling whenever the ring is empty. */
    public static long consume(SpscLongRing ring, long count, WaitStrategy wait) {
        long sum = 0;
        int idle = 0;
        for (long taken = 0; taken < count; ) {
            long value = ring.poll();
            if (value == SpscLongRing.EMPTY) {
                idle = wait.idle(idle); // nothing there: wait once, a little longer each time
            } else {
                idle = 0;               // work found: the next wait starts from the cheapest step again
                sum += value;
                taken++;
            }
        }
        return sum;
    }
    // end::consume[]

    // tag::produce[]
    /** The producer's loop: offers 1..count in order, idling whenever the ring is full (back-pressure). */
    public static void produce(SpscLongRing ring, long count, WaitStrategy wait) {
        int idle = 0;
        for (long value = 1; value <= count; ) {
            if (ring.offer(value)) {
                idle = 0;
                value++;
            } else {
                idle = wait.idle(idle); // full: the consumer is behind; wait rather than drop the value
            }
        }
    }
    // end::produce[]
}
