package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.ticktotrade.week04.SpscLongRing;

/**
 * No loss, no duplication, no reordering: the producer offers 1..4 into a ring of capacity 2 (stopping at
 * the first refusal, as a producer that must not reorder would) while the consumer polls three times; the
 * arbiter drains the rest. {@code r1} = offers accepted; {@code r2} = 1 when everything delivered, consumer's
 * values then the arbiter's, is exactly 1..r1 in order.
 */
@JCStressTest
@Outcome(id = {"2, 1", "3, 1", "4, 1"}, expect = ACCEPTABLE, desc = "Every accepted value delivered once, in order.")
@Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "A value lost, delivered twice or out of order.")
@Outcome(expect = FORBIDDEN, desc = "Impossible bookkeeping (an empty ring of capacity 2 refused one of the first two offers).")
@State
public class LongRingNoLossNoDuplicationStress {

    private final SpscLongRing ring = new SpscLongRing(2);
    private int accepted;
    private final long[] delivered = new long[8];
    private int deliveredCount;

    @Actor
    public void producer() {
        for (long v = 1; v <= 4 && ring.offer(v); v++) {
            accepted++;
        }
    }

    @Actor
    public void consumer() {
        for (int i = 0; i < 3; i++) {
            long v = ring.poll();
            if (v != SpscLongRing.EMPTY) {
                delivered[deliveredCount++] = v;
            }
        }
    }

    @Arbiter
    public void drainAndJudge(II_Result r) {
        for (long v = ring.poll(); v != SpscLongRing.EMPTY && deliveredCount < delivered.length; v = ring.poll()) {
            delivered[deliveredCount++] = v;
        }
        boolean exact = deliveredCount == accepted;
        for (int i = 0; exact && i < deliveredCount; i++) {
            exact = delivered[i] == i + 1;
        }
        r.r1 = accepted;
        r.r2 = exact ? 1 : 0;
    }
}
