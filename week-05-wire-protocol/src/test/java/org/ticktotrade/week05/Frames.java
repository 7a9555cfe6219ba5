package org.ticktotrade.week05;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week02.flow.OrderFlow;

/**
 * Frames built byte by byte with ByteBuffer's own little-endian getters and setters, independently of the codecs
 * under test, and an oracle that says what the gateway must answer to any frame: the tests' second opinion.
 */
final class Frames {

    private Frames() {
    }

    static byte[] newOrder(long orderId, long traderId, int side, int timeInForce, long price, long quantity) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 40).put((byte) 1).put((byte) 1).put((byte) side).put((byte) timeInForce).putShort((short) 0)
                .putLong(orderId).putLong(traderId).putLong(price).putLong(quantity);
        return b.array();
    }

    static byte[] cancel(long orderId) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 16).put((byte) 2).put((byte) 1).putInt(0).putLong(orderId);
        return b.array();
    }

    /** Command {@code i} of a week 02 order flow as the frame a client would send. */
    static byte[] of(OrderFlow flow, int i) {
        return switch (flow.kind(i)) {
            case OrderFlow.CANCEL -> cancel(flow.orderId(i));
            default -> newOrder(flow.orderId(i), flow.traderId(i), flow.side(i).ordinal(),
                    flow.kind(i) == OrderFlow.MATCH ? 1 : 0, flow.price(i), flow.quantity(i));
        };
    }

    static int u16(byte[] f, int at) {
        return (f[at] & 0xFF) | (f[at + 1] & 0xFF) << 8;
    }

    static long i64(byte[] f, int at) {
        return ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN).getLong(at);
    }

    /**
     * What the gateway must say to a whole frame (its length prefix equal to its size): null to accept it, else
     * the reject reason. Written from the wire table, not from the validator's code.
     */
    static RejectCode verdict(byte[] f) {
        int type = f[2] & 0xFF;
        int version = f[3] & 0xFF;
        if (type != 1 && type != 2) {
            return RejectCode.UNKNOWN_TYPE;
        }
        if (version != 1) {
            return RejectCode.UNSUPPORTED_VERSION;
        }
        if (type == 2) {
            if (f.length != 16) {
                return RejectCode.WRONG_LENGTH;
            }
            return f[4] != 0 || f[5] != 0 || f[6] != 0 || f[7] != 0 ? RejectCode.RESERVED_NOT_ZERO : null;
        }
        if (f.length != 40) {
            return RejectCode.WRONG_LENGTH;
        }
        if ((f[4] & 0xFF) > 1) {
            return RejectCode.BAD_SIDE;
        }
        if ((f[5] & 0xFF) > 1) {
            return RejectCode.BAD_TIME_IN_FORCE;
        }
        if (f[6] != 0 || f[7] != 0) {
            return RejectCode.RESERVED_NOT_ZERO;
        }
        if (i64(f, 32) <= 0) {
            return RejectCode.BAD_QUANTITY;
        }
        if (i64(f, 24) <= 0) {
            return RejectCode.BAD_PRICE;
        }
        return null;
    }

    /** The order id a reject report of this frame must carry. */
    static long rejectedId(byte[] f) {
        return f.length >= 16 ? i64(f, 8) : 0;
    }

    /** Applies an accepted frame to a book directly, as the engine must. */
    static void apply(byte[] f, org.ticktotrade.week02.OrderBook book, long time) {
        if ((f[2] & 0xFF) == 2) {
            book.cancel(i64(f, 8));
        } else if (f[5] == 1) {
            book.match(i64(f, 8), i64(f, 16), Side.ofOrdinal(f[4]), i64(f, 24), i64(f, 32), time);
        } else {
            book.add(i64(f, 8), i64(f, 16), Side.ofOrdinal(f[4]), i64(f, 24), i64(f, 32), time);
        }
    }
}
