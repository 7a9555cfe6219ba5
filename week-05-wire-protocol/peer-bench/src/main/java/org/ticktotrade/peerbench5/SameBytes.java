package org.ticktotrade.peerbench5;

import org.ticktotrade.peerbench5.sbe.CancelOrderDecoder;
import org.ticktotrade.peerbench5.sbe.ExecutionReportDecoder;
import org.ticktotrade.peerbench5.sbe.NewOrderDecoder;
import org.ticktotrade.peerbench5.sbe.WireHeaderDecoder;
import org.ticktotrade.week05.MessageHeader;
import org.ticktotrade.week05.Wire;

/**
 * The like-for-like check, run before any timing: for each of the 1,024 rows of each message, both codecs encode the
 * same values, and their bytes must agree everywhere but the first two (course: the whole message's length; SBE:
 * its blockLength, the body without the 4-byte header), which must hold {@code length} and {@code length - 4}. Then
 * SBE's decoders must give back every value. A schema that drifted from Wire.java fails here, not in a table.
 */
final class SameBytes {

    private SameBytes() {}

    static void check() {
        Arms arms = new Arms();
        for (int k = 0; k < Arms.MESSAGES; k++) {
            arms.encodeCourseNewOrder(k);
            arms.encodeSbeNewOrder(k);
            compare(arms, "NewOrder", k, Wire.NEW_ORDER_LENGTH);
            NewOrderDecoder o = arms.sbeNewOrderDecoder();
            expect(o.side() == arms.sides[k] && o.timeInForce() == arms.timesInForce[k] && o.reserved() == 0
                    && o.orderId() == arms.orderIds[k] && o.traderId() == arms.traderIds[k]
                    && o.price() == arms.prices[k] && o.quantity() == arms.quantities[k], "NewOrder", k, "SBE read-back");

            arms.encodeCourseCancelOrder(k);
            arms.encodeSbeCancelOrder(k);
            compare(arms, "CancelOrder", k, Wire.CANCEL_ORDER_LENGTH);
            CancelOrderDecoder c = arms.sbeCancelOrderDecoder();
            expect(c.reserved() == 0 && c.orderId() == arms.orderIds[k], "CancelOrder", k, "SBE read-back");

            arms.encodeCourseExecutionReport(k);
            arms.encodeSbeExecutionReport(k);
            compare(arms, "ExecutionReport", k, Wire.EXECUTION_REPORT_LENGTH);
            ExecutionReportDecoder r = arms.sbeExecutionReportDecoder();
            expect(r.execType() == arms.execTypes[k] && r.side() == arms.sides[k] && r.reason() == arms.reasons[k]
                    && r.orderId() == arms.orderIds[k] && r.counterOrderId() == arms.counterOrderIds[k]
                    && r.price() == arms.prices[k] && r.quantity() == arms.quantities[k]
                    && r.leavesQuantity() == arms.leaves[k], "ExecutionReport", k, "SBE read-back");
        }
    }

    private static void compare(Arms arms, String message, int k, int length) {
        expect(MessageHeader.length(arms.courseBuffer, 0) == length, message, k, "course length field");
        expect(new WireHeaderDecoder().wrap(arms.sbeBuffer, 0).blockLength() == length - Wire.HEADER_LENGTH,
                message, k, "SBE blockLength field");
        for (int at = Wire.TYPE_OFFSET; at < length; at++) {
            byte course = arms.courseBuffer.get(at);
            byte sbe = arms.sbeBuffer.getByte(at);
            expect(course == sbe, message, k, String.format("byte %d: course %02x, SBE %02x", at, course, sbe));
        }
    }

    private static void expect(boolean ok, String message, int k, String what) {
        if (!ok) {
            throw new IllegalStateException(message + " row " + k + ": the two codecs disagree (" + what + ")");
        }
    }
}
