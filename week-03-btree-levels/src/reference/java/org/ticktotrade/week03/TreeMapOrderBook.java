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
        // kata:solution lesson-02 Validate, match, then rest the remainder at the back of its level (creating the Level if needed), index it by id, and report onRested.
        if (rejectedInvalid(orderId, price, quantity)) {
            return;
        }
        long remaining = matchIncoming(orderId, traderId, side, price, quantity);
        if (remaining > 0) {
            Order order = new Order(orderId, traderId, side, price, remaining, timestampNanos);
            Level level = levels(side).computeIfAbsent(price, p -> new Level());
            level.orders().addLast(order);
            level.adjust(remaining);
            resting.put(orderId, order);
            events.onRested(orderId, side, price, remaining);
        }
        // kata:end
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // kata:solution lesson-02 Validate, match, and cancel the remainder with IMMEDIATE_OR_CANCEL.
        if (rejectedInvalid(orderId, limitPrice, quantity)) {
            return;
        }
        long remaining = matchIncoming(orderId, traderId, side, limitPrice, quantity);
        if (remaining > 0) {
            events.onCancelled(orderId, remaining, CancelReason.IMMEDIATE_OR_CANCEL);
        }
        // kata:end
    }

    @Override
    public void cancel(long orderId) {
        // kata:solution lesson-02 Remove the order from the id index (reject UNKNOWN_ORDER when missing) and from its level, removing the level from the tree when it empties; acknowledge with REQUESTED.
        Order order = resting.remove(orderId);
        if (order == null) {
            events.onRejected(orderId, RejectReason.UNKNOWN_ORDER);
            return;
        }
        // tag::cancel[]
        TreeMap<Long, Level> levels = levels(order.side());
        Level level = levels.get(order.price());
        level.orders().remove(order);
        level.adjust(-order.remaining());
        if (level.orders().isEmpty()) {
            levels.remove(order.price()); // no rescan: the tree keeps its order, the next best is its new first key
        }
        // end::cancel[]
        events.onCancelled(orderId, order.remaining(), CancelReason.REQUESTED);
        // kata:end
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
        // kata:solution lesson-02 Loop: the opposite tree's firstEntry() is the best level (stop when null or not crossing the limit); trade with its oldest order; remove filled orders, and the level when empty; stop with SELF_TRADE on the incoming trader's own order.
        // tag::match[]
        TreeMap<Long, Level> opposite = levels(side.opposite());
        long remaining = quantity;
        while (remaining > 0) {
            // O(log n): the leftmost node. firstEntry() also allocates a snapshot of it (an immutable entry),
            // one of the small costs -prof gc shows for this book.
            Map.Entry<Long, Level> best = opposite.firstEntry();
            if (best == null) {
                break;
            }
            long price = best.getKey();
            if (side == Side.BUY ? price > limitPrice : price < limitPrice) {
                break;
            }
            Level level = best.getValue();
            Order maker = level.orders().peekFirst();
            if (maker.traderId() == traderId) {
                events.onCancelled(orderId, remaining, CancelReason.SELF_TRADE);
                return 0;
            }
            long traded = Math.min(remaining, maker.remaining());
            maker.fill(traded);
            level.adjust(-traded);
            remaining -= traded;
            if (maker.remaining() == 0) {
                level.orders().pollFirst();
                resting.remove(maker.id());
                if (level.orders().isEmpty()) {
                    opposite.pollFirstEntry();
                }
            }
            events.onTrade(orderId, maker.id(), side, price, traded, remaining, maker.remaining());
        }
        return remaining;
        // end::match[]
        // kata:end
    }

    private TreeMap<Long, Level> levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    @Override
    public long bestBid() {
        // kata:solution lesson-02 The first key of the bid tree (highest price first), or NO_BID when it is empty.
        // tag::best[]
        Map.Entry<Long, Level> best = bids.firstEntry();
        return best == null ? NO_BID : best.getKey();
        // end::best[]
        // kata:end
    }

    @Override
    public long bestAsk() {
        // kata:solution lesson-02 The first key of the ask tree (lowest price first), or NO_ASK when it is empty.
        Map.Entry<Long, Level> best = asks.firstEntry();
        return best == null ? NO_ASK : best.getKey();
        // kata:end
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
