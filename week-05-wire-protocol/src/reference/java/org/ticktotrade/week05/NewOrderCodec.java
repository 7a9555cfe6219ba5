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

    // tag::encode[]
    /** Writes a whole NewOrder, header and reserved bytes included, at the wrapped offset. */
    public NewOrderCodec encode(long orderId, long traderId, int side, int timeInForce, long price, long quantity) {
        // end::encode[]
        // kata:solution lesson-03 Write the header (length 40, TYPE_NEW_ORDER, VERSION), the side and time-in-force bytes, a zero u16 in the reserved bytes, then the four longs, each at its Wire offset through the LONG VarHandle.
        // tag::encode[]
        MessageHeader.write(buffer, offset, Wire.NEW_ORDER_LENGTH, Wire.TYPE_NEW_ORDER, Wire.VERSION);
        buffer.put(offset + Wire.NEW_ORDER_SIDE_OFFSET, (byte) side);
        buffer.put(offset + Wire.NEW_ORDER_TIME_IN_FORCE_OFFSET, (byte) timeInForce);
        SHORT.set(buffer, offset + Wire.NEW_ORDER_RESERVED_OFFSET, (short) 0);
        LONG.set(buffer, offset + Wire.NEW_ORDER_ORDER_ID_OFFSET, orderId);
        LONG.set(buffer, offset + Wire.NEW_ORDER_TRADER_ID_OFFSET, traderId);
        LONG.set(buffer, offset + Wire.NEW_ORDER_PRICE_OFFSET, price);
        LONG.set(buffer, offset + Wire.NEW_ORDER_QUANTITY_OFFSET, quantity);
        return this;
        // end::encode[]
        // kata:end
        // tag::encode[]
    }
    // end::encode[]

    public int side() {
        // kata:solution lesson-03 The byte at NEW_ORDER_SIDE_OFFSET, unsigned (Byte.toUnsignedInt): a code of 200 must not read as -56.
        return Byte.toUnsignedInt(buffer.get(offset + Wire.NEW_ORDER_SIDE_OFFSET));
        // kata:end
    }

    public int timeInForce() {
        // kata:solution lesson-03 The byte at NEW_ORDER_TIME_IN_FORCE_OFFSET, unsigned.
        return Byte.toUnsignedInt(buffer.get(offset + Wire.NEW_ORDER_TIME_IN_FORCE_OFFSET));
        // kata:end
    }

    /** The two reserved bytes as an unsigned number: zero in every valid message. */
    public int reserved() {
        // kata:solution lesson-03 The u16 at NEW_ORDER_RESERVED_OFFSET through the SHORT VarHandle, unsigned (Short.toUnsignedInt).
        return Short.toUnsignedInt((short) SHORT.get(buffer, offset + Wire.NEW_ORDER_RESERVED_OFFSET));
        // kata:end
    }

    // tag::decode[]
    public long orderId() {
        // end::decode[]
        // kata:solution lesson-03 The long at NEW_ORDER_ORDER_ID_OFFSET through the LONG VarHandle; cast its result to long.
        // tag::decode[]
        return (long) LONG.get(buffer, offset + Wire.NEW_ORDER_ORDER_ID_OFFSET);
        // end::decode[]
        // kata:end
        // tag::decode[]
    }
    // end::decode[]

    public long traderId() {
        // kata:solution lesson-03 The long at NEW_ORDER_TRADER_ID_OFFSET.
        return (long) LONG.get(buffer, offset + Wire.NEW_ORDER_TRADER_ID_OFFSET);
        // kata:end
    }

    public long price() {
        // kata:solution lesson-03 The long at NEW_ORDER_PRICE_OFFSET.
        return (long) LONG.get(buffer, offset + Wire.NEW_ORDER_PRICE_OFFSET);
        // kata:end
    }

    public long quantity() {
        // kata:solution lesson-03 The long at NEW_ORDER_QUANTITY_OFFSET.
        return (long) LONG.get(buffer, offset + Wire.NEW_ORDER_QUANTITY_OFFSET);
        // kata:end
    }
}
