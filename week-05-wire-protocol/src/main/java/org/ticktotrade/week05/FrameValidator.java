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

    /**
     * @param at     where the frame starts in {@code buffer}
     * @param length the frame's length prefix, already known to be at least {@link Wire#HEADER_LENGTH}
     * @return why the frame is refused, or {@code null} when the engine may apply it
     */
    public RejectCode validate(ByteBuffer buffer, int at, int length) {
        // TODO(kata) Type first (only NewOrder and CancelOrder come in), then version, then the length that type must have, then each field: side, time in force, reserved zero, quantity > 0, price > 0 (a cancel: reserved zero). Read lesson 6, "Back-pressure and the reject path: from the ring to the socket".
        throw new UnsupportedOperationException("TODO(kata) Type first (only NewOrder and CancelOrder come in), then version, then the length that type must have, then each field: side, time in force, reserved zero, quantity > 0, price > 0 (a cancel: reserved zero). Read lesson 6, \"Back-pressure and the reject path: from the ring to the socket\".");
    }

    /**
     * The order id a reject report names: the frame's own when its bytes 8 to 15 are there (both inbound messages
     * carry the id at offset 8), else 0. A garbage frame's "id" is whatever bytes it had: the report says so.
     */
    public long orderIdOf(ByteBuffer buffer, int at, int length) {
        // TODO(kata) Both inbound messages carry the id at offset 8: read it (through a flyweight you already hold) when the frame has bytes 8 to 15, else answer 0. Read lesson 6, "Back-pressure and the reject path: from the ring to the socket".
        throw new UnsupportedOperationException("TODO(kata) Both inbound messages carry the id at offset 8: read it (through a flyweight you already hold) when the frame has bytes 8 to 15, else answer 0. Read lesson 6, \"Back-pressure and the reject path: from the ring to the socket\".");
    }
}
