package org.ticktotrade.week03;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.Order;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * Week 02's naive book with its levels sorted: a {@code TreeMap<Long, Level>} per side, bids in
 * descending and asks in ascending order, so the best price is always the map's first key.
 *
 * <p>That one change turns the best-price recomputation from "look at every level" into "ask the
 * red-black tree for its leftmost node": O(log n) instead of O(n). Everything else still costs what it
 * did in week 02, and a little more: a tree node per level instead of a hash entry, a boxed {@code Long}
 * per lookup, an {@link Order} per resting order. Lesson 2 measures both effects; the
 * {@link LadderOrderBook} removes the boxing and the nodes.
 */
public final class TreeMapOrderBook implements OrderBook {

    private final BookEvents events;
    // tag::trees[]
    /** Highest price first: firstEntry() is the best bid. */
    private final TreeMap<Long, Level> bids = new TreeMap<>(Collections.reverseOrder());
    /** Lowest price first: firstEntry() is the best ask. */
    private final TreeMap<Long, Level> asks = new TreeMap<>();
    // end::trees[]
    private final Map<Long, Order> resting = new HashMap<>();

    public TreeMapOrderBook(BookEvents events) {
        this.events = events;
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        // TODO(kata) Validate, match, then rest the remainder at the back of its level (creating the Level if needed), index it by id, and report onRested. Read lesson 2, "Sorted levels with a TreeMap".
        throw new UnsupportedOperationException("TODO(kata) Validate, match, then rest the remainder at the back of its level (creating the Level if needed), index it by id, and report onRested. Read lesson 2, \"Sorted levels with a TreeMap\".");
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // TODO(kata) Validate, match, and cancel the remainder with IMMEDIATE_OR_CANCEL. Read lesson 2, "Sorted levels with a TreeMap".
        throw new UnsupportedOperationException("TODO(kata) Validate, match, and cancel the remainder with IMMEDIATE_OR_CANCEL. Read lesson 2, \"Sorted levels with a TreeMap\".");
    }

    @Override
    public void cancel(long orderId) {
        // TODO(kata) Remove the order from the id index (reject UNKNOWN_ORDER when missing) and from its level, removing the level from the tree when it empties; acknowledge with REQUESTED. Read lesson 2, "Sorted levels with a TreeMap".
        throw new UnsupportedOperationException("TODO(kata) Remove the order from the id index (reject UNKNOWN_ORDER when missing) and from its level, removing the level from the tree when it empties; acknowledge with REQUESTED. Read lesson 2, \"Sorted levels with a TreeMap\".");
    }

    private boolean rejectedInvalid(long orderId, long price, long quantity) {
        RejectReason reason = quantity <= 0 ? RejectReason.INVALID_QUANTITY
                : price <= 0 ? RejectReason.INVALID_PRICE
                : resting.containsKey(orderId) ? RejectReason.DUPLICATE_ORDER_ID
                : null;
        if (reason != null) {
            events.onRejected(orderId, reason);
        }
        return reason != null;
    }

    private long matchIncoming(long orderId, long traderId, Side side, long limitPrice, long quantity) {
        // TODO(kata) Loop: the opposite tree's firstEntry() is the best level (stop when null or not crossing the limit); trade with its oldest order; remove filled orders, and the level when empty; stop with SELF_TRADE on the incoming trader's own order. Read lesson 2, "Sorted levels with a TreeMap".
        throw new UnsupportedOperationException("TODO(kata) Loop: the opposite tree's firstEntry() is the best level (stop when null or not crossing the limit); trade with its oldest order; remove filled orders, and the level when empty; stop with SELF_TRADE on the incoming trader's own order. Read lesson 2, \"Sorted levels with a TreeMap\".");
    }

    private TreeMap<Long, Level> levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    @Override
    public long bestBid() {
        // TODO(kata) The first key of the bid tree (highest price first), or NO_BID when it is empty. Read lesson 2, "Sorted levels with a TreeMap".
        throw new UnsupportedOperationException("TODO(kata) The first key of the bid tree (highest price first), or NO_BID when it is empty. Read lesson 2, \"Sorted levels with a TreeMap\".");
    }

    @Override
    public long bestAsk() {
        // TODO(kata) The first key of the ask tree (lowest price first), or NO_ASK when it is empty. Read lesson 2, "Sorted levels with a TreeMap".
        throw new UnsupportedOperationException("TODO(kata) The first key of the ask tree (lowest price first), or NO_ASK when it is empty. Read lesson 2, \"Sorted levels with a TreeMap\".");
    }

    @Override
    public long quantityAt(Side side, long price) {
        Level level = levels(side).get(price);
        return level == null ? 0 : level.quantity();
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
        Level level = levels(side).get(price);
        if (level == null) {
            return new long[0];
        }
        ArrayDeque<Order> orders = level.orders();
        return orders.stream().mapToLong(Order::id).toArray();
    }
}
