package org.ticktotrade.capstone;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.MessageHeader;
import org.ticktotrade.week05.RejectCode;
import org.ticktotrade.week05.Wire;

/**
 * The capstone's two inbound messages: week 05's header (length, type, version) and framing, with layout version 2,
 * which adds what an exchange of several instruments and four order types needs. The bytes that arrive are the
 * bytes the journal keeps (the engine appends the frame itself), and {@link #apply} is the one place a frame
 * becomes an engine call, live and in replay alike: recovery cannot decode differently from the live path.
 *
 * <pre>
 * NewOrder, 40 bytes, type 1, version 2        CancelOrder, 24 bytes, type 2, version 2
 *  4  u8   side (week 05's SIDE_*)               4  u16  instrument
 *  5  u8   order type (OrderType ordinal)        6  u16  reserved, zero
 *  6  u16  instrument                            8  i64  order id
 *  8  i64  order id                             16  i64  account
 * 16  i64  account
 * 24  i64  price, ticks
 * 32  i64  quantity
 * </pre>
 * Outbound, the exchange sends week 05's ExecutionReport (48 bytes, version 1) on TCP, and its UDP packets.
 */
public final class OrderWire {

    private OrderWire() {
    }

    private static final VarHandle SHORT = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public static final int VERSION = 2;
    public static final int NEW_ORDER_LENGTH = 40;
    public static final int CANCEL_LENGTH = 24;
    /** The longest inbound frame: the decoder's limit. */
    public static final int MAX_FRAME = NEW_ORDER_LENGTH;

    public static final int SIDE_OFFSET = 4;
    public static final int ORDER_TYPE_OFFSET = 5;
    public static final int INSTRUMENT_OFFSET = 6;   // NewOrder; a cancel's is at 4
    public static final int CANCEL_INSTRUMENT_OFFSET = 4;
    public static final int CANCEL_RESERVED_OFFSET = 6;
    public static final int ORDER_ID_OFFSET = 8;
    public static final int ACCOUNT_OFFSET = 16;
    public static final int PRICE_OFFSET = 24;
    public static final int QUANTITY_OFFSET = 32;

    public static void encodeNewOrder(ByteBuffer b, int at, long account, int instrument, long orderId, Side side,
                                      OrderType type, long price, long quantity) {
        MessageHeader.write(b, at, NEW_ORDER_LENGTH, Wire.TYPE_NEW_ORDER, VERSION);
        b.put(at + SIDE_OFFSET, (byte) side.ordinal());
        b.put(at + ORDER_TYPE_OFFSET, (byte) type.ordinal());
        SHORT.set(b, at + INSTRUMENT_OFFSET, (short) instrument);
        LONG.set(b, at + ORDER_ID_OFFSET, orderId);
        LONG.set(b, at + ACCOUNT_OFFSET, account);
        LONG.set(b, at + PRICE_OFFSET, price);
        LONG.set(b, at + QUANTITY_OFFSET, quantity);
    }

    public static void encodeCancel(ByteBuffer b, int at, long account, int instrument, long orderId) {
        MessageHeader.write(b, at, CANCEL_LENGTH, Wire.TYPE_CANCEL_ORDER, VERSION);
        SHORT.set(b, at + CANCEL_INSTRUMENT_OFFSET, (short) instrument);
        SHORT.set(b, at + CANCEL_RESERVED_OFFSET, (short) 0);
        LONG.set(b, at + ORDER_ID_OFFSET, orderId);
        LONG.set(b, at + ACCOUNT_OFFSET, account);
    }

    public static long orderId(ByteBuffer b, int at, int length) {
        return length >= ORDER_ID_OFFSET + Long.BYTES ? (long) LONG.get(b, at + ORDER_ID_OFFSET) : 0;
    }

    /** Both messages carry the account at 16; call only on a frame {@link #validate} accepted. */
    public static long account(ByteBuffer b, int at) {
        return (long) LONG.get(b, at + ACCOUNT_OFFSET);
    }

    /**
     * Whether a whole frame is a message the engine may see: week 05's checks in week 05's order (type, version,
     * length, then the fields), with this layout. Null for valid; no exception, no allocation, whatever the bytes.
     * The instrument and account ids are the engine's and the gateway's business (they know the config).
     */
    public static RejectCode validate(ByteBuffer b, int at, int length) {
        final int type = MessageHeader.type(b, at);
        if (type != Wire.TYPE_NEW_ORDER && type != Wire.TYPE_CANCEL_ORDER) {
            return RejectCode.UNKNOWN_TYPE;
        }
        if (MessageHeader.version(b, at) != VERSION) {
            return RejectCode.UNSUPPORTED_VERSION;
        }
        if (type == Wire.TYPE_CANCEL_ORDER) {
            if (length != CANCEL_LENGTH) {
                return RejectCode.WRONG_LENGTH;
            }
            return (short) SHORT.get(b, at + CANCEL_RESERVED_OFFSET) != 0 ? RejectCode.RESERVED_NOT_ZERO : null;
        }
        if (length != NEW_ORDER_LENGTH) {
            return RejectCode.WRONG_LENGTH;
        }
        final int side = Byte.toUnsignedInt(b.get(at + SIDE_OFFSET));
        if (side != Wire.SIDE_BUY && side != Wire.SIDE_SELL) {
            return RejectCode.BAD_SIDE;
        }
        if (Byte.toUnsignedInt(b.get(at + ORDER_TYPE_OFFSET)) >= OrderType.values().length) {
            return RejectCode.BAD_TIME_IN_FORCE;
        }
        if ((long) LONG.get(b, at + QUANTITY_OFFSET) <= 0) {
            return RejectCode.BAD_QUANTITY;
        }
        if ((long) LONG.get(b, at + PRICE_OFFSET) <= 0) {
            return RejectCode.BAD_PRICE;
        }
        return null;
    }

    // tag::apply[]
    /**
     * Applies one validated frame to the engine. The journal's sequence is the order's time: replay then reads no
     * clock and gives the same books (week 06's rule). Called by the engine thread live and by recovery at start.
     */
    public static void apply(ByteBuffer b, int at, long sequence, Engine engine) {
        final long account = (long) LONG.get(b, at + ACCOUNT_OFFSET);
        final long orderId = (long) LONG.get(b, at + ORDER_ID_OFFSET);
        if (MessageHeader.type(b, at) == Wire.TYPE_CANCEL_ORDER) {
            engine.cancel(account, Short.toUnsignedInt((short) SHORT.get(b, at + CANCEL_INSTRUMENT_OFFSET)), orderId);
            return;
        }
        engine.newOrder(account, Short.toUnsignedInt((short) SHORT.get(b, at + INSTRUMENT_OFFSET)), orderId,
                Side.ofOrdinal(b.get(at + SIDE_OFFSET)), OrderType.ofOrdinal(b.get(at + ORDER_TYPE_OFFSET)),
                (long) LONG.get(b, at + PRICE_OFFSET), (long) LONG.get(b, at + QUANTITY_OFFSET), sequence);
    }
    // end::apply[]
}
