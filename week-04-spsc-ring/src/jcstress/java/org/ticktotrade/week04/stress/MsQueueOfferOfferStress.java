package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.ticktotrade.week04.MichaelScottQueue;

/**
 * Two concurrent offers both land, one after the other: the queue then holds 1 and 2 in one of the two
 * orders and nothing else. r1..r3 = three polls (0 for empty).
 */
@JCStressTest
@Outcome(id = {"1, 2, 0", "2, 1, 0"}, expect = ACCEPTABLE, desc = "Both offers, in one of the two linearizable orders.")
@Outcome(id = {"1, 0, 0", "2, 0, 0"}, expect = FORBIDDEN, desc = "An offer was lost: link the node with a CAS on last.next (null -> node).")
@Outcome(expect = FORBIDDEN, desc = "Something no linearization allows.")
@State
public class MsQueueOfferOfferStress {

    private final MichaelScottQueue<Integer> queue = new MichaelScottQueue<>();

    @Actor
    public void offerOne() {
        queue.offer(1);
    }

    @Actor
    public void offerTwo() {
        queue.offer(2);
    }

    @Arbiter
    public void pollAll(III_Result r) {
        Integer a = queue.poll();
        Integer b = queue.poll();
        Integer c = queue.poll();
        r.r1 = a == null ? 0 : a;
        r.r2 = b == null ? 0 : b;
        r.r3 = c == null ? 0 : c;
    }
}
