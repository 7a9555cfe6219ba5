package org.ticktotrade.week01.examples;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IJ_Result;

/**
 * Lesson 2's demonstration, not a graded test: a best bid published through two plain fields. The
 * book thread writes the price and then raises a flag; the fan-out thread reads the flag and then
 * the price. Nothing orders those accesses, so the JIT is free to move them, and a fan-out that sees
 * the flag can still read the old price. Run it: {@code ./kata stress week-01 RacyPricePublication}.
 *
 * <p>Result: {@code r1} = 1 when the flag was seen, {@code r2} = the price read.
 * The fix is RingSlotPublicationStress's pattern: a release store of the flag, an acquire load of it.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Read before the book thread wrote anything.")
@Outcome(id = "0, 10150", expect = ACCEPTABLE, desc = "The price landed, the flag not yet: harmless, the"
        + " fan-out waits for the flag.")
@Outcome(id = "1, 10150", expect = ACCEPTABLE, desc = "Flag and price both seen: the publication worked.")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Flag seen, price stale: the fan-out would"
        + " publish a best bid of 0. Plain accesses were reordered (by the JIT, or by the CPU on a weaker"
        + " machine than x86).")
@State
public class RacyPricePublicationDemo {

    // tag::racy[]
    private long bidTicks;   // plain
    private boolean updated; // plain: nothing orders it against bidTicks

    @Actor
    public void bookThread() {
        bidTicks = 10_150;
        updated = true;
    }

    @Actor
    public void fanOutThread(IJ_Result r) {
        r.r1 = updated ? 1 : 0;
        r.r2 = bidTicks;
    }
    // end::racy[]
}
