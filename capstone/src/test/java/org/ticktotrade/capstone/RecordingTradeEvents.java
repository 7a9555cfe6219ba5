package org.ticktotrade.capstone;

import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/** Keeps every book event as a {@link BookEvent}. It allocates; the book never does. */
final class RecordingTradeEvents implements TradeEvents {

    private final List<BookEvent> events = new ArrayList<>();

    @Override
    public void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price, long quantity,
                       long takerRemaining, long makerRemaining) {
        events.add(new BookEvent.Fill(takerOrderId, makerOrderId, makerTraderId, takerSide, price, quantity, takerRemaining,
                makerRemaining));
    }

    @Override
    public void onRested(long orderId, Side side, long price, long quantity) {
        events.add(new BookEvent.Rested(orderId, side, price, quantity));
    }

    @Override
    public void onCancelled(long orderId, long quantity, CancelReason reason) {
        events.add(new BookEvent.Cancelled(orderId, quantity, reason));
    }

    @Override
    public void onKilled(long orderId, long quantity) {
        events.add(new BookEvent.Killed(orderId, quantity));
    }

    @Override
    public void onWouldCross(long orderId) {
        events.add(new BookEvent.WouldCross(orderId));
    }

    @Override
    public void onRejected(long orderId, RejectReason reason) {
        events.add(new BookEvent.Rejected(orderId, reason));
    }

    /** Everything since the last call, and forgets it. */
    List<BookEvent> drain() {
        List<BookEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }
}
