package org.ticktotrade.week02.bench;

import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * A "book" that keeps nothing and only passes each command on to its sink: an add rests, a match is
 * cancelled unfilled, a cancel is rejected. Replaying the stream into it ({@code OrderFlowBench.floor})
 * measures what every arm pays before any book does any work (reading the command, the dispatch on its
 * kind, one event, JMH's own loop); subtract it before reading a ratio as the books' own. {@link HotPaths}
 * uses it as the third receiver class that keeps its call site from being inlined.
 */
final class HarnessFloorBook implements OrderBook {

    private final BookEvents events;

    HarnessFloorBook(BookEvents events) {
        this.events = events;
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        events.onRested(orderId, side, price, quantity);
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        events.onCancelled(orderId, quantity, CancelReason.IMMEDIATE_OR_CANCEL);
    }

    @Override
    public void cancel(long orderId) {
        events.onRejected(orderId, RejectReason.UNKNOWN_ORDER);
    }

    @Override
    public long bestBid() {
        return NO_BID;
    }

    @Override
    public long bestAsk() {
        return NO_ASK;
    }

    @Override
    public long quantityAt(Side side, long price) {
        return 0;
    }

    @Override
    public int orderCount() {
        return 0;
    }

    @Override
    public long restingQuantity(long orderId) {
        return 0;
    }

    @Override
    public long[] orderIdsAt(Side side, long price) {
        return new long[0];
    }
}
