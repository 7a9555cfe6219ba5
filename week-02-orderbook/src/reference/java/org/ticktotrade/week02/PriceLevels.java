package org.ticktotrade.week02;

import static org.ticktotrade.week02.OrderArena.NONE;

/**
 * One side of the {@link ArenaOrderBook}: its price levels, each a FIFO queue of order slots linked
 * through the {@link OrderArena}, found by price through a {@link LongIntHashMap}. Nothing here
 * allocates after construction: levels are int handles into parallel primitive arrays, recycled through a
 * free list like the arena's slots.
 *
 * <p><b>Invariants</b> (every method keeps them; the comments where indices move say which one holds):
 * <ol>
 *   <li>A level handle in {@code byPrice}, {@code live} or an order's level field is open: in
 *       {@code [0, maxLevels)}, not on the free list, and holding at least one order.</li>
 *   <li>An open level's list runs {@code head -> next -> ... -> tail}, following {@code next} from head
 *       reaches tail, every order in it has this level as its level, and {@code prev} mirrors {@code next}.
 *       head and tail are both NONE only for a level that is being closed.</li>
 *   <li>{@code quantity[level]} is the sum of its orders' remaining quantities and {@code count[level]} their number.</li>
 *   <li>{@code live[0 .. liveCount)} lists each open level exactly once; {@code position[l]} is l's index in it.</li>
 *   <li>{@code bestLevel} is the open level with the best price for this side (highest bid, lowest ask), or NONE.</li>
 * </ol>
 *
 * <p>The levels are not sorted: finding the new best after the best level empties scans every open level.
 * That is O(levels), and it is week 03's subject.
 */
public final class PriceLevels {

    // tag::fields[]
    private final Side side;
    private final OrderArena arena;
    private final LongIntHashMap byPrice;
    private final long[] price;
    private final long[] quantity;
    private final int[] head;
    private final int[] tail;
    private final int[] count;
    private final int[] live;
    private final int[] position;
    private int liveCount;
    /** First free level handle; free levels chain through their {@code head} entry. */
    private int freeLevel;
    private int bestLevel = NONE;
    // end::fields[]

    /**
     * @param maxLevels how many prices of this side may hold orders at once; a level holds at least one
     *                  order, so the arena's capacity is always enough, and a real book needs far fewer
     */
    public PriceLevels(Side side, OrderArena arena, int maxLevels) {
        this.side = side;
        this.arena = arena;
        this.byPrice = new LongIntHashMap(maxLevels);
        this.price = new long[maxLevels];
        this.quantity = new long[maxLevels];
        this.head = new int[maxLevels];
        this.tail = new int[maxLevels];
        this.count = new int[maxLevels];
        this.live = new int[maxLevels];
        this.position = new int[maxLevels];
        for (int level = 0; level < maxLevels; level++) {
            head[level] = level + 1 < maxLevels ? level + 1 : NONE;
        }
        this.freeLevel = 0;
    }

    public Side side() {
        return side;
    }

    /** The open level with the best price, or NONE when this side is empty. */
    public int bestLevel() {
        return bestLevel;
    }

    /** The best price, or {@link OrderBook#NO_BID} / {@link OrderBook#NO_ASK} when this side is empty. */
    public long bestPrice() {
        return bestLevel == NONE ? (side == Side.BUY ? OrderBook.NO_BID : OrderBook.NO_ASK) : price[bestLevel];
    }

    /** Whether an order can rest at {@code price}: its level is open, or a free level is left to open. */
    public boolean canRestAt(long levelPrice) {
        return freeLevel != NONE || byPrice.get(levelPrice) != NONE;
    }

    /** The open level at {@code price}, or NONE. */
    public int levelAt(long price) {
        return byPrice.get(price); // MISSING is -1, the same as NONE
    }

    public long price(int level) {
        return price[level];
    }

    public long quantity(int level) {
        return quantity[level];
    }

    /** The oldest order at this level: the next to fill. */
    public int head(int level) {
        return head[level];
    }

