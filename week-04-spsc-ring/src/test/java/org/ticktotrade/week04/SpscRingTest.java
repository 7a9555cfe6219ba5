package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lesson 3: SpscRing's single-thread contract. */
class SpscRingTest {

    @ParameterizedTest(name = "capacity {0} is rejected, naming the value")
    @ValueSource(ints = {0, 1, 5, 100, -2})
    void rejectsBadCapacity(int capacity) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SpscRing<String>(capacity),
                "new SpscRing(" + capacity + ") must throw IllegalArgumentException");
        assertTrue(e.getMessage() != null && e.getMessage().contains(Integer.toString(capacity)),
                "the message must name the rejected capacity " + capacity + ", was: " + e.getMessage());
    }

    @Test
    void offerRejectsNull() {
        SpscRing<String> ring = new SpscRing<>(4);
        assertThrows(NullPointerException.class, () -> ring.offer(null),
                "offer(null) must throw NullPointerException: poll() returns null to mean empty");
        assertTrue(ring.isEmpty(), "a rejected offer stores nothing");
    }

    @Test
    void firstInFirstOutUpToCapacity() {
        SpscRing<String> ring = new SpscRing<>(4);
        assertNull(ring.poll(), "poll() on an empty ring returns null");
        for (String s : List.of("a", "b", "c", "d")) {
            assertTrue(ring.offer(s), "offer(" + s + ") into a ring with room");
        }
        assertFalse(ring.offer("e"), "offer() into a full ring returns false");
        assertEquals(4, ring.size(), "size() of a full ring");
        assertEquals("a", ring.poll(), "oldest first");
        assertTrue(ring.offer("e"), "a freed slot is reused");
        assertEquals(List.of("b", "c", "d", "e"), List.of(ring.poll(), ring.poll(), ring.poll(), ring.poll()), "in order");
        assertNull(ring.poll(), "drained");
    }

    @Test
    void drainAndFillMoveBatchesInOrder() {
        SpscRing<Integer> ring = new SpscRing<>(8);
        int[] next = {0};
        assertEquals(8, ring.fill(() -> next[0]++, 20), "fill stores only as many as fit");
        List<Integer> got = new ArrayList<>();
        assertEquals(5, ring.drain(got::add, 5), "drain hands over up to the limit");
        assertEquals(List.of(0, 1, 2, 3, 4), got, "oldest first");
        assertEquals(5, ring.fill(() -> next[0]++, 5), "fill finds the freed room");
        got.clear();
        assertEquals(8, ring.drain(got::add, 100), "drain the lot");
        assertEquals(List.of(5, 6, 7, 8, 9, 10, 11, 12), got, "in order across the wrap-around");
    }

    @Test
    void fillRejectsNullFromTheSupplierAndKeepsWhatCameBefore() {
        SpscRing<String> ring = new SpscRing<>(8);
        String[] values = {"x", null, "z"};
        int[] i = {0};
        assertThrows(NullPointerException.class, () -> ring.fill(() -> values[i[0]++], 3),
                "a supplier returning null must make fill throw NullPointerException");
        assertEquals("x", ring.poll(), "what came before the null is published");
        assertNull(ring.poll(), "nothing after it");
    }

    @Test
    void theRingLetsGoOfWhatWasConsumed() throws ReflectiveOperationException {
        SpscRing<Object> ring = new SpscRing<>(4);
        for (int round = 0; round < 3; round++) {
            ring.offer(new Object());
            ring.offer(new Object());
            ring.poll();
            ring.drain(o -> { }, 10);
        }
        Field buffer = SpscRing.class.getDeclaredField("buffer");
        buffer.setAccessible(true);
        for (Object slot : (Object[]) buffer.get(ring)) {
            assertNull(slot, "a consumed element is still referenced by its slot: poll and drain must clear the slot"
                    + " (store null) before releasing consumerIndex, or the ring keeps garbage reachable");
        }
    }
}
