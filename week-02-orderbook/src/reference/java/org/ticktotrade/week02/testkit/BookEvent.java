package org.ticktotrade.week02.testkit;

import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/** A {@link org.ticktotrade.week02.BookEvents} call captured as a value, so tests can compare event streams. */
public sealed interface BookEvent {

    record Trade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                 long takerRemaining, long makerRemaining) implements BookEvent {
        @Override
        public String toString() {
            return "trade #" + takerOrderId + " x #" + makerOrderId + " " + quantity + "@" + price
                    + " (left: taker " + takerRemaining + ", maker " + makerRemaining + ")";
        }
    }

    record Rested(long orderId, Side side, long price, long quantity) implements BookEvent {
        @Override
        public String toString() {
            return "rested #" + orderId + " " + side + " " + quantity + "@" + price;
        }
    }

    record Cancelled(long orderId, long quantity, CancelReason reason) implements BookEvent {
        @Override
        public String toString() {
            return "cancelled #" + orderId + " " + quantity + " " + reason;
        }
    }

    record Rejected(long orderId, RejectReason reason) implements BookEvent {
        @Override
        public String toString() {
            return "rejected #" + orderId + " " + reason;
        }
    }
}
