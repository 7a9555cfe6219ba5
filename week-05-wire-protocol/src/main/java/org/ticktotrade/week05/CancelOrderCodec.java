package org.ticktotrade.week05;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A flyweight over one CancelOrder (16 bytes, layout in {@link Wire}); as {@link NewOrderCodec}, allocation-free. */
public final class CancelOrderCodec {

    // Little-endian, plain access: see NewOrderCodec.
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteBuffer buffer;
    private int offset;

    public CancelOrderCodec wrap(ByteBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** Writes a whole CancelOrder, header and reserved bytes included, at the wrapped offset. */
    public CancelOrderCodec encode(long orderId) {
        // TODO(kata) As NewOrderCodec.encode: the header (length 16, TYPE_CANCEL_ORDER, VERSION), a zero int in the four reserved bytes (the INT VarHandle), the order id at CANCEL_ORDER_ORDER_ID_OFFSET. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) As NewOrderCodec.encode: the header (length 16, TYPE_CANCEL_ORDER, VERSION), a zero int in the four reserved bytes (the INT VarHandle), the order id at CANCEL_ORDER_ORDER_ID_OFFSET. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    /** The four reserved bytes as an unsigned number: zero in every valid message. */
    public long reserved() {
        return Integer.toUnsignedLong((int) INT.get(buffer, offset + Wire.CANCEL_ORDER_RESERVED_OFFSET));
    }

    public long orderId() {
        return (long) LONG.get(buffer, offset + Wire.CANCEL_ORDER_ORDER_ID_OFFSET);
    }
}
