package org.ticktotrade.week02.testkit;

import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/** A sink that keeps every event as a {@link BookEvent}, for tests. It allocates; books never need to. */
public final class RecordingEvents implements BookEvents {

    private final List<BookEvent> events = new ArrayList<>();

    // tag::record-trade[]
    @Override
    public void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                        long takerRemaining, long makerRemaining) {
        events.add(new BookEvent.Trade(takerOrderId, makerOrderId, takerSide, price, quantity, takerRemaining, makerRemaining));
    }
    // end::record-trade[]

    @Override
    public void onRested(long orderId, Side side, long price, long quantity) {
        events.add(new BookEvent.Rested(orderId, side, price, quantity));
    }

    @Override
    public void onCancelled(long orderId, long quantity, CancelReason reason) {
        events.add(new BookEvent.Cancelled(orderId, quantity, reason));
    }

    @Override
    public void onRejected(long orderId, RejectReason reason) {
        events.add(new BookEvent.Rejected(orderId, reason));
    }

    /** Everything recorded so far, oldest first. */
    public List<BookEvent> all() {
        return List.copyOf(events);
    }

    /** Everything recorded since the last call, and forgets it. */
    public List<BookEvent> drain() {
        List<BookEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }
}
