package org.ticktotrade.peerbench;

import com.paritytrading.parity.match.OrderBookListener;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/**
 * parity-match 0.7.0's {@code OrderBook} behind the course's interface, for replaying the same stream.
 *
 * <p>What differs, and how the adapter bridges it: Parity has no immediate-or-cancel order, so
 * {@link #match} enters the order and cancels whatever of it rested; it has no trader ids, so it does no
 * self-trade prevention (the stream's rare self-trades simply trade); and its {@code cancel} of an unknown id
 * is silently ignored. Its book is, per side, a fastutil {@code Long2ObjectRBTreeMap} of price levels (each an
 * {@code ArrayList} of orders) plus a fastutil id map, and it allocates an order object per resting order:
 * a fair peer for the course's TreeMap book.
 */
final class ParityBook implements OrderBook {

    private final com.paritytrading.parity.match.OrderBook book;
    private final Sink sink;

    ParityBook(org.openjdk.jmh.infra.Blackhole blackhole) {
        this.sink = new Sink(blackhole);
        this.book = new com.paritytrading.parity.match.OrderBook(sink);
    }

    private static com.paritytrading.parity.match.Side side(Side side) {
        return side == Side.BUY ? com.paritytrading.parity.match.Side.BUY : com.paritytrading.parity.match.Side.SELL;
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        book.enter(orderId, side(side), price, quantity);
    }

    // tag::ioc[]
    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        sink.rested = false;
        book.enter(orderId, side(side), limitPrice, quantity);
        if (sink.rested) {
            book.cancel(orderId, 0);
        }
    }
    // end::ioc[]

    @Override
    public void cancel(long orderId) {
        book.cancel(orderId, 0);
    }

    /** Events to the Blackhole, as the course's books' benchmark sink does. */
    private static final class Sink implements OrderBookListener {
        private final org.openjdk.jmh.infra.Blackhole blackhole;
        boolean rested;

        Sink(org.openjdk.jmh.infra.Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void match(long restingOrderId, long incomingOrderId, com.paritytrading.parity.match.Side incomingSide, long price,
                          long executedQuantity, long remainingQuantity) {
            blackhole.consume(restingOrderId);
            blackhole.consume(incomingOrderId);
            blackhole.consume(price);
            blackhole.consume(executedQuantity);
            blackhole.consume(remainingQuantity);
        }

        @Override
        public void add(long orderId, com.paritytrading.parity.match.Side side, long price, long size) {
            rested = true;
            blackhole.consume(orderId);
            blackhole.consume(price);
            blackhole.consume(size);
        }

        @Override
        public void cancel(long orderId, long canceledQuantity, long remainingQuantity) {
            blackhole.consume(orderId);
            blackhole.consume(canceledQuantity);
        }
    }

    @Override
    public long bestBid() {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long bestAsk() {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long quantityAt(Side side, long price) {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public int orderCount() {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long restingQuantity(long orderId) {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long[] orderIdsAt(Side side, long price) {
        throw new UnsupportedOperationException("replay only");
    }
}
