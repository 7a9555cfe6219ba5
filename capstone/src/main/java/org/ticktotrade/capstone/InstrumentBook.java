package org.ticktotrade.capstone;

import static org.ticktotrade.week02.OrderArena.NONE;

import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.LongIntHashMap;
import org.ticktotrade.week02.OrderArena;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week03.PriceLadder;

/**
 * The book of one instrument, with the exchange's four order types. It is week 03's ladder book (week 02's
 * arena of order slots and id map, one {@link PriceLadder} per side, the same matching loop and the same
 * self-trade prevention), assembled here from those parts because two order types need to look at the book
 * in a way {@code LadderOrderBook} does not expose: fill-or-kill asks "how much would trade?" before anything
 * trades, and post-only asks "would this cross?".
 *
 * <p>It still is a week 02 {@link OrderBook} ({@link #add} is GTC, {@link #match} is IOC), so week 02's
 * conformance checks and model run against it unchanged. Every order type applies the same checks first, in the
 * same order: quantity, price, duplicate id (week 02), then for an order that may rest the band and the free slots
 * (week 03), then its own rule.
 *
 * <p>Single-threaded (the engine thread owns every book), so nothing is padded or fenced. All storage is
 * allocated here, at construction: no order, level or event object is ever created per command.
 */
public final class InstrumentBook implements OrderBook {

    /** {@link #traderOf} of an id that does not rest. */
    public static final long NO_TRADER = Long.MIN_VALUE;

    private final TradeEvents events;
    private final OrderArena arena;
    private final LongIntHashMap slotById;
    private final PriceLadder bids;
    private final PriceLadder asks;
    private final int ticks;

    /**
     * @param capacity    the most orders that may rest at once
     * @param lowestPrice the lowest price an order may rest at, at least 1
     * @param ticks       how many prices from there may hold orders, a positive multiple of 64
     */
    public InstrumentBook(int capacity, long lowestPrice, int ticks, TradeEvents events) {
        this.events = events;
        this.arena = new OrderArena(capacity);
        this.slotById = new LongIntHashMap(capacity);
        this.bids = new PriceLadder(Side.BUY, arena, lowestPrice, ticks);
        this.asks = new PriceLadder(Side.SELL, arena, lowestPrice, ticks);
        this.ticks = ticks;
    }

