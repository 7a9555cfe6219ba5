package org.ticktotrade.week06.examples;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;
import org.ticktotrade.week06.examples.FramedRecord.Status;

/** Lesson 4's recovery: walk the frames from the start, stop at the first that is not good, say why. */
public final class RecoveryScan {

    /**
     * What a scan found: how many good frames, where the good part of the log ends, the last good
     * sequence number, and the status of the frame at {@code validEnd} (END for a clean log).
     */
    public record Result(int records, int validEnd, long lastSequence, Status stoppedBy) {}

    private RecoveryScan() {}

    // tag::scan[]
    public static Result scan(ByteBuffer log, long firstSequence, CRC32C crc) {
        int at = 0;
        long expected = firstSequence;
        int records = 0;
        while (true) {
            Status status = FramedRecord.check(log, at, crc);
            if (status == Status.OK && FramedRecord.sequence(log, at) != expected) {
                status = Status.BAD_SEQUENCE;
            }
            if (status != Status.OK) {
                return new Result(records, at, expected - 1, status); // never look past it
            }
            at = FramedRecord.next(log, at);
            expected++;
            records++;
        }
    }
    // end::scan[]

    // tag::zero-tail[]
    /** Zeroes everything after the good part, so nothing stale there can ever be read as a frame. */
    public static void zeroTail(ByteBuffer log, int validEnd) {
        for (int i = validEnd; i < log.capacity(); i++) {
            log.put(i, (byte) 0);
        }
    }
    // end::zero-tail[]
}
