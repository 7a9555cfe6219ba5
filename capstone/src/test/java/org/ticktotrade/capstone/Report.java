package org.ticktotrade.capstone;

import org.ticktotrade.week02.Side;

/** One {@link ExecutionReports} callback as a value, for tests to compare. */
sealed interface Report {

    long account();

    record Rejected(long account, int instrument, long orderId, Reject reason) implements Report {}

    record Rested(long account, int instrument, long orderId, Side side, long price, long quantity) implements Report {}

    record Fill(long account, int instrument, long orderId, long counterOrderId, Side side, long price, long quantity,
                long leavesQuantity, boolean maker) implements Report {}

    record Cancelled(long account, int instrument, long orderId, long quantity, CancelCode reason) implements Report {}
}
