package org.ticktotrade.week05;

import java.nio.ByteBuffer;

/**
 * Decides whether a whole frame (cut out of the stream by the {@link FrameDecoder}, so at least the header
 * is there and {@code length} bytes are readable) is a message the book may see. Everything the book would
 * trip over is refused here, before the frame crosses to the engine thread: a bad frame never touches the book.
 *
 * <p>Returns a {@link RejectCode} or {@code null} for "valid": no exception, no allocation, whatever the bytes.
 * The checks run in the order a reader needs them: what the frame is (type, version), whether it is whole for
 * that type (length), then its fields.
 */
public final class FrameValidator {

    private final NewOrderCodec newOrder = new NewOrderCodec();
    private final CancelOrderCodec cancelOrder = new CancelOrderCodec();

    // tag::validate[]
    /**
     * @param at     where the frame starts in {@code buffer}
     * @param length the frame's length prefix, already known to be at least {@link Wire#HEADER_LENGTH}
     * @return why the frame is refused, or {@code null} when the engine may apply it
     */
    public RejectCode validate(ByteBuffer buffer, int at, int length) {
        // end::validate[]
        // kata:solution lesson-06 Type first (only NewOrder and CancelOrder come in), then version, then the length that type must have, then each field: side, time in force, reserved zero, quantity > 0, price > 0 (a cancel: reserved zero).
        // tag::validate[]
        final int type = MessageHeader.type(buffer, at);
        if (type != Wire.TYPE_NEW_ORDER && type != Wire.TYPE_CANCEL_ORDER) {
            return RejectCode.UNKNOWN_TYPE;
        }
        if (MessageHeader.version(buffer, at) != Wire.VERSION) {
            return RejectCode.UNSUPPORTED_VERSION;
        }
        if (type == Wire.TYPE_CANCEL_ORDER) {
            if (length != Wire.CANCEL_ORDER_LENGTH) {
                return RejectCode.WRONG_LENGTH;
            }
            return cancelOrder.wrap(buffer, at).reserved() != 0 ? RejectCode.RESERVED_NOT_ZERO : null;
        }
        if (length != Wire.NEW_ORDER_LENGTH) {
            return RejectCode.WRONG_LENGTH;
        }
        final NewOrderCodec order = newOrder.wrap(buffer, at);
        final int side = order.side();
        if (side != Wire.SIDE_BUY && side != Wire.SIDE_SELL) {
            return RejectCode.BAD_SIDE;
        }
        final int tif = order.timeInForce();
        if (tif != Wire.TIF_DAY && tif != Wire.TIF_IOC) {
            return RejectCode.BAD_TIME_IN_FORCE;
        }
        if (order.reserved() != 0) {
            return RejectCode.RESERVED_NOT_ZERO;
        }
        if (order.quantity() <= 0) {
            return RejectCode.BAD_QUANTITY;
        }
        if (order.price() <= 0) {
            return RejectCode.BAD_PRICE;
        }
        return null;
        // end::validate[]
        // kata:end
        // tag::validate[]
    }
    // end::validate[]

    /**
     * The order id a reject report names: the frame's own when its bytes 8 to 15 are there (both inbound messages
     * carry the id at offset 8), else 0. A garbage frame's "id" is whatever bytes it had: the report says so.
     */
    public long orderIdOf(ByteBuffer buffer, int at, int length) {
        // kata:solution lesson-06 Both inbound messages carry the id at offset 8: read it (through a flyweight you already hold) when the frame has bytes 8 to 15, else answer 0.
        return length >= Wire.CANCEL_ORDER_ORDER_ID_OFFSET + Long.BYTES ? cancelOrder.wrap(buffer, at).orderId() : 0;
        // kata:end
    }
}
