package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;
import org.ticktotrade.week04.SpscLongRing;

/**
 * The cached limit never lets the producer overwrite a slot the consumer has not read. The ring (capacity
 * 2) starts full with 1, 2, so the producer's cached limit is used up; it offers 3 while the consumer polls
 * twice. The offer may only succeed after the consumer has freed slot 0 and the producer has re-read the
 * consumer's index; if it wrote 3 on a stale limit, the consumer's first poll would return 3.
 * {@code r1}, {@code r2} = the consumer's two polls; {@code r3} = 3 when the offer was accepted and the
 * arbiter then found exactly 3, EMPTY when it was refused and the arbiter found nothing, -2 or -3 otherwise.
 */
@JCStressTest
@Outcome(id = "1, 2, 3", expect = ACCEPTABLE, desc = "The consumer took 1 and 2; 3 went into the slot it had freed; the arbiter found 3.")
@Outcome(id = "1, 2, -9223372036854775808", expect = ACCEPTABLE, desc = "The offer of 3 found the ring still full and was refused.")
@Outcome(id = "3, .*", expect = FORBIDDEN, desc = "3 overwrote 1 before the consumer read it: the producer trusted a stale"
        + " limit. Re-read consumerIndex (acquire) when producerIndex reaches producerLimit.")
@Outcome(expect = FORBIDDEN, desc = "A value lost or duplicated, or the arbiter did not find exactly what was accepted (-2, -3).")
@State
public class CachedLimitNoOverwriteStress {

    private final SpscLongRing ring = new SpscLongRing(2);
    private boolean accepted;

    public CachedLimitNoOverwriteStress() {
        ring.offer(1);
        ring.offer(2);
    }

    @Actor
    public void producer() {
        accepted = ring.offer(3);
    }

    @Actor
    public void consumer(JJJ_Result r) {
        r.r1 = ring.poll();
        r.r2 = ring.poll();
    }

    @Arbiter
    public void drain(JJJ_Result r) {
        long rest = ring.poll();
        long after = ring.poll();
        // accepted: the arbiter must find exactly 3 and then nothing; refused: nothing at all
        if (accepted) {
            r.r3 = rest == 3 && after == SpscLongRing.EMPTY ? 3 : -2;
        } else {
            r.r3 = rest == SpscLongRing.EMPTY ? SpscLongRing.EMPTY : -3;
        }
    }
}
