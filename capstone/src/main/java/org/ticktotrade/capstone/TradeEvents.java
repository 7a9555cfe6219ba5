package org.ticktotrade.capstone;

import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * What an {@link InstrumentBook} reports: week 02's {@link BookEvents}, with the two outcomes only the new order
 * types have, and every trade naming the maker's trader. The engine needs that trader to update the maker's
 * position, and by the time a fully filled maker is reported its slot is already free: the book reads the trader
 * before it frees the slot and passes it along (as exchange-core's trade event carries the maker's uid).
 *
 * <p>Callbacks with primitive arguments and enum constants, on the book's thread, before the call returns: no
 * event objects (week 02's reasoning).
 */
public interface TradeEvents {

    // tag::on-fill-event[]
    /** A trade at the maker's price; {@code makerTraderId} owns the resting order. */
    void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price, long quantity,
                long takerRemaining, long makerRemaining);
    // end::on-fill-event[]

    /** The remainder rests at {@code price}. */
    void onRested(long orderId, Side side, long price, long quantity);

    /** {@code quantity} left without trading, for {@code reason} (week 02's reasons). */
    void onCancelled(long orderId, long quantity, CancelReason reason);

    /** A fill-or-kill order could not fill whole: nothing traded, all of {@code quantity} is gone. */
    void onKilled(long orderId, long quantity);

    /** A post-only order would have traded on arrival: refused, nothing changed. */
    void onWouldCross(long orderId);

    /** The command was refused by the book's own checks and changed nothing. */
    void onRejected(long orderId, RejectReason reason);

    /**
     * Week 02's events for week 02's commands (add, match, cancel), so its conformance checks run unchanged on an
     * {@link InstrumentBook}. A kill reads as an IOC cancel of everything; a post-only refusal has no week 02
     * event, and says so.
     */
    static TradeEvents of(BookEvents events) {
        return new TradeEvents() {
            @Override
            public void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price,
                               long quantity, long takerRemaining, long makerRemaining) {
                events.onTrade(takerOrderId, makerOrderId, takerSide, price, quantity, takerRemaining, makerRemaining);
            }

            @Override
            public void onRested(long orderId, Side side, long price, long quantity) {
                events.onRested(orderId, side, price, quantity);
            }

            @Override
            public void onCancelled(long orderId, long quantity, CancelReason reason) {
                events.onCancelled(orderId, quantity, reason);
            }

            @Override
            public void onKilled(long orderId, long quantity) {
                events.onCancelled(orderId, quantity, CancelReason.IMMEDIATE_OR_CANCEL);
            }

            @Override
            public void onWouldCross(long orderId) {
                throw new UnsupportedOperationException("week 02's BookEvents has no event for a post-only refusal");
            }

            @Override
            public void onRejected(long orderId, RejectReason reason) {
                events.onRejected(orderId, reason);
            }
        };
    }
}
