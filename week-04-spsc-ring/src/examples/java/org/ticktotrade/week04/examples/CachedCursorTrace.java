package org.ticktotrade.week04.examples;

import org.ticktotrade.week04.SpscLongRing;

/**
 * Lesson 3: how often each side of the real {@link SpscLongRing} looks at the other side's cursor. One
 * thread plays both sides in bursts (the producer offers a burst, the consumer polls it), and after every
 * call the trace checks whether the caller's cached view moved ({@code producerLimit} for the producer,
 * {@code cachedProducerIndex} for the consumer). A view moves only when its owner re-read the remote
 * cursor, so the counts are how many of those remote reads found something new; week 01's ring made a
 * remote read on every single call.
 *
 * <p>Run it: {@code ./kata mvn -q -pl week-04-spsc-ring test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.ticktotrade.week04.examples.CachedCursorTrace}.
 */
public final class CachedCursorTrace {

    /** What one run saw: values moved, and how many times each side's cached view of the other moved. */
    record Counts(long values, long producerLimitMoves, long consumerCacheMoves) {}

    private CachedCursorTrace() {}

    public static void main(String[] args) {
        Counts counts = run(1024, 64, 1600);
        System.out.println(counts.values() + " values in bursts of 64 through a ring of 1024:");
        System.out.println("  the producer's limit moved " + counts.producerLimitMoves() + " times (week 01: a read per offer)");
        System.out.println("  the consumer's cache moved " + counts.consumerCacheMoves() + " times (week 01: a read per poll)");
    }

    // tag::trace[]
    static Counts run(int capacity, int burst, int bursts) {
        if (burst < 1 || burst > capacity || bursts < 0) {
            throw new IllegalArgumentException("need 1 <= burst <= capacity and bursts >= 0, got burst " + burst
                    + ", capacity " + capacity + ", bursts " + bursts);
        }
        SpscLongRing ring = new SpscLongRing(capacity);
        long limitMoves = 0;
        long cacheMoves = 0;
        long next = 0;
        for (int b = 0; b < bursts; b++) {
            for (int i = 0; i < burst; i++) {               // the producer's turn
                long limitBefore = CursorProbe.producerLimit(ring);
                if (!ring.offer(next++)) {
                    throw new IllegalStateException("a ring that is drained after every burst cannot be full");
                }
                limitMoves += CursorProbe.producerLimit(ring) != limitBefore ? 1 : 0;
            }
            for (int i = 0; i < burst; i++) {               // the consumer's turn
                long cacheBefore = CursorProbe.cachedProducerIndex(ring);
                if (ring.poll() == SpscLongRing.EMPTY) {
                    throw new IllegalStateException("the burst just offered is missing");
                }
                cacheMoves += CursorProbe.cachedProducerIndex(ring) != cacheBefore ? 1 : 0;
            }
        }
        return new Counts(next, limitMoves, cacheMoves);
    }
    // end::trace[]
}
