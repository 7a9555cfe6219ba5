package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** Lesson 5: the Treiber stack, alone and with two threads pushing and popping at once. */
class TreiberStackTest {

    @Test
    void lastInFirstOut() {
        TreiberStack<String> stack = new TreiberStack<>();
        assertTrue(stack.isEmpty(), "a new stack is empty");
        assertNull(stack.pop(), "pop() on an empty stack returns null");
        stack.push("a");
        stack.push("b");
        stack.push("c");
        assertFalse(stack.isEmpty(), "three pushes");
        assertEquals("c", stack.pop(), "last in, first out");
        assertEquals("b", stack.pop(), "last in, first out");
        stack.push("d");
        assertEquals("d", stack.pop(), "last in, first out");
        assertEquals("a", stack.pop(), "last in, first out");
        assertNull(stack.pop(), "empty again");
    }

    @Test
    void pushRejectsNull() {
        TreiberStack<String> stack = new TreiberStack<>();
        assertThrows(NullPointerException.class, () -> stack.push(null), "push(null) must throw: pop() returns null for empty");
    }

    @Test
    void twoThreadsPushingAndPoppingLoseAndDuplicateNothing() throws Exception {
        final int perThread = 200_000;
        TreiberStack<Integer> stack = new TreiberStack<>();
        BitSet[] seen = {new BitSet(), new BitSet()};
        try (TestThreads threads = new TestThreads()) {
            TestThreads.Spawned<?>[] workers = new TestThreads.Spawned<?>[2];
            for (int t = 0; t < 2; t++) {
                final int me = t;
                workers[t] = threads.start("worker-" + t, () -> {
                    // push my values, popping one after every second push, so pushes and pops race
                    for (int i = 0; i < perThread; i++) {
                        stack.push(me * perThread + i);
                        if ((i & 1) == 1) {
                            Integer v = stack.pop();
                            if (v != null) {
                                seen[me].set(v);
                            }
                        }
                    }
                    return null;
                });
            }
            TestThreads.awaitAllOrFirstFailure(Duration.ofSeconds(15), workers);
            for (TestThreads.Spawned<?> w : workers) {
                w.join(Duration.ZERO, "a worker never finished: a CAS loop that never succeeds?");
            }
        }
        BitSet all = new BitSet();
        assertFalse(seen[0].intersects(seen[1]), "a value was popped by both threads: a pop that did not CAS head?");
        all.or(seen[0]);
        all.or(seen[1]);
        for (Integer v = stack.pop(); v != null; v = stack.pop()) {
            assertFalse(all.get(v), "value " + v + " came out twice");
            all.set(v);
        }
        assertEquals(2 * perThread, all.cardinality(), "every pushed value must come out exactly once");
    }
}
