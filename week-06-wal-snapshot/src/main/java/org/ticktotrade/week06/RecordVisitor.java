package org.ticktotrade.week06;

import java.nio.ByteBuffer;

/**
 * Receives each good record a recovery scan finds, in sequence order. The buffer is the mapped segment and
 * is unmapped when the scan moves on: read the payload inside the call, never keep the buffer.
 */
@FunctionalInterface
public interface RecordVisitor {

    /** A visitor that only counts on the scan's report. */
    RecordVisitor NONE = (sequence, segment, payloadOffset, length) -> {
    };

    void onRecord(long sequence, ByteBuffer segment, int payloadOffset, int length);
}
