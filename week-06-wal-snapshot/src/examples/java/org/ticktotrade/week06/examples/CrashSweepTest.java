package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week06.examples.FramedRecord.Status;

class CrashSweepTest {

    private final CRC32C crc = new CRC32C();

    @Test
    void noCutLosesAWholeFrameOrAcceptsABrokenOne() {
        CrashSweep sweep = new CrashSweep(60, 4096, 11);
        CrashSweep.Counts counts = sweep.truncateAtEveryOffset();
        assertEquals(sweep.logLength() + 1, counts.trials());
        assertEquals(0, counts.recordsLost());
        assertEquals(0, counts.corruptAccepted());
    }

    @Test
    void noFlippedBitIsReplayedAndNothingBeforeItIsLost() {
        CrashSweep.Counts counts = new CrashSweep(60, 4096, 12).flipBits(10_000, 13);
        assertEquals(0, counts.recordsLost());
        assertEquals(0, counts.corruptAccepted());
    }

    // tag::hole[]
    @Test
    void aHoleStopsTheScanEvenWithGoodFramesBehindIt() {
        ByteBuffer log = FramedRecord.newLog(1024);
        int[] at = new int[11];
        for (int i = 0; i < 10; i++) {
            at[i + 1] = FramedRecord.write(log, at[i], i, ByteBuffer.wrap(new byte[24]), crc);
        }
        for (int i = at[5]; i < at[6]; i++) {
            log.put(i, (byte) 0); // frame 5's page never reached the disk; frames 6..9's did
        }
        RecoveryScan.Result r = RecoveryScan.scan(log, 0, crc);
        assertEquals(5, r.records());
        assertEquals(at[5], r.validEnd());
        assertEquals(Status.END, r.stoppedBy());
        assertEquals(Status.OK, FramedRecord.check(log, at[6], crc)); // still there, still "good"
    }

    @Test
    void withoutZeroingTheTailAStaleFrameComesBack() {
        ByteBuffer log = FramedRecord.newLog(1024);
        int[] at = new int[11];
        for (int i = 0; i < 10; i++) {
            at[i + 1] = FramedRecord.write(log, at[i], i, ByteBuffer.wrap(new byte[24]), crc);
        }
        log.putInt(at[5] + 20, 0x5eed); // frame 5 torn
        RecoveryScan.Result r = RecoveryScan.scan(log, 0, crc);
        assertEquals(5, r.records());
        assertEquals(Status.BAD_CRC, r.stoppedBy());
        // The engine goes on and logs a new command as sequence 5, the same size, in the same place...
        FramedRecord.write(log, r.validEnd(), 5, ByteBuffer.wrap(new byte[24]), crc);
        // ...and the old frames 6..9 still follow it: the next recovery replays them after the new 5.
        assertEquals(10, RecoveryScan.scan(log, 0, crc).records());
    }

    @Test
    void zeroingTheTailBeforeAppendingKeepsStaleFramesOut() {
        ByteBuffer log = FramedRecord.newLog(1024);
        int[] at = new int[11];
        for (int i = 0; i < 10; i++) {
            at[i + 1] = FramedRecord.write(log, at[i], i, ByteBuffer.wrap(new byte[24]), crc);
        }
        log.putInt(at[5] + 20, 0x5eed);
        RecoveryScan.Result r = RecoveryScan.scan(log, 0, crc);
        RecoveryScan.zeroTail(log, r.validEnd());
        FramedRecord.write(log, r.validEnd(), 5, ByteBuffer.wrap(new byte[24]), crc);
        assertEquals(6, RecoveryScan.scan(log, 0, crc).records());
    }
    // end::hole[]
}
