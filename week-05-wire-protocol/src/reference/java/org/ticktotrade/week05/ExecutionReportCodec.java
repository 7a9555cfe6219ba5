package org.ticktotrade.week05;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A flyweight over one ExecutionReport (48 bytes, layout in {@link Wire}); as {@link NewOrderCodec},
 * allocation-free. The engine encodes reports straight into the UDP packet it is filling; the subscriber
 * decodes them straight out of the packet it received.
 */
public final class ExecutionReportCodec {

    // Little-endian, plain access: see NewOrderCodec.
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle CODES = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteBuffer buffer;
    private int offset;

    public ExecutionReportCodec wrap(ByteBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** Writes a whole ExecutionReport, header and reserved byte included, at the wrapped offset. */
    public ExecutionReportCodec encode(int execType, int side, int reason, long orderId, long counterOrderId,
                                       long price, long quantity, long leavesQuantity) {
        // kata:solution lesson-03 The header (length 48, TYPE_EXECUTION_REPORT, VERSION), the three code bytes and a zero reserved byte (four byte stores, or one int through CODES: lesson 3, "Against SBE", says why one is faster), then the five longs, each at its REPORT_* offset; the getters below show the offsets.
        MessageHeader.write(buffer, offset, Wire.EXECUTION_REPORT_LENGTH, Wire.TYPE_EXECUTION_REPORT, Wire.VERSION);
        // The three codes and the zero reserved byte (offsets 4 to 7) as one little-endian int: one store, one check.
        CODES.set(buffer, offset + Wire.REPORT_EXEC_TYPE_OFFSET, (execType & 0xFF) | (side & 0xFF) << 8 | (reason & 0xFF) << 16);
        LONG.set(buffer, offset + Wire.REPORT_ORDER_ID_OFFSET, orderId);
        LONG.set(buffer, offset + Wire.REPORT_COUNTER_ORDER_ID_OFFSET, counterOrderId);
        LONG.set(buffer, offset + Wire.REPORT_PRICE_OFFSET, price);
        LONG.set(buffer, offset + Wire.REPORT_QUANTITY_OFFSET, quantity);
        LONG.set(buffer, offset + Wire.REPORT_LEAVES_OFFSET, leavesQuantity);
        return this;
        // kata:end
    }

    public int execType() {
        return Byte.toUnsignedInt(buffer.get(offset + Wire.REPORT_EXEC_TYPE_OFFSET));
    }

    public int side() {
        return Byte.toUnsignedInt(buffer.get(offset + Wire.REPORT_SIDE_OFFSET));
    }

    public int reason() {
        return Byte.toUnsignedInt(buffer.get(offset + Wire.REPORT_REASON_OFFSET));
    }

    public long orderId() {
        return (long) LONG.get(buffer, offset + Wire.REPORT_ORDER_ID_OFFSET);
    }

    public long counterOrderId() {
        return (long) LONG.get(buffer, offset + Wire.REPORT_COUNTER_ORDER_ID_OFFSET);
    }

    public long price() {
        return (long) LONG.get(buffer, offset + Wire.REPORT_PRICE_OFFSET);
    }

    public long quantity() {
        return (long) LONG.get(buffer, offset + Wire.REPORT_QUANTITY_OFFSET);
    }

    public long leavesQuantity() {
        return (long) LONG.get(buffer, offset + Wire.REPORT_LEAVES_OFFSET);
    }
}
