package org.ticktotrade.week03.bench;

import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week03.LadderOrderBook;
import org.ticktotrade.week03.TreeMapOrderBook;

/**
 * The hot paths {@code ./kata asm week-03} disassembles: an IOC sell that empties the best bid level, on
 * each sorted book, so the listing shows how each finds the next best price: the TreeMap book walks to the
 * leftmost tree node (and allocates the entry it returns), the ladder clears a bit and counts leading zeros
 * ({@code lzcnt} on x86, {@code clz} on AArch64). {@link #main} empties and refills the top of a
 * 2,000-level book until both are compiled.
 */
public final class HotPaths {

    private static final int DEPTH = 2_000;
    private static final long MID = 10_000;

    private HotPaths() {}

    // tag::paths[]
    static void treeMapTakeBest(TreeMapOrderBook book, long orderId, long bestBid) {
        book.match(orderId, 2, Side.SELL, bestBid, 10, orderId);
    }

    static void ladderTakeBest(LadderOrderBook book, long orderId, long bestBid) {
        book.match(orderId, 2, Side.SELL, bestBid, 10, orderId);
    }
    // end::paths[]

    public static void main(String[] args) {
        long iterations = args.length > 0 ? Long.parseLong(args[0]) : 300_000;
        TreeMapOrderBook tree = new TreeMapOrderBook(BookEvents.IGNORE);
        LadderOrderBook ladder = new LadderOrderBook(1 << 16, 1, 1 << 16, BookEvents.IGNORE);
        long id = 1;
        for (int level = 1; level <= DEPTH; level++, id++) {
            tree.add(id, 1, Side.BUY, MID - level, 10, id);
            ladder.add(id, 1, Side.BUY, MID - level, 10, id);
        }
        for (long i = 0; i < iterations; i++) {
            long best = tree.bestBid();
            treeMapTakeBest(tree, id++, best);
            ladderTakeBest(ladder, id++, best);
            refill(tree, id++, best);
            refill(ladder, id++, best);
        }
        System.out.println("hot paths warmed: best bids " + tree.bestBid() + " and " + ladder.bestBid());
    }

    static void refill(OrderBook book, long orderId, long price) {
        book.add(orderId, 1, Side.BUY, price, 10, orderId);
    }
}
