package org.ticktotrade.capstone;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;

/**
 * One message in flight from the gateway thread to the engine thread: either a validated frame (its bytes, which
 * the engine journals and applies) or a reject the gateway decided on (never journalled: it changes nothing).
 *
 * <p>Commands are a fixed pool, allocated at start and passed round two week 04 rings (gateway to engine with
 * work, engine to gateway empty): nothing is allocated per message, and the pool's size is the most messages in
 * flight, which is what turns a slow engine into a stalled reader (back-pressure) instead of a growing queue.
 * Each field is written by the thread that holds the command and read by the next holder: the ring's
 * release/acquire hand-over orders the writes before the reads, so the fields are plain.
 */
final class Command {

    final ByteBuffer frame = ByteBuffer.allocate(OrderWire.MAX_FRAME).order(ByteOrder.LITTLE_ENDIAN);
    /** 0 for a frame to apply, else the reason byte of the gateway's reject. */
    int rejectCode;
    long rejectOrderId;
    /** Where a gateway reject goes: the session the frame came from, bound to an account or not. */
    SocketChannel replyTo;

    void order(ByteBuffer from, int at, int length) {
        rejectCode = 0;
        replyTo = null;
        frame.clear();
        frame.put(0, from, at, length);
        frame.limit(length);
    }

    void reject(SocketChannel session, long orderId, int code) {
        rejectCode = code;
        rejectOrderId = orderId;
        replyTo = session;
    }
}
