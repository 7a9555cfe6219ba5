package org.ticktotrade.capstone;

import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The four order types written as plainly as possible, to compare {@link InstrumentBook} with: one list of resting
 * orders in arrival order, searched from the start every time (week 02's model, grown the new types).
 * Fill-or-kill is not a walk here: it runs the IOC match on a copy of the book and keeps the copy only when
 * it filled whole. So the book's look-ahead and the model's try-and-see agree only when both are right.
 */
final class OrderTypeModel {

    private static final class Resting {
        final long id;
        final long trader;
        final Side side;
        final long price;
        long remaining;

        Resting(long id, long trader, Side side, long price, long remaining) {
            this.id = id;
            this.trader = trader;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
        }

        Resting copy() {
            return new Resting(id, trader, side, price, remaining);
        }
    }

    private List<Resting> resting = new ArrayList<>();
    private final int capacity;
    private final long lowestPrice;
    private final int ticks;

    OrderTypeModel(int capacity, long lowestPrice, int ticks) {
        this.capacity = capacity;
        this.lowestPrice = lowestPrice;
        this.ticks = ticks;
    }

    List<BookEvent> enter(OrderType type, long id, long trader, Side side, long price, long quantity) {
        List<BookEvent> out = new ArrayList<>();
        RejectReason invalid = quantity <= 0 ? RejectReason.INVALID_QUANTITY
                : price <= 0 ? RejectReason.INVALID_PRICE
                : find(id) != null ? RejectReason.DUPLICATE_ORDER_ID
                : null;
        if (invalid != null) {
            out.add(new BookEvent.Rejected(id, invalid));
            return out;
        }
        boolean mayRest = type == OrderType.GTC || type == OrderType.POST_ONLY;
        if (mayRest && (price < lowestPrice || price >= lowestPrice + ticks)) {
            out.add(new BookEvent.Rejected(id, RejectReason.PRICE_OUT_OF_BAND));
            return out;
        }
        if (mayRest && resting.size() >= capacity) {
            out.add(new BookEvent.Rejected(id, RejectReason.BOOK_FULL));
            return out;
        }
        switch (type) {
            case GTC -> {
                long left = match(resting, id, trader, side, price, quantity, out);
                if (left > 0) {
                    resting.add(new Resting(id, trader, side, price, left));
                    out.add(new BookEvent.Rested(id, side, price, left));
                }
            }
            case IOC -> {
                long left = match(resting, id, trader, side, price, quantity, out);
                if (left > 0) {
                    out.add(new BookEvent.Cancelled(id, left, CancelReason.IMMEDIATE_OR_CANCEL));
                }
            }
            // tag::fok-model[]
            case FOK -> {
                List<Resting> trial = new ArrayList<>();
                resting.forEach(r -> trial.add(r.copy()));
                List<BookEvent> trialEvents = new ArrayList<>();
                long left = match(trial, id, trader, side, price, quantity, trialEvents);
                boolean whole = left == 0 && trialEvents.stream().noneMatch(e -> e instanceof BookEvent.Cancelled);
                if (whole) {
                    resting = trial;
                    out.addAll(trialEvents);
                } else {
                    out.add(new BookEvent.Killed(id, quantity));
                }
            }
            // end::fok-model[]
            case POST_ONLY -> {
                if (bestOpposite(resting, side, price) != null) {
                    out.add(new BookEvent.WouldCross(id));
                } else {
                    resting.add(new Resting(id, trader, side, price, quantity));
                    out.add(new BookEvent.Rested(id, side, price, quantity));
                }
            }
        }
        return out;
    }

    List<BookEvent> cancel(long id) {
        Resting r = find(id);
        if (r == null) {
            return List.of(new BookEvent.Rejected(id, RejectReason.UNKNOWN_ORDER));
        }
        resting.remove(r);
        return List.of(new BookEvent.Cancelled(id, r.remaining, CancelReason.REQUESTED));
    }

    /** Price-time matching with self-trade prevention (cancel incoming); returns what is left (0 after a self-trade stop). */
    private static long match(List<Resting> book, long id, long trader, Side side, long limit, long quantity, List<BookEvent> out) {
        long remaining = quantity;
        while (remaining > 0) {
            Resting maker = bestOpposite(book, side, limit);
            if (maker == null) {
                break;
            }
            if (maker.trader == trader) {
                out.add(new BookEvent.Cancelled(id, remaining, CancelReason.SELF_TRADE));
                return 0;
            }
            long traded = Math.min(remaining, maker.remaining);
            remaining -= traded;
            maker.remaining -= traded;
            if (maker.remaining == 0) {
                book.remove(maker);
            }
            out.add(new BookEvent.Fill(id, maker.id, maker.trader, side, maker.price, traded, remaining, maker.remaining));
        }
        return remaining;
    }

    private static Resting bestOpposite(List<Resting> book, Side incoming, long limit) {
        Resting best = null;
        for (Resting r : book) {
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

    long bestBid() {
        return resting.stream().filter(r -> r.side == Side.BUY).mapToLong(r -> r.price).max().orElse(OrderBook.NO_BID);
    }

    long bestAsk() {
        return resting.stream().filter(r -> r.side == Side.SELL).mapToLong(r -> r.price).min().orElse(OrderBook.NO_ASK);
    }

    int orderCount() {
        return resting.size();
    }

    long restingQuantity(long id) {
        Resting r = find(id);
        return r == null ? 0 : r.remaining;
    }
}
