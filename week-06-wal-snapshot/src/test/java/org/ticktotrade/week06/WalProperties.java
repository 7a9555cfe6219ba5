package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Lesson 3 and 4: any payload sizes, any segment size, any reopen points: the log reads back what was written. */
class WalProperties {

    @Property(tries = 60)
    void whatIsAppendedIsWhatIsRecovered(@ForAll @Size(min = 1, max = 120) List<@IntRange(min = 1, max = 300) Integer> lengths,
                                         @ForAll @IntRange(min = 0, max = 5) int reopenEvery,
                                         @ForAll @IntRange(min = 1, max = 8) int segmentKiB) throws IOException {
        Path dir = Files.createTempDirectory("wal-prop");
        int capacity = SegmentHeader.BYTES + segmentKiB * 1024;
        WalWriter writer = WalWriter.open(dir, new ForcePolicy.EveryRecords(3), capacity);
        try {
            for (int i = 0; i < lengths.size(); i++) {
                if (reopenEvery > 0 && i > 0 && i % (reopenEvery * 7) == 0) {
                    writer.close();
                    writer = WalWriter.open(dir, new ForcePolicy.EveryRecords(3), capacity);
                }
                assertEquals(i + 1, writer.append(ByteBuffer.wrap(payload(i + 1, lengths.get(i)))));
            }
        } finally {
            writer.close();
        }
        TestLogs.Collected seen = new TestLogs.Collected();
        RecoveryReport report = RecoveryScanner.scan(dir, seen);
        assertEquals(StopReason.END_OF_LOG, report.reason(), report::toString);
        assertEquals(lengths.size(), seen.sequences.size());
        for (int i = 0; i < lengths.size(); i++) {
            assertArrayEquals(payload(i + 1, lengths.get(i)), seen.payloads.get(i), "record " + (i + 1));
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.delete(dir);
    }

    private static byte[] payload(long sequence, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (sequence * 31 + i);
        }
        return b;
    }
}
