package org.ticktotrade.capstone;

import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/** One {@link TradeEvents} callback as a value, for tests to compare. */
sealed interface BookEvent {

    record Fill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price, long quantity,
                long takerRemaining, long makerRemaining) implements BookEvent {}

    record Rested(long orderId, Side side, long price, long quantity) implements BookEvent {}

    record Cancelled(long orderId, long quantity, CancelReason reason) implements BookEvent {}

    record Killed(long orderId, long quantity) implements BookEvent {}

    record WouldCross(long orderId) implements BookEvent {}

    record Rejected(long orderId, RejectReason reason) implements BookEvent {}
}