    /**
     * GTC (good till cancelled): trade what crosses at once, then rest the remainder at {@code price}, where it
     * keeps its time priority until it fills or its owner cancels it.
     */
    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        // TODO(kata) Reject what is invalid (rejectedInvalid), then what cannot rest (rejectedForResting); trade what crosses (matchIncoming); rest a remainder (rest). Read lesson 2, "Order types on the course's book: good till cancelled and immediate or cancel".
        throw new UnsupportedOperationException("TODO(kata) Reject what is invalid (rejectedInvalid), then what cannot rest (rejectedForResting); trade what crosses (matchIncoming); rest a remainder (rest). Read lesson 2, \"Order types on the course's book: good till cancelled and immediate or cancel\".");
    }

    /**
     * IOC (immediate or cancel): trade what crosses {@code limitPrice} now and cancel the remainder
     * ({@link CancelReason#IMMEDIATE_OR_CANCEL}). It never rests, so its limit may lie outside the band and a
     * full book still takes it.
     */
    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // TODO(kata) Reject what is invalid, trade what crosses, and cancel a remainder with IMMEDIATE_OR_CANCEL. Read lesson 2, "Order types on the course's book: good till cancelled and immediate or cancel".
        throw new UnsupportedOperationException("TODO(kata) Reject what is invalid, trade what crosses, and cancel a remainder with IMMEDIATE_OR_CANCEL. Read lesson 2, \"Order types on the course's book: good till cancelled and immediate or cancel\".");
    }

    /**
     * FOK (fill or kill): trade all of {@code quantity} now, or nothing. The book first walks the way the match
     * would go ({@link #fillable}); when less than the whole quantity is there, the order is killed
     * ({@link TradeEvents#onKilled}) before it touches anything. Otherwise the match fills it whole: nothing can
     * change between the walk and the match, because one thread owns the book. An own order in the way counts as
     * the end of the walk, since self-trade prevention would stop the match there and leave a partial fill.
     */
    public void fillOrKill(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // TODO(kata) Reject what is invalid; kill the whole order when fillable(...) is less than its quantity; otherwise matchIncoming, which now fills it whole. Read lesson 3, "Looking before trading: fill-or-kill and post-only".
        throw new UnsupportedOperationException("TODO(kata) Reject what is invalid; kill the whole order when fillable(...) is less than its quantity; otherwise matchIncoming, which now fills it whole. Read lesson 3, \"Looking before trading: fill-or-kill and post-only\".");
    }

    /**
     * How much an incoming order could trade now, up to {@code wanted}, without changing anything: the walk
     * {@code matchIncoming} would make, from the best opposite price towards {@code limitPrice}, level by level
     * and oldest first within a level, stopping at the first resting order of {@code traderId} (self-trade
     * prevention ends the match there). Costs no more than the match it stands in for, plus a look at each empty
     * tick between the levels it crosses.
     */
    public long fillable(long traderId, Side side, long limitPrice, long wanted) {
        // TODO(kata) From the opposite ladder's bestIndex(), step one index at a time (up for a buy, down for a sell) while the price crosses the limit; at each level walk head(index) .. arena.next(slot), return what you found at an own order, stop once you have wanted. Read lesson 3, "Looking before trading: fill-or-kill and post-only".
        throw new UnsupportedOperationException("TODO(kata) From the opposite ladder's bestIndex(), step one index at a time (up for a buy, down for a sell) while the price crosses the limit; at each level walk head(index) .. arena.next(slot), return what you found at an own order, stop once you have wanted. Read lesson 3, \"Looking before trading: fill-or-kill and post-only\".");
    }

    /**
     * Post-only: rest at {@code price} without trading, or be refused ({@link TradeEvents#onWouldCross}). An order
     * crosses when the opposite best price is at or better than its own, whoever owns that order: resting it would
     * leave the book crossed, and trading it would make it a taker. Venues that "slide" such an order to one tick
     * away exist; this one refuses, which is the simpler promise.
     */
    public void postOnly(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        // TODO(kata) Reject what is invalid and what cannot rest; refuse (onWouldCross) when the price reaches the opposite best price; otherwise rest it. Read lesson 3, "Looking before trading: fill-or-kill and post-only".
        throw new UnsupportedOperationException("TODO(kata) Reject what is invalid and what cannot rest; refuse (onWouldCross) when the price reaches the opposite best price; otherwise rest it. Read lesson 3, \"Looking before trading: fill-or-kill and post-only\".");
    }

    /** Removes a resting order ({@link CancelReason#REQUESTED}), or rejects with {@link RejectReason#UNKNOWN_ORDER}. */
    @Override
    public void cancel(long orderId) {
        final int slot = slotById.remove(orderId);
        if (slot == LongIntHashMap.MISSING) {
            events.onRejected(orderId, RejectReason.UNKNOWN_ORDER);
            return;
        }
        ladder(arena.side(slot)).remove(slot);
        events.onCancelled(orderId, arena.remaining(slot), CancelReason.REQUESTED);
        arena.free(slot);
    }

    // tag::helpers[]
    /** Week 02's checks for any incoming order; reports the reject and returns true when one fails. */
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

    /** Week 03's checks for an order that may rest: its price inside the band, a free slot for it. */
    private boolean rejectedForResting(long orderId, long price) {
        final RejectReason reason = !bids.covers(price) ? RejectReason.PRICE_OUT_OF_BAND // both ladders cover one band
                : arena.used() == arena.capacity() ? RejectReason.BOOK_FULL
                : null;
        if (reason != null) {
            events.onRejected(orderId, reason);
        }
        return reason != null;
    }

    /** Rests a remainder: a slot (one was free before matching, and matching only frees), its ladder, its id. */
    private void rest(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        final int slot = arena.allocate();
        arena.fill(slot, orderId, traderId, side, price, quantity, timestampNanos);
        ladder(side).append(slot);
        slotById.put(orderId, slot);
        events.onRested(orderId, side, price, quantity);
    }
    // end::helpers[]

    // tag::match[]
    /** Week 03's matching loop: best level first, oldest first, trade at the maker's price, stop at an own order. */
    private long matchIncoming(long orderId, long traderId, Side side, long limitPrice, long quantity) {
        final PriceLadder opposite = ladder(side.opposite());
        long remaining = quantity;
        while (remaining > 0) {
            final int index = opposite.bestIndex();
            if (index == NONE) {
                break;
            }
            final long price = opposite.priceOf(index);
            if (side == Side.BUY ? price > limitPrice : price < limitPrice) {
                break;
            }
            final int maker = opposite.head(index);
            final long makerTrader = arena.traderId(maker); // read before a full fill frees the slot
            if (makerTrader == traderId) {
                events.onCancelled(orderId, remaining, CancelReason.SELF_TRADE);
                return 0;
            }
            final long makerId = arena.orderId(maker);
            final long traded = Math.min(remaining, arena.remaining(maker));
            final long makerLeft = arena.remaining(maker) - traded;
            remaining -= traded;
            if (makerLeft == 0) {
                opposite.remove(maker);
                slotById.remove(makerId);
                arena.free(maker);
            } else {
                arena.setRemaining(maker, makerLeft);
                opposite.reduce(index, traded);
            }
            events.onFill(orderId, makerId, makerTrader, side, price, traded, remaining, makerLeft);
        }
        return remaining;
    }
    // end::match[]

    private PriceLadder ladder(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    /** The trader of a resting order, or {@link #NO_TRADER}: the engine checks a cancel's owner with it. */
    public long traderOf(long orderId) {
        final int slot = slotById.get(orderId);
        return slot == LongIntHashMap.MISSING ? NO_TRADER : arena.traderId(slot);
    }

    /** The side of a resting order, or null when it does not rest. */
    public Side sideOf(long orderId) {
        final int slot = slotById.get(orderId);
        return slot == LongIntHashMap.MISSING ? null : arena.side(slot);
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
