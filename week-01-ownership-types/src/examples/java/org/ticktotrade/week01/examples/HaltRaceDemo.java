package org.ticktotrade.week01.examples;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * Lesson 2's demonstration, not a graded test: why {@link BestBid.HaltableFeed} is volatile. The
 * fan-out stores the bid it is about to send, then loads the halt flag; risk stores the halt flag,
 * then loads the last bid. Each is a store followed by a load of a different variable.
 * Run it: {@code ./kata stress week-01 HaltRace}.
 *
 * <p>Result: {@code r1} = the halt flag the fan-out saw (0 means it sends), {@code r2} = the bid risk
 * saw (0 means it reports that nothing went out). "0, 0" is the bad one: a bid went out after the halt
 * and risk does not know.
 */
public class HaltRaceDemo {

    /** With release stores and acquire loads: allowed to miss each other, and on x86 it does. */
    @JCStressTest
    @Outcome(id = {"0, 10150", "1, 10150", "1, 0"}, expect = ACCEPTABLE, desc = "At least one side saw the other.")
    @Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "Both missed: each store sat in its core's store"
            + " buffer while the other core's load ran. Release/acquire does not order a store before a later load.")
    @State
    public static class ReleaseAcquire {
        private static final VarHandle BID = BestBid.handle(MethodHandles.lookup(), "bidTicks");
        private static final VarHandle HALTED = BestBid.handle(MethodHandles.lookup(), "halted");
        private long bidTicks;
        private long halted;

        @Actor
        public void fanOut(JJ_Result r) {
            BID.setRelease(this, 10_150L);
            r.r1 = (long) HALTED.getAcquire(this);
        }

        @Actor
        public void risk(JJ_Result r) {
            HALTED.setRelease(this, 1L);
            r.r2 = (long) BID.getAcquire(this);
        }
    }

    /** With volatile (sequentially consistent) accesses, as in BestBid.HaltableFeed: never both miss. */
    @JCStressTest
    @Outcome(id = {"0, 10150", "1, 10150", "1, 0"}, expect = ACCEPTABLE, desc = "At least one side saw the other.")
    @Outcome(id = "0, 0", expect = FORBIDDEN, desc = "Both missed: impossible with volatile, whose stores drain the"
            + " store buffer (a lock-prefixed instruction on x86) before the next load.")
    @State
    public static class Volatile {
        private final BestBid.HaltableFeed feed = new BestBid.HaltableFeed();

        @Actor
        public void fanOut(JJ_Result r) {
            r.r1 = feed.publish(10_150L) ? 0 : 1;
        }

        @Actor
        public void risk(JJ_Result r) {
            r.r2 = feed.halt();
        }
    }
}
