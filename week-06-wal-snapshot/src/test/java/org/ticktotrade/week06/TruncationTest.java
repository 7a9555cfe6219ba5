package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson 4, the week's core: a log of 1,000 records cut at every byte offset, from just past its last record
 * down to an empty file. After each cut recovery accepts exactly the records wholly before the cut, each one
 * byte-for-byte what was written, and reports the cut's record and a truncation reason.
 */
class TruncationTest {

    private static final int RECORDS = 1_000;
    private static final int FRAME = RecordCodec.frameSize(CommandCodec.SIZE);

    @Test
    void everyCutRecoversEveryWholeRecordAndNothingElse(@TempDir Path dir) throws IOException {
        TestLogs.write(dir, RECORDS, 1 << 20);
        Path file = SegmentFiles.list(dir).getFirst();
        int end = SegmentHeader.BYTES + RECORDS * FRAME;
        long lost = 0;
        long corruptAccepted = 0;
        long cuts = 0;
        Set<StopReason> reasons = EnumSet.noneOf(StopReason.class);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (int c = end + RecordCodec.HEADER_BYTES; c >= 0; c--) {
                int cut = c;
                channel.truncate(cut);
                CountingCheck check = new CountingCheck();
                RecoveryReport report = RecoveryScanner.scan(dir, check);
                int whole = cut < SegmentHeader.BYTES ? 0 : Math.min(RECORDS, (cut - SegmentHeader.BYTES) / FRAME);
                lost += Math.max(0, whole - check.records);
                corruptAccepted += check.corrupt + Math.max(0, check.records - whole);
                if (report.records() != whole || check.records != whole) {
                    fail("cut at " + cut + ": " + whole + " whole records before it, recovery accepted " + check.records
                            + " -> " + report);
                }
                long expectedStop = cut < SegmentHeader.BYTES ? 0 : SegmentHeader.BYTES + (long) whole * FRAME;
                assertEquals(expectedStop, report.stopOffset(), () -> "cut at " + cut + ": the report must point at the"
                        + " first record not recovered -> " + report);
                assertEquals(file, report.stopSegment(), "the report names the segment file");
                StopReason expected = cut < SegmentHeader.BYTES ? StopReason.TRUNCATED_SEGMENT_HEADER
                        : cut < expectedStop + RecordCodec.HEADER_BYTES ? StopReason.TRUNCATED_HEADER
                        : whole == RECORDS ? StopReason.END_OF_LOG : StopReason.TRUNCATED_PAYLOAD;
                assertEquals(expected, report.reason(), () -> "cut at " + cut + " -> " + report);
                reasons.add(report.reason());
                cuts++;
            }
        }
        assertEquals(0, lost, "records lost");
        assertEquals(0, corruptAccepted, "corrupt records accepted");
        assertTrue(cuts > 50_000, "cuts: " + cuts);
        System.out.println("truncation: " + cuts + " cuts, records lost 0, corrupt accepted 0, reasons " + reasons);
    }

    /** Counts records and checks each against what was written, without keeping them. */
    private static final class CountingCheck implements RecordVisitor {
        int records;
        int corrupt;
        private final ByteBuffer expected = TestLogs.command(1);

        @Override
        public void onRecord(long sequence, ByteBuffer segment, int payloadOffset, int length) {
            records++;
            TestLogs.fill(expected.clear(), sequence);
            if (length != CommandCodec.SIZE || segment.slice(payloadOffset, length).mismatch(expected) != -1
                    || sequence != records) {
                corrupt++;
            }
        }
    }
}
