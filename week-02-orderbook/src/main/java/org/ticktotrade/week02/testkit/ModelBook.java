package org.ticktotrade.week02.testkit;

import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The rules of {@link OrderBook}, written as plainly as possible to compare real books with: one list of
 * resting orders in arrival order, searched from the start every time. It is slow on purpose (every
 * operation is O(orders)) and has no structure that could hide a bug: the best opposite order is "the
 * best price, and among equal prices the earliest in the list", which is price-time priority read aloud.
 *
 * <p>It does not implement {@link OrderBook}: it is a test oracle, not a book to build on.
 */
public final class ModelBook {

    private static final class Resting {
        final long id;
        final long traderId;
        final Side side;
        final long price;
        long remaining;

        Resting(long id, long traderId, Side side, long price, long remaining) {
            this.id = id;
            this.traderId = traderId;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
        }
    }

    private final List<Resting> resting = new ArrayList<>();
    private final int capacity;

    /** A model without a capacity limit. */
    public ModelBook() {
        this(Integer.MAX_VALUE);
    }

    /** A model that rejects adds with {@link RejectReason#BOOK_FULL} while {@code capacity} orders rest. */
    public ModelBook(int capacity) {
        this.capacity = capacity;
    }

    /** Applies one command and returns the events a correct book reports for it, in order. */
    public List<BookEvent> apply(Command command) {
        List<BookEvent> out = new ArrayList<>();
        switch (command) {
            case Command.Add a -> enter(a.orderId(), a.traderId(), a.side(), a.price(), a.quantity(), true, out);
            case Command.Match m -> enter(m.orderId(), m.traderId(), m.side(), m.limitPrice(), m.quantity(), false, out);
            case Command.Cancel c -> {
                Resting r = find(c.orderId());
                if (r == null) {
                    out.add(new BookEvent.Rejected(c.orderId(), RejectReason.UNKNOWN_ORDER));
                } else {
                    resting.remove(r);
                    out.add(new BookEvent.Cancelled(r.id, r.remaining, CancelReason.REQUESTED));
                }
            }
        }
        return out;
    }

    private void enter(long id, long trader, Side side, long price, long quantity, boolean rests, List<BookEvent> out) {
        if (quantity <= 0) {
            out.add(new BookEvent.Rejected(id, RejectReason.INVALID_QUANTITY));
            return;
        }
        if (price <= 0) {
            out.add(new BookEvent.Rejected(id, RejectReason.INVALID_PRICE));
            return;
        }
        if (find(id) != null) {
            out.add(new BookEvent.Rejected(id, RejectReason.DUPLICATE_ORDER_ID));
            return;
        }
        if (rests && resting.size() >= capacity) {
            out.add(new BookEvent.Rejected(id, RejectReason.BOOK_FULL));
            return;
        }
        long remaining = quantity;
        while (remaining > 0) {
            Resting maker = bestOpposite(side, price);
            if (maker == null) {
                break;
            }
            if (maker.traderId == trader) {
                out.add(new BookEvent.Cancelled(id, remaining, CancelReason.SELF_TRADE));
                return;
            }
            long traded = Math.min(remaining, maker.remaining);
            remaining -= traded;
            maker.remaining -= traded;
            if (maker.remaining == 0) {
                resting.remove(maker);
            }
            out.add(new BookEvent.Trade(id, maker.id, side, maker.price, traded, remaining, maker.remaining));
        }
        if (remaining == 0) {
            return;
        }
        if (rests) {
            resting.add(new Resting(id, trader, side, price, remaining));
            out.add(new BookEvent.Rested(id, side, price, remaining));
        } else {
            out.add(new BookEvent.Cancelled(id, remaining, CancelReason.IMMEDIATE_OR_CANCEL));
        }
    }

    /** The resting order an incoming order meets next: best crossing price, earliest arrival among equals. */
    private Resting bestOpposite(Side incoming, long limit) {
        Resting best = null;
        for (Resting r : resting) { // arrival order: a later order at the same price never replaces an earlier one
            if (r.side == incoming) {
                continue;
            }
            boolean crosses = incoming == Side.BUY ? r.price <= limit : r.price >= limit;
            boolean better = best == null || (incoming == Side.BUY ? r.price < best.price : r.price > best.price);
            if (crosses && better) {
                best = r;
            }
        }
        return best;
    }

    private Resting find(long id) {
        for (Resting r : resting) {
            if (r.id == id) {
                return r;
            }
        }
        return null;
    }

    public long bestBid() {
        long best = OrderBook.NO_BID;
        for (Resting r : resting) {
            if (r.side == Side.BUY) {
                best = Math.max(best, r.price);
            }
        }
        return best;
    }

    public long bestAsk() {
        long best = OrderBook.NO_ASK;
        for (Resting r : resting) {
            if (r.side == Side.SELL) {
                best = Math.min(best, r.price);
            }
        }
        return best;
    }

    public int orderCount() {
        return resting.size();
    }

    public long restingQuantity(long id) {
        Resting r = find(id);
        return r == null ? 0 : r.remaining;
    }

    public long quantityAt(Side side, long price) {
        return resting.stream().filter(r -> r.side == side && r.price == price).mapToLong(r -> r.remaining).sum();
    }

    public long[] orderIdsAt(Side side, long price) {
        return resting.stream().filter(r -> r.side == side && r.price == price).mapToLong(r -> r.id).toArray();
    }

    /** Every (side, price) that holds an order, for comparing levels. */
    public List<Level> levels() {
        List<Level> levels = new ArrayList<>();
        for (Resting r : resting) {
            Level l = new Level(r.side, r.price);
            if (!levels.contains(l)) {
                levels.add(l);
            }
        }
        return levels;
    }

    /** A price on a side. */
    public record Level(Side side, long price) {}
}
