package org.ticktotrade.week02;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The correct book first, the fast one later: price levels in a {@code HashMap<Long, ArrayDeque<Order>>}
 * per side, every order an object, every price a boxed {@code Long}.
 *
 * <p>This is the baseline every later book is measured against, so it is written to be obviously right
 * rather than quick. Its costs are the week's lesson: a {@code Long} box per price lookup outside the small
 * box cache, an {@link Order} and a {@code HashMap} entry per resting order, an {@link ArrayDeque} per
 * level, a scan of the whole cancelled level to find one order, and a scan of every level when the best
 * one empties (the map does not know which key is highest).
 */
public final class NaiveOrderBook implements OrderBook {

    private final BookEvents events;
    // tag::fields[]
    private final Map<Long, ArrayDeque<Order>> bids = new HashMap<>();
    private final Map<Long, ArrayDeque<Order>> asks = new HashMap<>();
    /** Every resting order by id: how cancel finds an order without searching. */
    private final Map<Long, Order> resting = new HashMap<>();
    private long bestBid = NO_BID;
    private long bestAsk = NO_ASK;
    // end::fields[]

    public NaiveOrderBook(BookEvents events) {
        this.events = events;
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        // TODO(kata) Validate (reject and return on a bad quantity, price or a resting id), match, then rest any remainder at the back of its level's queue and report onRested. Read lesson 2, "The correct book: add, match and partial fills".
        throw new UnsupportedOperationException("TODO(kata) Validate (reject and return on a bad quantity, price or a resting id), match, then rest any remainder at the back of its level's queue and report onRested. Read lesson 2, \"The correct book: add, match and partial fills\".");
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // TODO(kata) Validate like add, match against the book, then cancel whatever is left with IMMEDIATE_OR_CANCEL (never rest it). Read lesson 2, "The correct book: add, match and partial fills".
        throw new UnsupportedOperationException("TODO(kata) Validate like add, match against the book, then cancel whatever is left with IMMEDIATE_OR_CANCEL (never rest it). Read lesson 2, \"The correct book: add, match and partial fills\".");
    }

    @Override
    public void cancel(long orderId) {
        // TODO(kata) Remove the resting order from the id index and from its level (dropping the level when it empties), or reject UNKNOWN_ORDER. Read lesson 3, "Cancels, empty levels and the best price".
        throw new UnsupportedOperationException("TODO(kata) Remove the resting order from the id index and from its level (dropping the level when it empties), or reject UNKNOWN_ORDER. Read lesson 3, \"Cancels, empty levels and the best price\".");
    }

    /** Rejects a malformed order or a reused resting id; true when it did. */
    private boolean rejectedInvalid(long orderId, long price, long quantity) {
        // TODO(kata) Reject INVALID_QUANTITY for quantity <= 0, INVALID_PRICE for price <= 0, DUPLICATE_ORDER_ID for an id that rests; return whether it rejected. Read lesson 2, "The correct book: add, match and partial fills".
        throw new UnsupportedOperationException("TODO(kata) Reject INVALID_QUANTITY for quantity <= 0, INVALID_PRICE for price <= 0, DUPLICATE_ORDER_ID for an id that rests; return whether it rejected. Read lesson 2, \"The correct book: add, match and partial fills\".");
    }

    /**
     * Trades the incoming order against the opposite side, best price first and FIFO within a price,
     * until it is filled, the next price is worse than its limit, or self-trade prevention stops it.
     *
     * @return the quantity left: 0 when filled, and also 0 when self-trade prevention cancelled the rest
     */
    private long matchIncoming(long orderId, long traderId, Side side, long limitPrice, long quantity) {
        // TODO(kata) While quantity remains and the best opposite price crosses the limit, trade with the oldest order there (at its price), removing filled orders and empty levels; on a self-trade cancel the remainder and return 0. Read lesson 2, "The correct book: add, match and partial fills".
        throw new UnsupportedOperationException("TODO(kata) While quantity remains and the best opposite price crosses the limit, trade with the oldest order there (at its price), removing filled orders and empty levels; on a self-trade cancel the remainder and return 0. Read lesson 2, \"The correct book: add, match and partial fills\".");
    }

    /** Removes an empty level and, when it was the best, finds the new best by looking at every level. */
    private void dropLevel(Side side, long price) {
        // TODO(kata) Remove the level; if it held the best price, recompute the best by scanning every remaining key of that side (NO_BID / NO_ASK when none is left). Read lesson 3, "Cancels, empty levels and the best price".
        throw new UnsupportedOperationException("TODO(kata) Remove the level; if it held the best price, recompute the best by scanning every remaining key of that side (NO_BID / NO_ASK when none is left). Read lesson 3, \"Cancels, empty levels and the best price\".");
    }

    private Map<Long, ArrayDeque<Order>> levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    @Override
    public long bestBid() {
        return bestBid;
    }

    @Override
    public long bestAsk() {
        return bestAsk;
    }

    @Override
    public long quantityAt(Side side, long price) {
        // TODO(kata) Sum the remaining quantity of the orders at that price on that side (0 when there is no level). Read lesson 2, "The correct book: add, match and partial fills".
        throw new UnsupportedOperationException("TODO(kata) Sum the remaining quantity of the orders at that price on that side (0 when there is no level). Read lesson 2, \"The correct book: add, match and partial fills\".");
    }

    @Override
    public int orderCount() {
        return resting.size();
    }

    @Override
    public long restingQuantity(long orderId) {
        Order order = resting.get(orderId);
        return order == null ? 0 : order.remaining();
    }

    @Override
    public long[] orderIdsAt(Side side, long price) {
        ArrayDeque<Order> level = levels(side).get(price);
        return level == null ? new long[0] : level.stream().mapToLong(Order::id).toArray();
    }
}
