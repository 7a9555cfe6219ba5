package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;
import org.ticktotrade.week04.SpscLongRing;

/**
 * The slot before the cursor: the consumer either sees nothing or the value the producer wrote, never
 * the slot's old contents (0). Seeing 0 means the new producerIndex became visible before the slot store,
 * which is what a plain (or opaque) store of the index allows and a release store forbids.
 */
@JCStressTest
@Outcome(id = "-9223372036854775808", expect = ACCEPTABLE, desc = "EMPTY: the consumer looked before the offer was published.")
@Outcome(id = "42", expect = ACCEPTABLE, desc = "The consumer saw the published value.")
@Outcome(id = "0", expect = FORBIDDEN, desc = "The index was visible before the slot: publish producerIndex with setRelease after the slot store.")
@Outcome(expect = FORBIDDEN, desc = "A value nobody offered.")
@State
public class LongRingPublicationStress {

    private final SpscLongRing ring = new SpscLongRing(4);

    @Actor
    public void producer() {
        ring.offer(42);
    }

    @Actor
    public void consumer(J_Result r) {
        r.r1 = ring.poll();
    }
}
