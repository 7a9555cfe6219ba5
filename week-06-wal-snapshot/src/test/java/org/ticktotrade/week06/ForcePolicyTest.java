package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 3: durableSequence() follows each policy exactly, and acknowledgements wait for it. */
class ForcePolicyTest {

    @Test
    void everyRecordMakesEachAppendDurable(@TempDir Path dir) {
        try (WalWriter w = WalWriter.open(dir, new ForcePolicy.EveryRecord(), 1 << 16)) {
            for (long s = 1; s <= 20; s++) {
                assertEquals(s, w.append(TestLogs.command(s)));
                assertEquals(s, w.durableSequence(), "after append " + s);
            }
        }
    }

    @Test
    void everyNRecordsForcesOncePerBatch(@TempDir Path dir) {
        try (WalWriter w = WalWriter.open(dir, new ForcePolicy.EveryRecords(8), 1 << 16)) {
            for (long s = 1; s <= 50; s++) {
                w.append(TestLogs.command(s));
                assertEquals(s / 8 * 8, w.durableSequence(), "after append " + s);
                assertEquals(s, w.writtenSequence());
            }
            w.force();
            assertEquals(50, w.durableSequence(), "an explicit force covers everything appended");
        }
    }

    @Test
    void neverForcesOnlyWhenAsked(@TempDir Path dir) {
        try (WalWriter w = WalWriter.open(dir, new ForcePolicy.Never(), 1 << 16)) {
            for (long s = 1; s <= 30; s++) {
                w.append(TestLogs.command(s));
            }
            assertEquals(0, w.durableSequence());
            assertFalse(w.isDurable(1));
            w.force();
            assertTrue(w.isDurable(30));
        }
    }

    @Test
    void aRollMakesTheSegmentItLeavesDurable(@TempDir Path dir) {
        int capacity = SegmentHeader.BYTES + 10 * RecordCodec.frameSize(CommandCodec.SIZE);
        try (WalWriter w = WalWriter.open(dir, new ForcePolicy.Never(), capacity)) {
            for (long s = 1; s <= 11; s++) {
                w.append(TestLogs.command(s));
            }
            assertEquals(10, w.durableSequence(), "the 11th append rolled, forcing records 1..10");
        }
    }

    @Test
    void anIntervalForcesOnceItHasPassed(@TempDir Path dir) throws InterruptedException {
        try (WalWriter w = WalWriter.open(dir, new ForcePolicy.EveryInterval(200_000), 1 << 16)) {
            w.append(TestLogs.command(1));
            assertEquals(0, w.durableSequence(), "200 ms have not passed");
            w.forceIfDue();
            assertEquals(0, w.durableSequence());
            Thread.sleep(250);
            w.forceIfDue();
            assertEquals(1, w.durableSequence(), "the idle loop's forceIfDue() forced once the interval passed");
            w.append(TestLogs.command(2));
            assertEquals(1, w.durableSequence());
            Thread.sleep(250);
            w.append(TestLogs.command(3));
            assertEquals(3, w.durableSequence(), "an append after the interval forces");
        }
    }

    /** A fill leaves only when its record is durable: a queue of pending acknowledgements released by the log. */
    @Test
    void fillsAreAcknowledgedOnlyOnceTheirRecordIsDurable(@TempDir Path dir) {
        List<Long> acknowledged = new ArrayList<>();
        ArrayDeque<Long> pending = new ArrayDeque<>();
        try (WalWriter w = WalWriter.open(dir, new ForcePolicy.EveryRecords(4), 1 << 16)) {
            for (long s = 1; s <= 10; s++) {
                pending.add(w.append(TestLogs.command(s)));
                while (!pending.isEmpty() && w.isDurable(pending.peek())) {
                    acknowledged.add(pending.poll());
                }
                for (long a : acknowledged) {
                    assertTrue(a <= w.durableSequence(), "acknowledged " + a + " with durable " + w.durableSequence());
                }
            }
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), acknowledged);
        }
    }
}
