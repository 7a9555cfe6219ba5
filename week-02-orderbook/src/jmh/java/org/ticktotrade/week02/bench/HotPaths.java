package org.ticktotrade.week02.bench;

import org.ticktotrade.week02.ArenaOrderBook;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.NaiveOrderBook;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/**
 * The hot paths {@code ./kata asm week-02} disassembles: one cancel on each book. The naive book's cancel
 * boxes the id into a {@code Long} for its HashMap and scans the level's deque; the arena book's is a probe
 * of a primitive table and four link updates. Each path is a small static method the tool keeps from being
 * inlined, so C2 compiles it as a unit with the book's code inlined into it; {@link #main} runs
 * add-then-cancel cycles on a book of a thousand orders until both are compiled.
 */
public final class HotPaths {

    private static final int WINDOW = 1024;

    private HotPaths() {}

    // tag::paths[]
    static void naiveCancel(NaiveOrderBook book, long orderId) {
        book.cancel(orderId);
    }

    static void arenaCancel(ArenaOrderBook book, long orderId) {
        book.cancel(orderId);
    }
    // end::paths[]

    static void add(OrderBook book, long orderId) {
        book.add(orderId, 1, Side.BUY, 9_999 - orderId % 64, 10, orderId);
    }

    public static void main(String[] args) {
        long iterations = args.length > 0 ? Long.parseLong(args[0]) : 300_000;
        NaiveOrderBook naive = new NaiveOrderBook(BookEvents.IGNORE);
        ArenaOrderBook arena = new ArenaOrderBook(1 << 16, BookEvents.IGNORE);
        for (long id = 1; id <= WINDOW; id++) {
            add(naive, id);
            add(arena, id);
        }
        for (long id = WINDOW + 1; id <= WINDOW + iterations; id++) {
            add(naive, id);
            naiveCancel(naive, id - WINDOW);
            add(arena, id);
            arenaCancel(arena, id - WINDOW);
        }
        // Printing what is left keeps the work observable: a JIT may drop work nobody looks at.
        System.out.println("hot paths warmed: " + naive.orderCount() + " + " + arena.orderCount() + " orders rest");
    }
}
