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
 * A push racing a pop on a stack that holds 1. Linearizable outcomes: the pop took 1 (it came first) and 2
 * is left, or the pop took 2 (the push came first) and 1 is left. r1 = the pop, r2, r3 = the arbiter's pops.
 */
@JCStressTest
@Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "pop linearized before push.")
@Outcome(id = "2, 1, 0", expect = ACCEPTABLE, desc = "push linearized before pop.")
@Outcome(expect = FORBIDDEN, desc = "Lost, duplicated or invented: no order of the two operations explains it.")
@State
public class TreiberPushPopStress {

    private final TreiberStack<Integer> stack = new TreiberStack<>();

    public TreiberPushPopStress() {
        stack.push(1);
    }

    @Actor
    public void push() {
        stack.push(2);
    }

    @Actor
    public void pop(III_Result r) {
        Integer v = stack.pop();
        r.r1 = v == null ? 0 : v;
    }

    @Arbiter
    public void popRest(III_Result r) {
        Integer a = stack.pop();
        Integer b = stack.pop();
        r.r2 = a == null ? 0 : a;
        r.r3 = b == null ? 0 : b;
    }
}
