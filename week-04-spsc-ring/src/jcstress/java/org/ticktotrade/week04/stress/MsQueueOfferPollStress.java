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
 * An offer racing a poll on a queue that holds 1. Whatever the order, the poll takes 1 (it was first in)
 * and 2 is left. Offering 2 then 3 from the offerer makes the tail lag and get helped while the poll runs.
 * r1 = the poll, r2, r3 = the arbiter's polls.
 */
@JCStressTest
@Outcome(id = "1, 2, 3", expect = ACCEPTABLE, desc = "FIFO under concurrency.")
@Outcome(expect = FORBIDDEN, desc = "Lost, duplicated or reordered.")
@State
public class MsQueueOfferPollStress {

    private final MichaelScottQueue<Integer> queue = new MichaelScottQueue<>();

    public MsQueueOfferPollStress() {
        queue.offer(1);
    }

    @Actor
    public void offer() {
        queue.offer(2);
        queue.offer(3);
    }

    @Actor
    public void poll(III_Result r) {
        Integer v = queue.poll();
        r.r1 = v == null ? 0 : v;
    }

    @Arbiter
    public void pollRest(III_Result r) {
        Integer a = queue.poll();
        Integer b = queue.poll();
        r.r2 = a == null ? 0 : a;
        r.r3 = b == null ? 0 : b;
    }
}
