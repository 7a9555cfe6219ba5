package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lesson 5: the ABA interleaving, replayed deterministically in one thread. A pop reads head = A (value
 * 30) and next = B (20), and is held just before its CAS (the stacks' beforeCas seam); meanwhile "another
 * thread" pops A and B and pushes 60, which gets node A back from the pool with next = X (10). The held
 * CAS then finds head == A again.
 *
 * <p>PooledTreiberStack falls for it: its CAS succeeds and swings head to B, a node that is back in the pool,
 * so 20 comes out a second time. StampedTreiberStack's CAS fails (the stamp moved on) and the pop retries.
 */
class AbaReplayTest {

    /** The values every pop returns, in order: the held pop's first, then a drain of what is left. */
    private static List<Long> replay(LongStack stack) {
        stack.push(10); // node X
        stack.push(20); // node B
        stack.push(30); // node A
        List<Long> interleaved = new ArrayList<>();
        stack.beforeCas(() -> {
            interleaved.add(stack.pop()); // 30: A goes back to the pool
            interleaved.add(stack.pop()); // 20: B goes back to the pool, after A
            stack.push(60);               // the pool hands out A again: head = A(60) -> X(10)
        });
        List<Long> popped = new ArrayList<>();
        popped.add(stack.pop()); // the held pop: its CAS runs after the action above
        popped.addAll(interleaved);
        for (long v = stack.pop(); v != PooledTreiberStack.EMPTY && popped.size() < 10; v = stack.pop()) {
            popped.add(v);
        }
        return popped;
    }

    @Test
    void theStampCatchesTheAbaThatCorruptsThePooledStack() {
        PooledTreiberStack pooled = new PooledTreiberStack(3);
        List<Long> fromPooled = replay(new LongStack(pooled::push, pooled::pop, pooled::beforeCas));
        // The replay really is the ABA interleaving: the unstamped stack hands 20 out twice.
        assertEquals(List.of(60L, 30L, 20L, 20L, 10L), fromPooled,
                "the replay no longer reproduces ABA on PooledTreiberStack (a test fixture problem, not yours)");

        StampedTreiberStack stamped = new StampedTreiberStack(3);
        List<Long> fromStamped = replay(new LongStack(stamped::push, stamped::pop, stamped::beforeCas));
        assertEquals(List.of(60L, 30L, 20L, 10L), fromStamped,
                "after the interleaving, the held pop must fail its CAS (the stamp changed), retry, and take 60;"
                        + " then only 10 is left. Compare-and-set the (reference, stamp) pair and bump the stamp on"
                        + " every successful CAS, and call runSeam() between reading next and the CAS.");
    }

    @Test
    void stampedStackRefusesAPushWhenItsPoolIsExhausted() {
        StampedTreiberStack stack = new StampedTreiberStack(2);
        assertEquals(true, stack.push(1), "first push into a pool of 2");
        assertEquals(true, stack.push(2), "second push into a pool of 2");
        assertEquals(false, stack.push(3), "a third push finds the pool empty and must return false");
        assertEquals(2, stack.pop(), "LIFO");
        assertEquals(true, stack.push(4), "a popped node goes back to the pool and can be pushed again");
    }

    /** The two stacks' common shape, so one replay drives both. */
    private record LongStack(Push pushes, Pop pops, Seam seam) {
        void push(long v) {
            pushes.push(v);
        }

        long pop() {
            return pops.pop();
        }

        void beforeCas(Runnable action) {
            seam.beforeCas(action);
        }
    }

    private interface Push { boolean push(long value); }

    private interface Pop { long pop(); }

    private interface Seam { void beforeCas(Runnable action); }
}
