package org.ticktotrade.week02.bench;

import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/**
 * A "book" that only hands its arguments to the {@link Blackhole}: replaying the stream into it measures
 * what every arm pays before any book does any work (reading the command, the dispatch on its kind,
 * JMH's own loop). Subtract it before reading a ratio as the books' own.
 */
final class HarnessFloorBook implements OrderBook {

    private final Blackhole blackhole;

    HarnessFloorBook(Blackhole blackhole) {
        this.blackhole = blackhole;
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        blackhole.consume(orderId);
        blackhole.consume(price);
        blackhole.consume(quantity);
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        blackhole.consume(orderId);
        blackhole.consume(limitPrice);
        blackhole.consume(quantity);
    }

    @Override
    public void cancel(long orderId) {
        blackhole.consume(orderId);
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
