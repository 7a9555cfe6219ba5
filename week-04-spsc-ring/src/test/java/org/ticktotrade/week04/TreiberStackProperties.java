package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Lesson 5: both Treiber stacks against a LIFO model. */
class TreiberStackProperties {

    @Property(tries = 300)
    void treiberStackIsLifo(@ForAll @Size(max = 300) List<Boolean> pushOrPop) {
        TreiberStack<Integer> stack = new TreiberStack<>();
        ArrayDeque<Integer> model = new ArrayDeque<>();
        int next = 0;
        for (boolean push : pushOrPop) {
            if (push) {
                stack.push(next);
                model.push(next++);
            } else {
                assertEquals(model.poll(), stack.pop(), "pop() must return the most recent push not yet popped");
            }
        }
    }

    @Property(tries = 300)
    void stampedStackIsLifoAndRecyclesItsPool(@ForAll @Size(max = 300) List<Boolean> pushOrPop) {
        final int pool = 16;
        StampedTreiberStack stack = new StampedTreiberStack(pool);
        ArrayDeque<Long> model = new ArrayDeque<>();
        long next = 0;
        for (boolean push : pushOrPop) {
            if (push) {
                boolean fits = model.size() < pool;
                assertEquals(fits, stack.push(next), "push() with " + model.size() + " of " + pool + " pool nodes in use");
                if (fits) {
                    model.push(next);
                }
                next++;
            } else {
                Long expected = model.poll();
                assertEquals(expected == null ? StampedTreiberStack.EMPTY : expected, stack.pop(),
                        "pop() must return the most recent push not yet popped (a popped node goes back to the pool)");
            }
        }
    }
}
