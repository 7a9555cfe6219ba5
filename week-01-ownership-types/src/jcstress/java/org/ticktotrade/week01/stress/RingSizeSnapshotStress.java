package org.ticktotrade.week01.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import org.ticktotrade.week01.SpscLongRing;

/**
 * size() seen by a third party: a snapshot may be stale, but it must be a size the ring could have had.
 *
 * <p>One thread is both producer and consumer of a ring of capacity 2 (legal: one thread on each side,
 * even the same one): it fills the ring, empties it, and fills it again, so head and tail both move
 * by 4. Meanwhile an observer thread calls size(). Anything in [0, 2] is a fair snapshot.
 */
@JCStressTest
@Outcome(id = {"0", "1", "2"}, expect = ACCEPTABLE, desc = "A size the ring really had at some moment.")
@Outcome(id = "-.*", expect = FORBIDDEN, desc = "Negative: tail was read before head, and head moved past that"
        + " old tail in between. Read head first (with acquire), then tail.")
@Outcome(expect = FORBIDDEN, desc = "Larger than the capacity: head was read early, tail late, and both moved in"
        + " between. Clamp the difference to the capacity.")
@State
public class RingSizeSnapshotStress {

    private final SpscLongRing ring = new SpscLongRing(2);

    @Actor
    public void fillDrainFill() {
        ring.offer(1);
        ring.offer(2);
        ring.poll();
        ring.poll();
        ring.offer(3);
        ring.offer(4);
    }

    @Actor
    public void observe(I_Result r) {
        r.r1 = ring.size();
    }
}
