package org.ticktotrade.capstone;

import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.Side;

/** Keeps every execution report as a {@link Report}. It allocates; the engine never does. */
final class RecordingReports implements ExecutionReports {

    private final List<Report> reports = new ArrayList<>();

    @Override
    public void onRejected(long account, int instrument, long orderId, Reject reason) {
        reports.add(new Report.Rejected(account, instrument, orderId, reason));
    }

    @Override
    public void onRested(long account, int instrument, long orderId, Side side, long price, long quantity) {
        reports.add(new Report.Rested(account, instrument, orderId, side, price, quantity));
    }

    @Override
    public void onFill(long account, int instrument, long orderId, long counterOrderId, Side side, long price, long quantity,
                       long leavesQuantity, boolean maker) {
        reports.add(new Report.Fill(account, instrument, orderId, counterOrderId, side, price, quantity, leavesQuantity, maker));
    }

    @Override
    public void onCancelled(long account, int instrument, long orderId, long quantity, CancelCode reason) {
        reports.add(new Report.Cancelled(account, instrument, orderId, quantity, reason));
    }

    /** Everything since the last call, and forgets it. */
    List<Report> drain() {
        List<Report> out = List.copyOf(reports);
        reports.clear();
        return out;
    }
}
