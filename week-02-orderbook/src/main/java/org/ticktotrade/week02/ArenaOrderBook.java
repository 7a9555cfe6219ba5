package org.ticktotrade.week02;

import static org.ticktotrade.week02.OrderArena.NONE;

/**
 * The allocation-free book: the same rules as {@link NaiveOrderBook}, with every byte it will ever use
 * allocated in the constructor.
 *
 * <ul>
 *   <li>Orders live in an {@link OrderArena} of fixed 64-byte slots, 1M by default.</li>
 *   <li>Each price level is an intrusive doubly linked list through those slots ({@link PriceLevels}):
 *       append at the tail, fill from the head, unlink a cancelled order from the middle, all O(1).</li>
 *   <li>Order ids map to slots through a {@link LongIntHashMap}: no boxing, no entry objects.</li>
 *   <li>Events go to the {@link BookEvents} sink as primitive arguments: nothing to allocate.</li>
 *   <li>A full arena, or a side out of levels, rejects the add ({@link RejectReason#BOOK_FULL}); it never
 *       throws and never grows.</li>
 * </ul>
 *
 * <p><b>Padding.</b> None, on purpose: false sharing needs two threads writing near each other, and a
 * book has exactly one thread (the single-writer principle). Its arrays are touched by that thread alone,
 * so there is no line to pad. Padding belongs where threads meet: week 04's ring, whose producer and
 * consumer counters sit on separate lines.
 *
 * <p><b>Invariant between calls:</b> an id is in {@code slotById} exactly when its order rests, and its
 * slot is allocated and linked into the level of its side and price.
 */
public final class ArenaOrderBook implements OrderBook {

    // tag::fields[]
    private final BookEvents events;
    private final OrderArena arena;
    private final LongIntHashMap slotById;
    private final PriceLevels bids;
    private final PriceLevels asks;
    // end::fields[]

    /** The default number of prices each side may hold at once. */
    public static final int DEFAULT_MAX_LEVELS = 1 << 16;

    /**
     * A book of {@link OrderArena#DEFAULT_CAPACITY} order slots and {@link #DEFAULT_MAX_LEVELS} levels a side:
     * about 100 MB, all of it allocated here.
     */
    public ArenaOrderBook(BookEvents events) {
        this(OrderArena.DEFAULT_CAPACITY, DEFAULT_MAX_LEVELS, events);
    }

    /** A book of {@code capacity} slots whose levels can never run out (as many a side as slots). */
    public ArenaOrderBook(int capacity, BookEvents events) {
        this(capacity, capacity, events);
    }

    /**
     * @param capacity  the most orders that may rest at once
     * @param maxLevels the most prices each side may hold at once
     * @throws IllegalArgumentException for a capacity outside 1..{@link OrderArena#MAX_CAPACITY}, or maxLevels < 1
     */
    public ArenaOrderBook(int capacity, int maxLevels, BookEvents events) {
        this.events = events;
        this.arena = new OrderArena(capacity);
        this.slotById = new LongIntHashMap(capacity);
        this.bids = new PriceLevels(Side.BUY, arena, maxLevels);
        this.asks = new PriceLevels(Side.SELL, arena, maxLevels);
    }

    public int capacity() {
        return arena.capacity();
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        // TODO(kata) Validate (also reject BOOK_FULL when the arena has no free slot or the side cannot open a level at this price), match, then allocate a slot for the remainder, fill it, append it to its side's levels, index it by id and report onRested. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Validate (also reject BOOK_FULL when the arena has no free slot or the side cannot open a level at this price), match, then allocate a slot for the remainder, fill it, append it to its side's levels, index it by id and report onRested. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // TODO(kata) Validate like add (an IOC order never needs a slot, so no BOOK_FULL), match, and cancel any remainder with IMMEDIATE_OR_CANCEL. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Validate like add (an IOC order never needs a slot, so no BOOK_FULL), match, and cancel any remainder with IMMEDIATE_OR_CANCEL. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    @Override
    public void cancel(long orderId) {
        // TODO(kata) Look the slot up by id (reject UNKNOWN_ORDER when missing), unlink it from its level, drop it from the id map, report onCancelled with its remaining quantity, and free the slot last. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Look the slot up by id (reject UNKNOWN_ORDER when missing), unlink it from its level, drop it from the id map, report onCancelled with its remaining quantity, and free the slot last. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    private boolean rejectedInvalid(long orderId, long price, long quantity) {
        // TODO(kata) Reject INVALID_QUANTITY for quantity <= 0, INVALID_PRICE for price <= 0, DUPLICATE_ORDER_ID for an id in slotById; return whether it rejected. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Reject INVALID_QUANTITY for quantity <= 0, INVALID_PRICE for price <= 0, DUPLICATE_ORDER_ID for an id in slotById; return whether it rejected. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    /** Price-time matching against the opposite side; the same contract as the naive book's. */
    private long matchIncoming(long orderId, long traderId, Side side, long limitPrice, long quantity) {
        // TODO(kata) Loop while quantity remains: take the opposite side's best level (stop when NONE or its price does not cross), trade with its head slot at the level's price, free a filled maker (remove from its level and the id map first); on a self-trade cancel the remainder and return 0. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Loop while quantity remains: take the opposite side's best level (stop when NONE or its price does not cross), trade with its head slot at the level's price, free a filled maker (remove from its level and the id map first); on a self-trade cancel the remainder and return 0. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    private PriceLevels levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    @Override
    public long bestBid() {
        return bids.bestPrice();
    }

    @Override
    public long bestAsk() {
        return asks.bestPrice();
    }

    @Override
    public long quantityAt(Side side, long price) {
        final PriceLevels levels = levels(side);
        final int level = levels.levelAt(price);
        return level == NONE ? 0 : levels.quantity(level);
    }

    @Override
    public int orderCount() {
        return arena.used();
    }

    @Override
    public long restingQuantity(long orderId) {
        final int slot = slotById.get(orderId);
        return slot == LongIntHashMap.MISSING ? 0 : arena.remaining(slot);
    }

    @Override
    public long[] orderIdsAt(Side side, long price) {
        return levels(side).orderIds(price);
    }
}
