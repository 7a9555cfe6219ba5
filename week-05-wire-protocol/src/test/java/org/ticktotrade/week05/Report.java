package org.ticktotrade.week05;

import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/** An execution report as a value, so streams can be compared; and the sinks that make them. */
record Report(int execType, int side, int reason, long orderId, long counterOrderId, long price, long quantity,
              long leaves) {

    static Report of(ExecutionReportCodec r) {
        return new Report(r.execType(), r.side(), r.reason(), r.orderId(), r.counterOrderId(), r.price(), r.quantity(),
                r.leavesQuantity());
    }

    static Report rejected(long orderId, RejectCode code) {
        return new Report(4, 0, code.code(), orderId, 0, 0, 0, 0);
    }

    /** Book events turned into the reports the wire must carry for them, written from the wire table. */
    static final class Expected implements BookEvents {
        final List<Report> reports = new ArrayList<>();

        @Override
        public void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                            long takerRemaining, long makerRemaining) {
            reports.add(new Report(2, takerSide.ordinal(), 0, takerOrderId, makerOrderId, price, quantity, takerRemaining));
            reports.add(new Report(2, 1 - takerSide.ordinal(), 0, makerOrderId, takerOrderId, price, quantity,
                    makerRemaining));
        }

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {
            reports.add(new Report(1, side.ordinal(), 0, orderId, 0, price, quantity, quantity));
        }

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {
            reports.add(new Report(3, 0, reason.ordinal() + 1, orderId, 0, 0, quantity, 0));
        }

        @Override
        public void onRejected(long orderId, RejectReason reason) {
            reports.add(rejected(orderId, RejectCode.of(reason)));
        }
    }
}
