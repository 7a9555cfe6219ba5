package org.ticktotrade.week05;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A flyweight over one NewOrder (40 bytes, layout in {@link Wire}): it holds no order, only a buffer and an
 * offset, and every getter and setter reads or writes the bytes in place. One instance serves every message
 * that passes through a thread ({@link #wrap} it on the next one), so encoding and decoding allocate nothing.
 *
 * <p>The one-byte codes come back raw ({@link #side()} is a byte, not a {@code Side}): a codec says what the
 * bytes are, the {@link FrameValidator} says whether they make sense. Not thread-safe: one owner at a time.
 */
public final class NewOrderCodec {

    // tag::varhandles[]
    // Little-endian whatever buffer.order() says: the format is fixed, so the byte order belongs to every
    // access, not to the buffer at hand. Plain get/set (no memory ordering): a buffer has one owner thread at
    // a time, and the hand-over between threads (week 04's ring) orders everything written before it.
    private static final VarHandle SHORT = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    // end::varhandles[]

    private ByteBuffer buffer;
    private int offset;

    /** Points this flyweight at the message starting at {@code offset}; nothing is read or checked yet. */
    public NewOrderCodec wrap(ByteBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    public int offset() {
        return offset;
    }

    /** Writes a whole NewOrder, header and reserved bytes included, at the wrapped offset. */
    public NewOrderCodec encode(long orderId, long traderId, int side, int timeInForce, long price, long quantity) {
        // TODO(kata) Write the header (length 40, TYPE_NEW_ORDER, VERSION), the side and time-in-force bytes, a zero u16 in the reserved bytes, then the four longs, each at its Wire offset through the LONG VarHandle. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) Write the header (length 40, TYPE_NEW_ORDER, VERSION), the side and time-in-force bytes, a zero u16 in the reserved bytes, then the four longs, each at its Wire offset through the LONG VarHandle. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    public int side() {
        // TODO(kata) The byte at NEW_ORDER_SIDE_OFFSET, unsigned (Byte.toUnsignedInt): a code of 200 must not read as -56. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) The byte at NEW_ORDER_SIDE_OFFSET, unsigned (Byte.toUnsignedInt): a code of 200 must not read as -56. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    public int timeInForce() {
        // TODO(kata) The byte at NEW_ORDER_TIME_IN_FORCE_OFFSET, unsigned. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) The byte at NEW_ORDER_TIME_IN_FORCE_OFFSET, unsigned. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    /** The two reserved bytes as an unsigned number: zero in every valid message. */
    public int reserved() {
        // TODO(kata) The u16 at NEW_ORDER_RESERVED_OFFSET through the SHORT VarHandle, unsigned (Short.toUnsignedInt). Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) The u16 at NEW_ORDER_RESERVED_OFFSET through the SHORT VarHandle, unsigned (Short.toUnsignedInt). Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    public long orderId() {
        // TODO(kata) The long at NEW_ORDER_ORDER_ID_OFFSET through the LONG VarHandle; cast its result to long. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) The long at NEW_ORDER_ORDER_ID_OFFSET through the LONG VarHandle; cast its result to long. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    public long traderId() {
        // TODO(kata) The long at NEW_ORDER_TRADER_ID_OFFSET. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) The long at NEW_ORDER_TRADER_ID_OFFSET. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    public long price() {
        // TODO(kata) The long at NEW_ORDER_PRICE_OFFSET. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) The long at NEW_ORDER_PRICE_OFFSET. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }

    public long quantity() {
        // TODO(kata) The long at NEW_ORDER_QUANTITY_OFFSET. Read lesson 3, "Fixed-size messages and flyweights: 40 bytes, no objects".
        throw new UnsupportedOperationException("TODO(kata) The long at NEW_ORDER_QUANTITY_OFFSET. Read lesson 3, \"Fixed-size messages and flyweights: 40 bytes, no objects\".");
    }
}
