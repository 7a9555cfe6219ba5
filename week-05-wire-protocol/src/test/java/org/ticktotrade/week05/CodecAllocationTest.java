package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * The flyweights allocate nothing: a million encodes and decodes of each message, plus the validator's verdict
 * on every one, measured with the thread's allocation counter (the bench gate measures the same with JMH).
 */
class CodecAllocationTest {

    @Test
    void encodeDecodeAndValidateAllocateNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        ByteBuffer buffer = ByteBuffer.allocateDirect(256).order(ByteOrder.BIG_ENDIAN);
        NewOrderCodec order = new NewOrderCodec();
        CancelOrderCodec cancel = new CancelOrderCodec();
        ExecutionReportCodec report = new ExecutionReportCodec();
        FrameValidator validator = new FrameValidator();
        long sum = run(buffer, order, cancel, report, validator, 50_000); // warm up: the JIT and the VarHandles
        long before = threads.getThreadAllocatedBytes(me);
        sum += run(buffer, order, cancel, report, validator, 1_000_000);
        long allocated = threads.getThreadAllocatedBytes(me) - before;
        assertTrue(allocated < 16 * 1024, "a million messages allocated " + allocated + " bytes: look for a"
                + " ByteBuffer made per message (duplicate(), slice(), order()), boxing, or an enum's values()");
        assertEquals(0, sum & 0, "keeps sum alive");
    }

    private static long run(ByteBuffer b, NewOrderCodec order, CancelOrderCodec cancel, ExecutionReportCodec report,
                            FrameValidator validator, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            order.wrap(b, 0).encode(i, i * 7L, i & 1, 0, 100 + (i & 63), 1 + i);
            sum += order.orderId() + order.traderId() + order.price() + order.quantity() + order.side();
            sum += validator.validate(b, 0, Wire.NEW_ORDER_LENGTH) == null ? 1 : 0;
            cancel.wrap(b, 48).encode(i);
            sum += cancel.orderId();
            sum += validator.validate(b, 48, Wire.CANCEL_ORDER_LENGTH) == null ? 1 : 0;
            report.wrap(b, 64).encode(Wire.EXEC_TRADE, 0, 0, i, i + 1, 100, 5, 7);
            sum += report.orderId() + report.counterOrderId() + report.leavesQuantity() + report.execType();
        }
        return sum;
    }
}
