package org.ticktotrade.week02.bench;

import org.ticktotrade.week02.ArenaOrderBook;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.NaiveOrderBook;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/**
 * The hot paths {@code ./kata asm week-02} disassembles: one cancel on each book, {@code NaiveOrderBook.cancel}
 * and {@code ArenaOrderBook.cancel}, each compiled by C2 as a unit of its own with the book's parts inlined
 * into it. The naive book's cancel boxes the id into a {@code Long} for its HashMap and scans the level's
 * deque; the arena book's is a probe of a primitive table and four link updates.
 *
 * <p>Every cancel goes through one call site, {@link #cancel}, that sees three book classes (the two books
 * and {@link HarnessFloorBook}) in equal shares. C2 inlines a call site that has seen one or two receiver classes, so a
 * wrapper per book would have each book's cancel inlined into it, or not, depending on which of the two C2
 * happened to compile first; with three the call stays virtual, and each book's cancel is compiled on its
 * own, every run. {@link #main} runs add-then-cancel cycles on a book of a thousand orders until both are.
 */
public final class HotPaths {

    private static final int WINDOW = 1024;

    private HotPaths() {}

    // tag::paths[]
    /** The one call site every cancel goes through: three receiver classes, so C2 never inlines it. */
    static void cancel(OrderBook book, long orderId) {
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
        OrderBook none = new HarnessFloorBook(BookEvents.IGNORE);
        for (long id = 1; id <= WINDOW; id++) {
            add(naive, id);
            add(arena, id);
        }
        for (long id = WINDOW + 1; id <= WINDOW + iterations; id++) {
            add(naive, id);
            cancel(naive, id - WINDOW);
            add(arena, id);
            cancel(arena, id - WINDOW);
            cancel(none, id);
        }
        // Printing what is left keeps the work observable: a JIT may drop work nobody looks at.
        System.out.println("hot paths warmed: " + naive.orderCount() + " + " + arena.orderCount() + " orders rest");
    }
}
