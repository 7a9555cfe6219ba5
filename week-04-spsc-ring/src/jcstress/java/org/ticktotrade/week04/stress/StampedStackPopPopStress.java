package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;
import org.ticktotrade.week04.StampedTreiberStack;

/**
 * Two concurrent pops of a stamped stack holding 1 (bottom) and 2: each value goes to exactly one of them.
 * Each popper then pushes its value back and pops again, so nodes are recycled through the pool while the
 * other thread may be mid-pop, which is where an unstamped pooled stack goes wrong.
 */
@JCStressTest
@Outcome(id = {"1, 2", "2, 1"}, expect = ACCEPTABLE, desc = "Each popper ended with one distinct value.")
@Outcome(id = {"1, 1", "2, 2"}, expect = FORBIDDEN, desc = "One value came out twice: a CAS succeeded on a recycled node (ABA).")
@Outcome(expect = FORBIDDEN, desc = "A value was lost (EMPTY while the stack held two values for two poppers).")
@State
public class StampedStackPopPopStress {

    private final StampedTreiberStack stack = new StampedTreiberStack(2);

    public StampedStackPopPopStress() {
        stack.push(1);
        stack.push(2);
    }

    private long popPushPop() {
        long first = stack.pop();
        if (first == StampedTreiberStack.EMPTY) {
            return first;
        }
        stack.push(first);
        return stack.pop();
    }

    @Actor
    public void popperA(JJ_Result r) {
        r.r1 = popPushPop();
    }

    @Actor
    public void popperB(JJ_Result r) {
        r.r2 = popPushPop();
    }
}
