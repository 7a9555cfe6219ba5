package org.ticktotrade.week05;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Cuts one TCP connection's byte stream into frames. TCP delivers bytes, not messages: one read may return
 * half a frame, or three frames and the first two bytes of a fourth. The decoder keeps what it was given in
 * its own buffer and hands on only whole frames, each exactly as long as its length prefix says ("read
 * exactly"), keeping any tail for the next read.
 *
 * <p>A length prefix below {@link Wire#HEADER_LENGTH} or above the configured maximum is a framing error: the
 * stream can no longer be cut reliably (where would the next frame start?), so the only safe answer is to close
 * the connection. A length inside the limits but wrong for its type is not a framing error: the frame is cut
 * out whole, the stream stays in step, and the validator rejects it.
 *
 * <p>Usage, per readable event: {@code channel.read(decoder.buffer())}, then {@link #drain}. One thread.
 */
public final class FrameDecoder {

    /** {@link #drain}'s answer when a length prefix is impossible: close the connection. */
    public static final int FRAMING_ERROR = -1;

    private final ByteBuffer buffer;
    private final int maxFrameLength;
    private int badLength;

    /**
     * @param bufferBytes    how many bytes one read may bring in, at least {@code maxFrameLength}
     * @param maxFrameLength the longest length prefix accepted, at least {@link Wire#HEADER_LENGTH}
     */
    public FrameDecoder(int bufferBytes, int maxFrameLength) {
        if (maxFrameLength < Wire.HEADER_LENGTH || maxFrameLength > 0xFFFF || bufferBytes < maxFrameLength) {
            throw new IllegalArgumentException("need " + Wire.HEADER_LENGTH + " <= maxFrameLength (" + maxFrameLength
                    + ") <= 65535 and bufferBytes (" + bufferBytes + ") >= maxFrameLength");
        }
        this.buffer = ByteBuffer.allocateDirect(bufferBytes).order(ByteOrder.LITTLE_ENDIAN);
        this.maxFrameLength = maxFrameLength;
    }

    /** The buffer to read into, in write mode: the unread tail of earlier reads sits before its position. */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** Bytes received but not yet handed on: part of a frame (or, after a refusal, whole frames too). */
    public int pendingBytes() {
        return buffer.position();
    }

    /** The impossible length prefix behind the last {@link #FRAMING_ERROR}, for the log line. */
    public int badLength() {
        return badLength;
    }

    /**
     * Hands every whole frame in the buffer to {@code handler}, in order, and keeps a partial one for the next
     * read.
     *
     * @return how many frames were handed on, or {@link #FRAMING_ERROR}
     */
    public int drain(FrameHandler handler) {
        // TODO(kata) Flip the buffer; while at least the two length bytes are there: read the length at the position (MessageHeader.length), refuse one outside [HEADER_LENGTH, maxFrameLength] (remember it in badLength, return FRAMING_ERROR), stop if fewer than length bytes are there, else hand the frame on and move the position past it. Compact the buffer at the end, whatever happened, so the tail moves to the front. Read lesson 1, "Framing a byte stream: read exactly one frame at a time".
        throw new UnsupportedOperationException("TODO(kata) Flip the buffer; while at least the two length bytes are there: read the length at the position (MessageHeader.length), refuse one outside [HEADER_LENGTH, maxFrameLength] (remember it in badLength, return FRAMING_ERROR), stop if fewer than length bytes are there, else hand the frame on and move the position past it. Compact the buffer at the end, whatever happened, so the tail moves to the front. Read lesson 1, \"Framing a byte stream: read exactly one frame at a time\".");
    }
}
