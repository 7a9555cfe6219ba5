package org.ticktotrade.week01.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.ticktotrade.week01.SpscLongRing;

/**
 * No loss, no duplication, no reordering, no overfilling: a producer offers 1, 2, 3 into a ring of
 * capacity 2 while a consumer polls twice; afterwards the arbiter drains what is left.
 *
 * <p>Result: {@code r1} = how many offers succeeded (the first two always fit; the third fits only if
 * the consumer freed a slot first), {@code r2} = how many values the consumer's polls got, {@code r3} =
 * 1 when the consumer's values followed by the arbiter's are exactly the accepted values in order,
 * 0 when something was lost, duplicated or reordered.
 */
@JCStressTest
@Outcome(id = "2, 0, 1", expect = ACCEPTABLE, desc = "The consumer polled only while the ring was empty;"
        + " the third offer found the ring full. The arbiter drained 1, 2.")
@Outcome(id = "2, 1, 1", expect = ACCEPTABLE, desc = "The consumer took 1, but only after the third offer found"
        + " the ring full.")
@Outcome(id = "2, 2, 1", expect = ACCEPTABLE, desc = "The consumer took 1 and 2, but only after the third offer"
        + " found the ring full.")
@Outcome(id = "3, 1, 1", expect = ACCEPTABLE, desc = "The consumer took 1 before the third offer, so 3 fit."
        + " The arbiter drained the rest.")
@Outcome(id = "3, 2, 1", expect = ACCEPTABLE, desc = "The consumer took 1 and 2; 3 fit into a freed slot."
        + " The arbiter drained 3.")
@Outcome(id = "3, 0, .*", expect = FORBIDDEN, desc = "Overfilled: a third value was accepted into a ring of"
        + " capacity 2 while nothing had been taken out. The full check must compare tail - head with the capacity.")
@Outcome(id = ".*, .*, 0", expect = FORBIDDEN, desc = "A value was lost, delivered twice or out of order.")
@Outcome(expect = FORBIDDEN, desc = "Impossible bookkeeping (for example fewer than two offers accepted by an empty ring).")
@State
public class RingNoLossNoDuplicationStress {

    private static final long[] SEQUENCE = {1, 2, 3};

    private final SpscLongRing ring = new SpscLongRing(2);

    /** Written by the producer actor, read by the arbiter (jcstress orders actors before the arbiter). */
    private int accepted;
    /** Written by the consumer actor, read by the arbiter. */
    private final long[] taken = new long[2];
    private int takenCount;

    @Actor
    public void producer() {
        for (long value : SEQUENCE) {
            if (!ring.offer(value)) {
                break; // offers are in order: once one is refused, stop, as a producer that must not reorder would
            }
            accepted++;
        }
    }

    @Actor
    public void consumer() {
        for (int i = 0; i < 2; i++) {
            long value = ring.poll();
            if (value != SpscLongRing.EMPTY) {
                taken[takenCount++] = value;
            }
        }
    }

    @Arbiter
    public void drainAndJudge(III_Result r) {
        long[] delivered = new long[SEQUENCE.length + 2]; // room for a broken ring that returns extra values
        int deliveredCount = 0;
        for (int i = 0; i < takenCount; i++) {
            delivered[deliveredCount++] = taken[i];
        }
        for (long value = ring.poll(); value != SpscLongRing.EMPTY && deliveredCount < delivered.length; value = ring.poll()) {
            delivered[deliveredCount++] = value;
        }
        boolean exactlyOnceInOrder = deliveredCount == accepted;
        for (int i = 0; exactlyOnceInOrder && i < deliveredCount; i++) {
            exactlyOnceInOrder = delivered[i] == SEQUENCE[i];
        }
        r.r1 = accepted;
        r.r2 = takenCount;
        r.r3 = exactlyOnceInOrder ? 1 : 0;
    }
}
