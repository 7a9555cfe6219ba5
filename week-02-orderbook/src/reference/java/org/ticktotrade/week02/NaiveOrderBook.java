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
        // kata:solution lesson-02 Validate (reject and return on a bad quantity, price or a resting id), match, then rest any remainder at the back of its level's queue and report onRested.
        // tag::add[]
        if (rejectedInvalid(orderId, price, quantity)) {
            return;
        }
        long remaining = matchIncoming(orderId, traderId, side, price, quantity);
        if (remaining > 0) {
            Order order = new Order(orderId, traderId, side, price, remaining, timestampNanos);
            // tag::rest[]
            // computeIfAbsent boxes the price and may allocate a deque; addLast keeps arrival order (FIFO).
            levels(side).computeIfAbsent(price, p -> new ArrayDeque<>()).addLast(order);
            // end::rest[]
            resting.put(orderId, order);
            if (side == Side.BUY && price > bestBid) {
                bestBid = price;
            } else if (side == Side.SELL && price < bestAsk) {
                bestAsk = price;
            }
            events.onRested(orderId, side, price, remaining);
        }
        // end::add[]
        // kata:end
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        // kata:solution lesson-02 Validate like add, match against the book, then cancel whatever is left with IMMEDIATE_OR_CANCEL (never rest it).
        // tag::ioc[]
        if (rejectedInvalid(orderId, limitPrice, quantity)) {
            return;
        }
        long remaining = matchIncoming(orderId, traderId, side, limitPrice, quantity);
        if (remaining > 0) {
            events.onCancelled(orderId, remaining, CancelReason.IMMEDIATE_OR_CANCEL);
        }
        // end::ioc[]
        // kata:end
    }

    @Override
    public void cancel(long orderId) {
        // kata:solution lesson-03 Remove the resting order from the id index and from its level (dropping the level when it empties), or reject UNKNOWN_ORDER.
        // tag::cancel[]
        Order order = resting.remove(orderId);
        if (order == null) {
            events.onRejected(orderId, RejectReason.UNKNOWN_ORDER);
            return;
        }
        Map<Long, ArrayDeque<Order>> levels = levels(order.side());
        ArrayDeque<Order> level = levels.get(order.price());
        level.remove(order); // a linear scan of the level: the cost the arena book's intrusive list removes
        if (level.isEmpty()) {
            dropLevel(order.side(), order.price());
        }
        events.onCancelled(orderId, order.remaining(), CancelReason.REQUESTED);
        // end::cancel[]
        // kata:end
    }

    /** Rejects a malformed order or a reused resting id; true when it did. */
    private boolean rejectedInvalid(long orderId, long price, long quantity) {
        // kata:solution lesson-02 Reject INVALID_QUANTITY for quantity <= 0, INVALID_PRICE for price <= 0, DUPLICATE_ORDER_ID for an id that rests; return whether it rejected.
        // tag::validate[]
        RejectReason reason = quantity <= 0 ? RejectReason.INVALID_QUANTITY
                : price <= 0 ? RejectReason.INVALID_PRICE
                : resting.containsKey(orderId) ? RejectReason.DUPLICATE_ORDER_ID
                : null;
        if (reason != null) {
            events.onRejected(orderId, reason);
        }
        return reason != null;
        // end::validate[]
        // kata:end
    }

    /**
     * Trades the incoming order against the opposite side, best price first and FIFO within a price,
     * until it is filled, the next price is worse than its limit, or self-trade prevention stops it.
     *
     * @return the quantity left: 0 when filled, and also 0 when self-trade prevention cancelled the rest
     */
    private long matchIncoming(long orderId, long traderId, Side side, long limitPrice, long quantity) {
        // kata:solution lesson-02 While quantity remains and the best opposite price crosses the limit, trade with the oldest order there (at its price), removing filled orders and empty levels; on a self-trade cancel the remainder and return 0.
        // tag::match[]
        Map<Long, ArrayDeque<Order>> opposite = levels(side.opposite());
        long remaining = quantity;
        while (remaining > 0) {
            long best = side == Side.BUY ? bestAsk : bestBid;
            boolean crosses = side == Side.BUY ? best <= limitPrice : best >= limitPrice;
            if (best == NO_ASK || best == NO_BID || !crosses) {
                break;
            }
            ArrayDeque<Order> level = opposite.get(best);
            Order maker = level.peekFirst(); // the oldest order at the best price: time priority
            if (maker.traderId() == traderId) {
                events.onCancelled(orderId, remaining, CancelReason.SELF_TRADE);
                return 0;
            }
            long traded = Math.min(remaining, maker.remaining());
            maker.fill(traded);
            remaining -= traded;
            events.onTrade(orderId, maker.id(), side, best, traded, remaining, maker.remaining());
            if (maker.remaining() == 0) {
                level.pollFirst();
                resting.remove(maker.id());
                if (level.isEmpty()) {
                    dropLevel(maker.side(), best);
                }
            }
        }
        return remaining;
        // end::match[]
        // kata:end
    }

    /** Removes an empty level and, when it was the best, finds the new best by looking at every level. */
    private void dropLevel(Side side, long price) {
        // kata:solution lesson-03 Remove the level; if it held the best price, recompute the best by scanning every remaining key of that side (NO_BID / NO_ASK when none is left).
        // tag::rescan[]
        Map<Long, ArrayDeque<Order>> levels = levels(side);
        levels.remove(price);
        if (side == Side.BUY && price == bestBid) {
            long best = NO_BID;
            for (long p : levels.keySet()) { // O(levels), and an unboxing per key: week 03 makes this cheap
                best = Math.max(best, p);
            }
            bestBid = best;
        } else if (side == Side.SELL && price == bestAsk) {
            long best = NO_ASK;
            for (long p : levels.keySet()) {
                best = Math.min(best, p);
            }
            bestAsk = best;
        }
        // end::rescan[]
        // kata:end
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
        // kata:solution lesson-02 Sum the remaining quantity of the orders at that price on that side (0 when there is no level).
        ArrayDeque<Order> level = levels(side).get(price);
        long total = 0;
        if (level != null) {
            for (Order o : level) {
                total += o.remaining();
            }
        }
        return total;
        // kata:end
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
