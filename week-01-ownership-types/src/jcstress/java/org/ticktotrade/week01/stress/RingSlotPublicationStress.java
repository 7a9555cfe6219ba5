package org.ticktotrade.week01.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.ticktotrade.week01.SpscLongRing;

/**
 * Publication: when the consumer sees the producer's new tail, it must also see the value written
 * into the slot before that tail was published.
 *
 * <p>The producer offers 1 then 2 into a fresh ring; the consumer polls twice. The slots of a fresh
 * ring hold 0, so a consumer that reads a slot whose value has not landed yet reports 0. Result
 * {@code -1} means poll() returned EMPTY.
 */
// tag::publication[]
@JCStressTest
@Outcome(id = "-1, -1", expect = ACCEPTABLE, desc = "Both polls ran before the producer published anything.")
@Outcome(id = "-1, 1", expect = ACCEPTABLE, desc = "The first poll found the ring empty; by the second, 1 was published.")
@Outcome(id = "1, -1", expect = ACCEPTABLE, desc = "1 was published in time for the first poll, 2 not yet for the second.")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "Both values were published before the consumer polled for them.")
@Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN,
        desc = "Stale slot: the consumer saw the tail move but read the slot's old 0. The tail was published before"
                + " the value was written, or without release/acquire ordering.")
@Outcome(expect = FORBIDDEN, desc = "Values duplicated or out of order: the consumer read a slot twice or the wrong slot.")
@State
public class RingSlotPublicationStress {

    private final SpscLongRing ring = new SpscLongRing(2);

    @Actor
    public void producer() {
        ring.offer(1);
        ring.offer(2);
    }

    @Actor
    public void consumer(II_Result r) {
        r.r1 = observed(ring.poll());
        r.r2 = observed(ring.poll());
    }

    private static int observed(long polled) {
        return polled == SpscLongRing.EMPTY ? -1 : (int) polled;
    }
}
// end::publication[]
