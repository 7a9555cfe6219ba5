package org.ticktotrade.week03;

import static org.ticktotrade.week02.OrderArena.NONE;

import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.LongIntHashMap;
import org.ticktotrade.week02.OrderArena;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * Sorted levels without boxing or nodes: week 02's arena and id map, with each side's levels in a
 * {@link PriceLadder} indexed by price. The best price is a field, and finding the next one after the
 * best level empties is a bit scan, not a look at every level (week 02) or a tree walk ({@link TreeMapOrderBook}).
 *
 * <p>Its one new rule: a price band. The ladder covers {@code ticks} prices from {@code lowestPrice};
 * an add whose price lies outside is rejected with {@link RejectReason#PRICE_OUT_OF_BAND} before anything
 * happens. A match (IOC) never rests, so its limit may lie anywhere. Inside the band it behaves exactly
 * as every other {@link OrderBook}: the same tests and properties run against it.
 *
 * <p>Single-threaded, like every book here, so nothing is padded: no other thread writes near its fields.
 */
public final class LadderOrderBook implements OrderBook {

    /** The default band: prices 1 to 65,536 ticks, about 1.3 MB of levels per side. */
    public static final long DEFAULT_LOWEST_PRICE = 1;
    public static final int DEFAULT_TICKS = 1 << 16;

    // tag::fields[]
    private final BookEvents events;
    private final OrderArena arena;
    private final LongIntHashMap slotById;
    private final PriceLadder bids;
    private final PriceLadder asks;
    // end::fields[]

    /** A book of 1M order slots over the default band. */
    public LadderOrderBook(BookEvents events) {
        this(OrderArena.DEFAULT_CAPACITY, DEFAULT_LOWEST_PRICE, DEFAULT_TICKS, events);
    }

    /**
     * @param capacity    the most orders that may rest at once
     * @param lowestPrice the lowest price an order may rest at, at least 1
     * @param ticks       how many prices from there may hold orders, a positive multiple of 64
     */
    public LadderOrderBook(int capacity, long lowestPrice, int ticks, BookEvents events) {
        this.events = events;
        this.arena = new OrderArena(capacity);
        this.slotById = new LongIntHashMap(capacity);
        this.bids = new PriceLadder(Side.BUY, arena, lowestPrice, ticks);
        this.asks = new PriceLadder(Side.SELL, arena, lowestPrice, ticks);
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        // TODO(kata) Validate (also PRICE_OUT_OF_BAND when the ladder does not cover the price, BOOK_FULL when the arena is full), match, then rest the remainder: allocate, fill, append to the side's ladder, index by id, report onRested. Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) Validate (also PRICE_OUT_OF_BAND when the ladder does not cover the price, BOOK_FULL when the arena is full), match, then rest the remainder: allocate, fill, append to the side's ladder, index by id, report onRested. Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // TODO(kata) Validate, match, and cancel the remainder with IMMEDIATE_OR_CANCEL. Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) Validate, match, and cancel the remainder with IMMEDIATE_OR_CANCEL. Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    @Override
    public void cancel(long orderId) {
        // TODO(kata) Remove the id from slotById (reject UNKNOWN_ORDER when missing), unlink the slot from its side's ladder, acknowledge with its remaining quantity, then free the slot. Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) Remove the id from slotById (reject UNKNOWN_ORDER when missing), unlink the slot from its side's ladder, acknowledge with its remaining quantity, then free the slot. Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    private boolean rejectedInvalid(long orderId, long price, long quantity) {
        final RejectReason reason = quantity <= 0 ? RejectReason.INVALID_QUANTITY
                : price <= 0 ? RejectReason.INVALID_PRICE
                : slotById.get(orderId) != LongIntHashMap.MISSING ? RejectReason.DUPLICATE_ORDER_ID
                : null;
        if (reason != null) {
            events.onRejected(orderId, reason);
        }
        return reason != null;
    }

    private long matchIncoming(long orderId, long traderId, Side side, long limitPrice, long quantity) {
        // TODO(kata) As in week 02's arena book, with the opposite ladder's bestIndex() as the best level and priceOf(index) as its price. Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) As in week 02's arena book, with the opposite ladder's bestIndex() as the best level and priceOf(index) as its price. Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    private PriceLadder ladder(Side side) {
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
        final PriceLadder ladder = ladder(side);
        return ladder.covers(price) ? ladder.quantity(ladder.indexOf(price)) : 0;
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
        final PriceLadder ladder = ladder(side);
        return ladder.covers(price) ? ladder.orderIds(ladder.indexOf(price)) : new long[0];
    }
}
