package org.ticktotrade.week05;

import java.nio.ByteBuffer;

/** Where the {@link FrameDecoder} hands each whole frame: {@code length} bytes from {@code at}, valid only during the call. */
@FunctionalInterface
public interface FrameHandler {

    /**
     * @return {@code true} when the frame was taken; {@code false} to stop here and be handed the same frame
     *         again on the next {@link FrameDecoder#drain} (the gateway is shutting down)
     */
    boolean onFrame(ByteBuffer buffer, int at, int length);
}
