package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 3: segment files, rolling, reopening, and the bad input that must be refused by name. */
class SegmentFormatTest {

    private static final int FRAME = RecordCodec.frameSize(CommandCodec.SIZE);

    @Test
    void aSegmentThatIsNotOursIsRefusedByName(@TempDir Path dir) throws IOException {
        TestLogs.write(dir, 10, 1 << 16);
        Path file = SegmentFiles.list(dir).getFirst();
        byte[] before = Files.readAllBytes(file);
        patchInt(file, SegmentHeader.MAGIC_OFFSET, 0x46445025); // "%PDF"
        WalFormatException e = assertThrows(WalFormatException.class, () -> WalWriter.open(dir, new ForcePolicy.Never(), 1 << 16));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("magic"), e.getMessage());
        patchInt(file, SegmentHeader.MAGIC_OFFSET, SegmentHeader.MAGIC);
        assertEquals(before.length, Files.size(file), "a refused log is never truncated");
    }

    @Test
    void anotherFormatVersionIsRefusedByName(@TempDir Path dir) throws IOException {
        TestLogs.write(dir, 10, 1 << 16);
        Path file = SegmentFiles.list(dir).getFirst();
        patchInt(file, SegmentHeader.VERSION_OFFSET, SegmentHeader.VERSION + 1);
        WalFormatException e = assertThrows(WalFormatException.class, () -> RecoveryScanner.scan(dir, RecordVisitor.NONE));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("version"), e.getMessage());
        assertEquals(file, e.path());
    }

    @Test
    void aDamagedHeaderIsRefusedByName(@TempDir Path dir) throws IOException {
        TestLogs.write(dir, 10, 1 << 16);
        Path file = SegmentFiles.list(dir).getFirst();
        patchInt(file, 40, 1); // a reserved byte: covered by the header CRC all the same
        WalFormatException e = assertThrows(WalFormatException.class, () -> WalWriter.open(dir, new ForcePolicy.Never(), 1 << 16));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("CRC"), e.getMessage());
    }

    @Test
    void aWalPathThatIsAFileIsRefusedByName(@TempDir Path tmp) throws IOException {
        Path notADir = Files.writeString(tmp.resolve("wal"), "hello");
        WalException e = assertThrows(WalException.class, () -> WalWriter.open(notADir, new ForcePolicy.Never(), 1 << 16));
        assertTrue(e.getMessage().contains(notADir.toString()), e.getMessage());
        assertEquals("hello", Files.readString(notADir));
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsRefusedByName(@TempDir Path tmp) throws IOException {
        TestLogs.write(tmp.resolve("writable"), 1, 1 << 16); // the same call works where it may write
        Path readOnly = Files.createDirectory(tmp.resolve("readonly"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores permission bits: then the directory is one that cannot even be created, under a file.
            Path dir = Files.isWritable(readOnly) ? Files.writeString(tmp.resolve("plain-file"), "x").resolve("wal")
                    : readOnly;
            WalException e = assertThrows(WalException.class, () -> WalWriter.open(dir, new ForcePolicy.Never(), 1 << 16));
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theWriterRollsToNewSegmentsAndRecoveryFollowsThem(@TempDir Path dir) {
        int capacity = SegmentHeader.BYTES + 10 * FRAME + 24; // room for 10 records and a remainder that fits none
        TestLogs.write(dir, 95, capacity);
        List<Path> segments = SegmentFiles.list(dir);
        assertEquals(10, segments.size(), segments::toString);
        assertEquals(SegmentFiles.segmentPath(dir, 11), segments.get(1), "a segment is named by its base sequence");
        TestLogs.Collected seen = new TestLogs.Collected();
        RecoveryReport report = RecoveryScanner.scan(dir, seen);
        assertEquals(95, seen.sequences.size(), report::toString);
        assertEquals(StopReason.END_OF_LOG, report.reason());
        for (int k = 0; k < 95; k++) {
            assertTrue(TestLogs.isOriginal(k + 1, seen.payloads.get(k)), "record " + (k + 1));
        }
    }

    @Test
    void reopeningContinuesTheSequence(@TempDir Path dir) {
        TestLogs.write(dir, 25, SegmentHeader.BYTES + 10 * FRAME);
        try (WalWriter writer = WalWriter.open(dir, new ForcePolicy.EveryRecord(), SegmentHeader.BYTES + 10 * FRAME)) {
            assertEquals(26, writer.nextSequence());
            assertEquals(26, writer.append(TestLogs.command(26)));
        }
        assertEquals(26, RecoveryScanner.scan(dir, RecordVisitor.NONE).lastSequence());
    }

    @Test
    void reopeningZeroesTheTornTailAndNothingBeforeIt(@TempDir Path dir) throws IOException {
        TestLogs.write(dir, 20, 1 << 16);
        Path file = SegmentFiles.list(dir).getFirst();
        int tenth = SegmentHeader.BYTES + 9 * FRAME;
        patchInt(file, tenth + RecordCodec.HEADER_BYTES + 3, 0x0badf00d); // record 10's payload: its CRC fails
        RecoveryReport torn = RecoveryScanner.scan(dir, RecordVisitor.NONE);
        assertEquals(StopReason.CRC_MISMATCH, torn.reason());
        assertEquals(tenth, torn.stopOffset());
        try (WalWriter writer = WalWriter.open(dir, new ForcePolicy.EveryRecord(), 1 << 16)) {
            assertEquals(9, writer.recovery().lastSequence());
            assertEquals(10, writer.append(TestLogs.command(10)));
        }
        TestLogs.Collected seen = new TestLogs.Collected();
        RecoveryReport report = RecoveryScanner.scan(dir, seen);
        assertEquals(10, seen.sequences.size(), report::toString);
        assertEquals(StopReason.END_OF_LOG, report.reason(), "records 11..20 were zeroed with the torn tail");
        for (int k = 0; k < 10; k++) {
            assertTrue(TestLogs.isOriginal(k + 1, seen.payloads.get(k)), "record " + (k + 1));
        }
    }

    @Test
    void segmentsAfterATornPointAreSetAsideNotDeleted(@TempDir Path dir) throws IOException {
        int capacity = SegmentHeader.BYTES + 10 * FRAME;
        TestLogs.write(dir, 30, capacity);
        Path first = SegmentFiles.list(dir).getFirst();
        patchInt(first, SegmentHeader.BYTES + 4 * FRAME + RecordCodec.SEQUENCE_OFFSET, 77); // record 5
        try (WalWriter writer = WalWriter.open(dir, new ForcePolicy.Never(), capacity)) {
            assertEquals(4, writer.recovery().lastSequence());
            assertEquals(2, writer.quarantined().size(), writer.quarantined()::toString);
            for (Path aside : writer.quarantined()) {
                assertTrue(Files.exists(aside) && aside.toString().endsWith(SegmentFiles.TORN_SUFFIX), aside::toString);
            }
        }
    }

    static void patchInt(Path file, int offset, int value) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, value), offset);
        }
    }
}
