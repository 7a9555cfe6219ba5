package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week06.examples.FramedRecord.Status;

class FramedRecordTest {

    private final CRC32C crc = new CRC32C();

    private static ByteBuffer payload(int length, long seed) {
        byte[] bytes = new byte[length];
        new SplittableRandom(seed).nextBytes(bytes);
        return ByteBuffer.wrap(bytes);
    }

    @Test
    void aWrittenFrameChecksAndKeepsItsSequence() {
        ByteBuffer log = FramedRecord.newLog(256);
        int next = FramedRecord.write(log, 0, 42, payload(40, 1), crc);
        assertEquals(56, next); // 16 + 40 = 56, already a multiple of 8
        assertEquals(Status.OK, FramedRecord.check(log, 0, crc));
        assertEquals(42, FramedRecord.sequence(log, 0));
        assertEquals(Status.END, FramedRecord.check(log, next, crc));
    }

    @Test
    void aFrameWithoutItsLengthIsNotThere() {
        ByteBuffer log = FramedRecord.newLog(256);
        FramedRecord.write(log, 0, 7, payload(40, 2), crc);
        log.putInt(0, 0); // the crash came after the body, before the commit marker
        assertEquals(Status.END, FramedRecord.check(log, 0, crc));
    }

    // tag::bursts[]
    @Test
    void everyBurstOfAtMost32BitsIsDetected() {
        SplittableRandom random = new SplittableRandom(6);
        ByteBuffer log = FramedRecord.newLog(256);
        FramedRecord.write(log, 0, 1234, payload(96, 3), crc);
        int coveredBits = (FramedRecord.length(log, 0) - 8) * 8; // the CRC covers bytes 8 .. length
        for (int trial = 0; trial < 20_000; trial++) {
            int burst = 1 + random.nextInt(32);          // a burst of 1 to 32 bits...
            int first = random.nextInt(coveredBits - burst + 1);
            long pattern = burst == 1 ? 1 : 1L | (1L << (burst - 1)) | (random.nextLong() & ((1L << burst) - 1));
            flip(log, 8 * 8 + first, pattern, burst);    // ...first and last bit flipped, any in between
            assertEquals(Status.BAD_CRC, FramedRecord.check(log, 0, crc), "burst of " + burst + " at bit " + first);
            flip(log, 8 * 8 + first, pattern, burst);    // and back
        }
        assertEquals(Status.OK, FramedRecord.check(log, 0, crc));
    }
    // end::bursts[]

    private static void flip(ByteBuffer log, int firstBit, long pattern, int burst) {
        for (int i = 0; i < burst; i++) {
            if ((pattern >>> i & 1) != 0) {
                int bit = firstBit + i;
                log.put(bit >>> 3, (byte) (log.get(bit >>> 3) ^ (1 << (bit & 7))));
            }
        }
    }

    // tag::not-the-crc[]
    @Test
    void twoGoodFramesSwappedBothStillCheck() {
        ByteBuffer log = FramedRecord.newLog(256);
        int second = FramedRecord.write(log, 0, 1, payload(40, 4), crc);
        int end = FramedRecord.write(log, second, 2, payload(40, 5), crc);
        ByteBuffer swapped = FramedRecord.newLog(256);
        swapped.put(0, log, second, end - second).put(end - second, log, 0, second);
        // Each frame carries its own CRC, so each still checks: only the sequence numbers tell.
        assertEquals(Status.OK, FramedRecord.check(swapped, 0, crc));
        assertEquals(Status.OK, FramedRecord.check(swapped, second, crc));
        assertEquals(2, FramedRecord.sequence(swapped, 0));
    }

    @Test
    void aFrameThatWasNeverWrittenLooksLikeTheEnd() {
        ByteBuffer log = FramedRecord.newLog(256);
        int second = FramedRecord.write(log, 0, 1, payload(40, 6), crc);
        // The writer acknowledged frame 2 but it never reached the log: the log simply ends after
        // frame 1. No checksum can flag bytes that are not there; only forcing before acknowledging can.
        assertEquals(Status.OK, FramedRecord.check(log, 0, crc));
        assertEquals(Status.END, FramedRecord.check(log, second, crc));
    }
    // end::not-the-crc[]

    @Test
    void aDeliberateChangeCanCarryAFreshCrc() {
        ByteBuffer log = FramedRecord.newLog(256);
        FramedRecord.write(log, 0, 1, payload(40, 7), crc);
        int before = log.getInt(4);
        log.put(20, (byte) (log.get(20) + 1));
        assertEquals(Status.BAD_CRC, FramedRecord.check(log, 0, crc));
        log.putInt(4, FramedRecord.checksum(log, 0, FramedRecord.length(log, 0), crc)); // anyone can recompute it
        assertEquals(Status.OK, FramedRecord.check(log, 0, crc));
        assertNotEquals(before, log.getInt(4));
    }

    @Test
    void aLengthThatRunsOffTheBufferIsBad() {
        ByteBuffer log = FramedRecord.newLog(64);
        log.putInt(0, 1000);
        assertEquals(Status.BAD_LENGTH, FramedRecord.check(log, 0, crc));
        log.putInt(0, 8);
        assertEquals(Status.BAD_LENGTH, FramedRecord.check(log, 0, crc));
    }
}
