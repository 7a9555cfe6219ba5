package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.ticktotrade.week04.TreiberStack;

/**
 * Two concurrent pushes both land: afterwards the stack holds 1 and 2 in one of the two orders the pushes
 * could be linearized in, and nothing else. r1, r2, r3 = three pops (0 for empty).
 */
@JCStressTest
@Outcome(id = {"1, 2, 0", "2, 1, 0"}, expect = ACCEPTABLE, desc = "Both pushes, in one of the two linearizable orders.")
@Outcome(id = {"1, 0, 0", "2, 0, 0"}, expect = FORBIDDEN, desc = "A push was lost: two pushes read the same head and both"
        + " stored it without compare-and-set.")
@Outcome(expect = FORBIDDEN, desc = "Something no linearization allows.")
@State
public class TreiberPushPushStress {

    private final TreiberStack<Integer> stack = new TreiberStack<>();

    @Actor
    public void pushOne() {
        stack.push(1);
    }

    @Actor
    public void pushTwo() {
        stack.push(2);
    }

    @Arbiter
    public void popAll(III_Result r) {
        r.r1 = valueOf(stack.pop());
        r.r2 = valueOf(stack.pop());
        r.r3 = valueOf(stack.pop());
    }

    private static int valueOf(Integer v) {
        return v == null ? 0 : v;
    }
}
