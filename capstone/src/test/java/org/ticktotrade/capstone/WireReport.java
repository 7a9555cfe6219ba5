package org.ticktotrade.capstone;

import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.ExecutionReportCodec;
import org.ticktotrade.week05.Wire;

/** An execution report as the wire carries it: what a client can compare. */
record WireReport(int execType, int side, int reason, long orderId, long counterOrderId, long price, long quantity,
                  long leaves) {

    static WireReport of(ExecutionReportCodec c) {
        return new WireReport(c.execType(), c.side(), c.reason(), c.orderId(), c.counterOrderId(), c.price(), c.quantity(),
                c.leavesQuantity());
    }

    boolean isReject(long order, int code) {
        return execType == Wire.EXEC_REJECTED && orderId == order && reason == code;
    }

    /**
     * What the exchange must send for each engine report: the expected side of the comparison, written from the
     * wire format's description, independently of the exchange's outbox.
     */
    static final class Expected implements ExecutionReports {
        final java.util.Map<Long, java.util.List<WireReport>> byAccount = new java.util.HashMap<>();

        private void add(long account, WireReport r) {
            byAccount.computeIfAbsent(account, a -> new java.util.ArrayList<>()).add(r);
        }

        @Override
        public void onRejected(long account, int instrument, long orderId, Reject reason) {
            add(account, new WireReport(Wire.EXEC_REJECTED, 0, reason.code(), orderId, 0, 0, 0, 0));
        }

        @Override
        public void onRested(long account, int instrument, long orderId, Side side, long price, long quantity) {
            add(account, new WireReport(Wire.EXEC_RESTED, side.ordinal(), 0, orderId, 0, price, quantity, quantity));
        }

        @Override
        public void onFill(long account, int instrument, long orderId, long counterOrderId, Side side, long price,
                           long quantity, long leavesQuantity, boolean maker) {
            add(account, new WireReport(Wire.EXEC_TRADE, side.ordinal(), 0, orderId, counterOrderId, price, quantity, leavesQuantity));
        }

        @Override
        public void onCancelled(long account, int instrument, long orderId, long quantity, CancelCode reason) {
            add(account, new WireReport(Wire.EXEC_CANCELLED, 0, reason.code(), orderId, 0, 0, quantity, 0));
        }
    }
}
