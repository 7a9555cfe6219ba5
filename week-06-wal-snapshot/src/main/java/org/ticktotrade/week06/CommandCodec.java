package org.ticktotrade.week06;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ticktotrade.week02.Side;

/**
 * The commands the log carries: one fixed 40-byte little-endian layout for every kind, all its constants in
 * this class. Week 05's wire codec replaces this class when that week lands (its NewOrder message is the
 * same 40 bytes); until then the log has its own, so that week 06 depends on nothing unwritten.
 *
 * <pre>
 *  0  byte  kind: NEW (rests what does not trade), IOC (trades, never rests), CANCEL
 *  1  byte  side ordinal (NEW and IOC)
 *  2  ...   reserved, zero
 *  8  long  order id
 * 16  long  trader id (NEW and IOC)
 * 24  long  price in ticks (NEW and IOC)
 * 32  long  quantity (NEW and IOC)
 * </pre>
 *
 * There is no timestamp: replay must not depend on a clock, so the engine uses the record's sequence number
 * as the order's time (see {@link CommandReplayer}).
 */
public final class CommandCodec {

    public static final int SIZE = 40;
    public static final int KIND_OFFSET = 0;
    public static final int SIDE_OFFSET = 1;
    public static final int ORDER_ID_OFFSET = 8;
    public static final int TRADER_ID_OFFSET = 16;
    public static final int PRICE_OFFSET = 24;
    public static final int QUANTITY_OFFSET = 32;

    public static final byte NEW = 1;
    public static final byte IOC = 2;
    public static final byte CANCEL = 3;

    // Little-endian whatever the buffer's own order() says (a mapped buffer starts big-endian): the format
    // is fixed, so the byte order is part of every access, not a property of the buffer at hand.
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private CommandCodec() {
    }

    /** Encodes a NEW (or IOC) command at {@code at}. */
    public static void encodeOrder(ByteBuffer buffer, int at, byte kind, long orderId, long traderId, Side side,
                                   long price, long quantity) {
        LONG.set(buffer, at, 0L); // kind, side and the reserved bytes in one store
        buffer.put(at + KIND_OFFSET, kind);
        buffer.put(at + SIDE_OFFSET, (byte) side.ordinal());
        LONG.set(buffer, at + ORDER_ID_OFFSET, orderId);
        LONG.set(buffer, at + TRADER_ID_OFFSET, traderId);
        LONG.set(buffer, at + PRICE_OFFSET, price);
        LONG.set(buffer, at + QUANTITY_OFFSET, quantity);
    }

    /** Encodes a CANCEL command at {@code at}: the order id, every other field zero. */
    public static void encodeCancel(ByteBuffer buffer, int at, long orderId) {
        for (int i = 0; i < SIZE; i += 8) {
            LONG.set(buffer, at + i, 0L);
        }
        buffer.put(at + KIND_OFFSET, CANCEL);
        LONG.set(buffer, at + ORDER_ID_OFFSET, orderId);
    }

    public static byte kind(ByteBuffer buffer, int at) {
        return buffer.get(at + KIND_OFFSET);
    }

    public static Side side(ByteBuffer buffer, int at) {
        return Side.ofOrdinal(buffer.get(at + SIDE_OFFSET));
    }

    public static long orderId(ByteBuffer buffer, int at) {
        return (long) LONG.get(buffer, at + ORDER_ID_OFFSET);
    }

    public static long traderId(ByteBuffer buffer, int at) {
        return (long) LONG.get(buffer, at + TRADER_ID_OFFSET);
    }

    public static long price(ByteBuffer buffer, int at) {
        return (long) LONG.get(buffer, at + PRICE_OFFSET);
    }

    public static long quantity(ByteBuffer buffer, int at) {
        return (long) LONG.get(buffer, at + QUANTITY_OFFSET);
    }
}
