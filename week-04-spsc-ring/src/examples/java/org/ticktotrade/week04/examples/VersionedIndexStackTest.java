package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class VersionedIndexStackTest {

    /**
     * The ABA interleaving, in one thread. A pop reads head = A (30) and next = B (20) and is held before its
     * CAS. Meanwhile "a second thread" pops A, and "a third" starts a push of 60 that takes A from the free
     * list; before it links A, the second thread pops B. The push then links A on top of X (10). Head is A
     * again, but A's next is X now, not B.
     */
    // tag::replay[]
    private static List<Long> replay(VersionedIndexStack stack) {
        stack.push(10); // node X
        stack.push(20); // node B
        stack.push(30); // node A
        List<Long> interleaved = new ArrayList<>();
        stack.beforeCas(() -> {
            interleaved.add(stack.pop());                        // 30: A goes to the free list
            stack.beforeLink(() -> interleaved.add(stack.pop())); // 20: B goes to the free list while A is in flight
            stack.push(60);                                      // A again, linked on top of X
        });
        List<Long> popped = new ArrayList<>();
        popped.add(stack.pop()); // the held pop: its CAS runs after all of the above
        popped.addAll(interleaved);
        for (long v = stack.pop(); v != VersionedIndexStack.EMPTY && popped.size() < 10; v = stack.pop()) {
            popped.add(v);
        }
        return popped;
    }
    // end::replay[]

    @Test
    void theVersionMakesTheHeldCasFailWhereTheBareIndexLetsItCorruptTheStack() {
        VersionedIndexStack bare = VersionedIndexStack.withoutVersions(3);
        // The held CAS swings head to B, a node on the free list, whose next the free list has overwritten (NIL):
        // 20 comes out twice and 10 is lost.
        assertEquals(List.of(60L, 30L, 20L, 20L), replay(bare), "without versions the held CAS must succeed and corrupt the stack");
        // The damage outlives the replay: the node lists now share nodes, so three pushes come back as 3, 2, 3.
        assertEquals(List.of(3L, 2L, 3L), pushThreeAndDrain(bare), "the corrupted lists hand one node out twice");

        VersionedIndexStack versioned = new VersionedIndexStack(3);
        assertEquals(List.of(60L, 30L, 20L, 10L), replay(versioned),
                "with versions the held CAS fails (head is A again, with a newer version), the pop retries and takes 60");
        assertEquals(List.of(3L, 2L, 1L), pushThreeAndDrain(versioned), "the lists are intact");
        assertFalse(versioned.push(1) && versioned.push(2) && versioned.push(3) && versioned.push(4),
                "three nodes hold three values, not four");
    }

    private static List<Long> pushThreeAndDrain(VersionedIndexStack stack) {
        assertTrue(stack.push(1) && stack.push(2) && stack.push(3), "a pool of three takes three values");
        List<Long> out = new ArrayList<>();
        for (long v = stack.pop(); v != VersionedIndexStack.EMPTY && out.size() < 10; v = stack.pop()) {
            out.add(v);
        }
        return out;
    }

    @Test
    void packingKeepsTheVersionAndTheIndexApart() {
        long head = VersionedIndexStack.pack(7, -1);
        assertEquals(7, VersionedIndexStack.version(head));
        assertEquals(-1, VersionedIndexStack.index(head), "the empty marker survives the round trip");
        long wrapped = VersionedIndexStack.pack(-1, 5); // version 2^32 - 1: the next bump wraps to 0
        assertEquals(0, VersionedIndexStack.version(VersionedIndexStack.pack(VersionedIndexStack.version(wrapped) + 1, 5)));
        assertEquals(5, VersionedIndexStack.index(wrapped));
    }

    @Test
    void itIsALifoStackWithAFixedPool() {
        VersionedIndexStack stack = new VersionedIndexStack(2);
        assertEquals(VersionedIndexStack.EMPTY, stack.pop());
        assertTrue(stack.push(1));
        assertTrue(stack.push(2));
        assertFalse(stack.push(3), "the pool of two is used up");
        assertEquals(2, stack.pop());
        assertTrue(stack.push(4), "a popped node is free again");
        assertEquals(4, stack.pop());
        assertEquals(1, stack.pop());
        assertEquals(VersionedIndexStack.EMPTY, stack.pop());
        assertThrows(IllegalArgumentException.class, () -> stack.push(VersionedIndexStack.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new VersionedIndexStack(0));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void twoThreadsPushingAndPoppingLoseAndDuplicateNothing() throws Exception {
        final int perThread = 100_000;
        VersionedIndexStack stack = new VersionedIndexStack(64);
        long[][] poppedBy = new long[2][2 * perThread]; // either thread may pop the other's values too
        int[] counts = new int[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            final int id = t;
            threads[t] = Thread.ofPlatform().name("stack-" + t).daemon().start(() -> {
                // Each thread pushes its own values (id, i) encoded as id * perThread + i, and pops whatever it finds.
                for (int i = 0; i < perThread; i++) {
                    while (!stack.push((long) id * perThread + i)) {
                        long v = stack.pop(); // the pool is full: make room
                        if (v != VersionedIndexStack.EMPTY) {
                            poppedBy[id][counts[id]++] = v;
                        }
                    }
                    if ((i & 1) == 0) {
                        long v = stack.pop();
                        if (v != VersionedIndexStack.EMPTY) {
                            poppedBy[id][counts[id]++] = v;
                        }
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.join(25_000);
            assertFalse(t.isAlive(), t.getName() + " did not finish");
        }
        List<Long> all = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < counts[t]; i++) {
                all.add(poppedBy[t][i]);
            }
        }
        for (long v = stack.pop(); v != VersionedIndexStack.EMPTY; v = stack.pop()) {
            all.add(v);
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] expected = new long[2 * perThread];
        Arrays.setAll(expected, i -> i);
        assertEquals(expected.length, sorted.length, "every pushed value comes out exactly once");
        assertTrue(Arrays.equals(expected, sorted), "a value was lost or duplicated");
    }
}