    /** Appends a filled-in, unlinked slot to the back of the queue at its price, opening the level if needed. */
    public void append(int slot) {
        final long orderPrice = arena.price(slot);
        int level = byPrice.get(orderPrice);
        if (level == NONE) {
            level = open(orderPrice);
        }
        // kata:solution lesson-05 Link the slot after the level's tail (or make it head and tail of an empty level), record the level in the slot, and add its remaining quantity and one to the level's totals.
        // tag::append[]
        final int oldTail = tail[level];
        arena.setLevel(slot, level);
        arena.setPrev(slot, oldTail);
        arena.setNext(slot, NONE);
        if (oldTail == NONE) {
            head[level] = slot; // the level was just opened: slot is its only order
        } else {
            arena.setNext(oldTail, slot); // oldTail belongs to this level (invariant 2), so it is allocated
        }
        tail[level] = slot;
        quantity[level] += arena.remaining(slot);
        count[level]++;
        // end::append[]
        // kata:end
    }

    /**
     * Unlinks a resting slot from its level, in O(1) wherever it sits in the queue, and closes the level
     * when it empties. The slot itself stays allocated: the caller frees it.
     */
    public void remove(int slot) {
        final int level = arena.level(slot);
        // kata:solution lesson-05 Unlink the slot: its prev's next becomes its next (or head moves on), its next's prev becomes its prev (or tail moves back); take its remaining quantity and one order off the level; close the level when no order is left.
        // tag::unlink[]
        final int before = arena.prev(slot);
        final int after = arena.next(slot);
        // before and after are NONE or orders of this same level (invariant 2): rewiring them keeps the list whole.
        if (before == NONE) {
            head[level] = after;
        } else {
            arena.setNext(before, after);
        }
        if (after == NONE) {
            tail[level] = before;
        } else {
            arena.setPrev(after, before);
        }
        arena.setLevel(slot, NONE);
        quantity[level] -= arena.remaining(slot);
        if (--count[level] == 0) {
            close(level);
        }
        // end::unlink[]
        // kata:end
    }

    /** A resting order at {@code level} traded {@code filled} but still rests: keep the level's total right. */
    public void reduce(int level, long filled) {
        quantity[level] -= filled;
    }

    private int open(long levelPrice) {
        final int level = freeLevel;
        // The book asked canRestAt() before matching, and matching never opens levels on this side, so a
        // free level exists: level is in [0, maxLevels).
        freeLevel = head[level];
        price[level] = levelPrice;
        quantity[level] = 0;
        count[level] = 0;
        head[level] = NONE;
        tail[level] = NONE;
        byPrice.put(levelPrice, level);
        position[level] = liveCount;
        live[liveCount++] = level;
        if (bestLevel == NONE || better(levelPrice, price[bestLevel])) {
            bestLevel = level;
        }
        return level;
    }

    // tag::close[]
    private void close(int level) {
        byPrice.remove(price[level]);
        // Swap-remove from live[]: move the last live level into this one's place (invariant 4 holds after).
        final int at = position[level];
        final int last = live[--liveCount];
        live[at] = last;
        position[last] = at;
        head[level] = freeLevel;
        freeLevel = level;
        if (level == bestLevel) {
            bestLevel = scanForBest();
        }
    }
    // end::close[]

    /** O(open levels): the unsorted levels' price. */
    private int scanForBest() {
        // kata:solution lesson-05 Scan live[0 .. liveCount) for the level with the best price for this side (highest for BUY, lowest for SELL); NONE when there is none.
        // tag::scan[]
        int best = NONE;
        for (int i = 0; i < liveCount; i++) {
            final int candidate = live[i];
            if (best == NONE || better(price[candidate], price[best])) {
                best = candidate;
            }
        }
        return best;
        // end::scan[]
        // kata:end
    }

    private boolean better(long a, long b) {
        return side == Side.BUY ? a > b : a < b;
    }

    /** The ids at {@code levelPrice}, oldest first: for inspection, it allocates. */
    public long[] orderIds(long levelPrice) {
        final int level = byPrice.get(levelPrice);
        if (level == NONE) {
            return new long[0];
        }
        long[] ids = new long[count[level]];
        int i = 0;
        for (int slot = head[level]; slot != NONE; slot = arena.next(slot)) {
            ids[i++] = arena.orderId(slot);
        }
        return ids;
    }
}
