package org.ticktotrade.week02;

/**
 * What a caller of an {@link OrderBook} sees, as calls on a sink it provides once, at construction.
 *
 * <p>A callback per event, with primitive arguments and enum constants only, is how a book reports
 * without allocating: no event objects, no lists of fills, nothing for the garbage collector. A sink that
 * wants objects (a test recording events) makes them itself, off the book's hot path. Events arrive in
 * the order they happen, on the thread that called the book, before the call returns.
 *
 * <p>Every accepted add or match ends in exactly one of: fully filled (its trades add up to its
 * quantity), {@link #onRested} (the remainder rests), or {@link #onCancelled} (the remainder was removed
 * by self-trade prevention or because it was immediate-or-cancel). A refused command produces exactly one
 * {@link #onRejected} and nothing else.
 */
// tag::sink[]
public interface BookEvents {

    /**
     * A trade: the incoming (taker) order met the resting (maker) order at the maker's price.
     *
     * @param takerRemaining what the incoming order still has to fill after this trade
     * @param makerRemaining what the resting order still rests with after this trade (0: it left the book)
     */
    void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                 long takerRemaining, long makerRemaining);

    /** The incoming order's remainder now rests in the book at {@code price}. */
    void onRested(long orderId, Side side, long price, long quantity);

    /** {@code quantity} of the order left without trading, for {@code reason}. */
    void onCancelled(long orderId, long quantity, CancelReason reason);

    /** The command was refused and changed nothing. */
    void onRejected(long orderId, RejectReason reason);
    // end::sink[]

    /** A sink that ignores everything. */
    BookEvents IGNORE = new BookEvents() {
        @Override
        public void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                            long takerRemaining, long makerRemaining) {
        }

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {
        }

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {
        }

        @Override
        public void onRejected(long orderId, RejectReason reason) {
        }
    };
}
