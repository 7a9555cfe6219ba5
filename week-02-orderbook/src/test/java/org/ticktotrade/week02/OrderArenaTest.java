package org.ticktotrade.week02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ticktotrade.week02.OrderArena.NONE;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lesson 5: the arena hands out every slot once, says NONE when empty, and takes slots back. */
class OrderArenaTest {

    @Test
    void aCapacityOutsideOneToMaxIsRefused() {
        for (int capacity : new int[] {0, -1, OrderArena.MAX_CAPACITY + 1}) {
            assertThrows(IllegalArgumentException.class, () -> new OrderArena(capacity), "new OrderArena(" + capacity + ")");
        }
    }

    @Test
    void handsOutEverySlotExactlyOnceThenNone() {
        OrderArena arena = new OrderArena(8);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            int slot = arena.allocate();
            assertTrue(slot >= 0 && slot < 8, "allocate() returned " + slot + ", outside [0, 8)");
            assertTrue(seen.add(slot), "allocate() handed out slot " + slot + " twice");
        }
        assertEquals(8, arena.used(), "used() with every slot handed out");
        assertEquals(NONE, arena.allocate(), "an exhausted arena returns NONE: the book turns that into BOOK_FULL");
        assertEquals(NONE, arena.allocate(), "and keeps returning NONE");
    }

    // tag::lifo[]
    @Test
    void aFreedSlotIsHandedOutNext() {
        OrderArena arena = new OrderArena(4);
        int a = arena.allocate();
        int b = arena.allocate();
        arena.free(a);
        assertEquals(1, arena.used(), "used() after freeing one of two");
        assertEquals(a, arena.allocate(), "the free list is a stack: the slot freed last comes back first (its line is still in cache)");
        assertNotEquals(a, b);
    }
    // end::lifo[]

    @Test
    void survivesAMillionAllocateFreeCycles() {
        OrderArena arena = new OrderArena(3);
        int held = arena.allocate();
        for (int i = 0; i < 1_000_000; i++) {
            int s = arena.allocate();
            assertNotEquals(NONE, s);
            arena.free(s);
        }
        assertEquals(1, arena.used(), "only the slot never freed is in use");
        assertNotEquals(held, arena.allocate(), "a held slot is never handed out again");
    }

    @Test
    void fieldsAndLinksRoundTrip() {
        OrderArena arena = new OrderArena(2);
        int s = arena.allocate();
        arena.fill(s, -7, 3, Side.SELL, 15005, 40, 123_456_789L);
        arena.setPrev(s, NONE);
        arena.setNext(s, 1);
        arena.setLevel(s, 9);
        assertEquals(-7, arena.orderId(s));
        assertEquals(3, arena.traderId(s));
        assertEquals(Side.SELL, arena.side(s));
        assertEquals(15005, arena.price(s));
        assertEquals(40, arena.remaining(s));
        assertEquals(123_456_789L, arena.timestampNanos(s));
        assertEquals(NONE, arena.prev(s), "prev NONE must survive packing next to a non-negative next");
        assertEquals(1, arena.next(s));
        arena.setPrev(s, 1);
        arena.setNext(s, NONE);
        assertEquals(1, arena.prev(s));
        assertEquals(NONE, arena.next(s), "next NONE (-1) must not smear its sign bits into prev");
        assertEquals(9, arena.level(s));
    }
}
