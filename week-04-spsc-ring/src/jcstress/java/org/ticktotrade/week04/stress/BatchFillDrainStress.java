package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.ticktotrade.week04.SpscLongRing;

/**
 * A batch is published whole: the producer fills 1, 2, 3 in one call while the consumer drains up to 3.
 * {@code r1} = how many the drain got, {@code r2} = 1 when they are 1..r1 in order (all written slots, no
 * old contents). A fill that publishes once lets the drain see 0 or 3; 1 or 2 means the fill published
 * element by element, which is still correct but not what the batch is for.
 */
@JCStressTest
@Outcome(id = {"0, 1", "3, 1"}, expect = ACCEPTABLE, desc = "Nothing yet, or the whole batch.")
@Outcome(id = {"1, 1", "2, 1"}, expect = ACCEPTABLE_INTERESTING, desc = "Part of the batch: fill published more than once (correct, but not batched).")
@Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "The drain saw a slot before it was written, or values out of order: release the index after the slot stores.")
@Outcome(expect = FORBIDDEN, desc = "More than was filled.")
@State
public class BatchFillDrainStress {

    private final SpscLongRing ring = new SpscLongRing(4);
    private long next = 1; // producer-only
    private final long[] got = new long[8];
    private int count; // consumer-only

    @Actor
    public void producer() {
        ring.fill(() -> next++, 3);
    }

    @Actor
    public void consumer(II_Result r) {
        ring.drain(v -> {
            if (count < got.length) {
                got[count] = v;
            }
            count++;
        }, 3);
        boolean inOrder = count <= 3;
        for (int i = 0; inOrder && i < count; i++) {
            inOrder = got[i] == i + 1;
        }
        r.r1 = count;
        r.r2 = inOrder ? 1 : 0;
    }
}
