package org.ticktotrade.week06;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads a log back after a crash: every segment in order, every record checked, until the first record that
 * is not whole, not checked by its CRC, or not the next sequence. Everything before that point is handed to
 * the visitor; nothing after it ever is, even if it looks fine: a record after a hole was written by a
 * writer that had already lost what came before.
 *
 * <p>The scan only reads. Repairing the tail (zeroing it, so the next append continues there) is the
 * writer's job on reopen, and it never touches a byte before the stop offset.
 */
public final class RecoveryScanner {

    private RecoveryScanner() {
    }

    /**
     * Scans the log in {@code dir}.
     *
     * @throws WalFormatException a segment that is not ours, or of another version, naming the file
     * @throws WalException       the directory or a file cannot be read, naming it
     */
    public static RecoveryReport scan(Path dir, RecordVisitor visitor) {
        List<Path> segments = SegmentFiles.list(dir);
        if (segments.isEmpty()) {
            return new RecoveryReport(0, 0, 0, 1, null, 0, StopReason.END_OF_LOG, "no segments");
        }
        Progress progress = new Progress();
        for (int i = 0; i < segments.size(); i++) {
            Path file = segments.get(i);
            RecoveryReport stop = scanSegment(file, i == segments.size() - 1, progress, visitor);
            if (stop != null) {
                return stop;
            }
        }
        throw new AssertionError("the newest segment always ends the scan");
    }

    /** What the scan has accepted so far, across segments. */
    private static final class Progress {
        long records;
        long first;
        long last;
        long expected = -1; // the next sequence; -1 until the first segment's header says where the log starts

        RecoveryReport stop(Path file, long offset, StopReason reason, String detail) {
            return new RecoveryReport(records, first, last, expected, file, offset, reason, detail);
        }
    }

    /** Scans one segment: a report if the log stops in it, null to go on with the next one. */
    private static RecoveryReport scanSegment(Path file, boolean newest, Progress progress, RecordVisitor visitor) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             Arena arena = Arena.ofConfined()) {
            long size = channel.size();
            if (size < SegmentHeader.BYTES) {
                if (progress.expected < 0) {
                    progress.expected = 1;
                }
                return progress.stop(file, 0, StopReason.TRUNCATED_SEGMENT_HEADER,
                        "the file has " + size + " bytes, its header needs " + SegmentHeader.BYTES);
            }
            long mapped = Math.min(size, SegmentHeader.MAX_CAPACITY);
            // A mapping per scan, unmapped when the arena closes: a recovery that maps thousands of segments
            // (or a test that scans one file 50,000 times) never waits for the GC to unmap anything.
            ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, mapped, arena).asByteBuffer();
            SegmentHeader header = SegmentHeader.read(buffer, file);
            if (progress.expected < 0) {
                progress.expected = header.baseSequence(); // older segments were pruned behind a snapshot
            }
            if (header.baseSequence() != progress.expected) {
                return progress.stop(file, 0, StopReason.SEQUENCE_GAP, "segment starts at sequence "
                        + header.baseSequence() + ", expected " + progress.expected);
            }
            int limit = (int) Math.min(size, header.capacity());
            return scanRecords(file, new RecordCodec(buffer), (int) header.capacity(), limit, newest, progress, visitor);
        } catch (IOException e) {
            throw new WalException(file, "cannot read the segment", e);
        }
    }

    /**
     * The records of one segment, from its first record to the stop. {@code capacity} is where the segment
     * ends by its header, {@code limit} where the file really ends (less, if it was truncated).
     */
    private static RecoveryReport scanRecords(Path file, RecordCodec codec, int capacity, int limit, boolean newest,
                                              Progress progress, RecordVisitor visitor) {
        // TODO(kata) Walk from offset SegmentHeader.BYTES: a segment with no room for another header is done (null, or END_OF_LOG if newest); a header past the file's end is TRUNCATED_HEADER; a zero length ends the segment (END_OF_LOG if newest and the header is all zero, UNCOMMITTED_RECORD if not); then check, in order, TORN_LENGTH, TRUNCATED_PAYLOAD, CRC_MISMATCH, SEQUENCE_GAP; visit a good record and advance by its frame size. Read lesson 4, "Recovery: stop at the first bad record".
        throw new UnsupportedOperationException("TODO(kata) Walk from offset SegmentHeader.BYTES: a segment with no room for another header is done (null, or END_OF_LOG if newest); a header past the file's end is TRUNCATED_HEADER; a zero length ends the segment (END_OF_LOG if newest and the header is all zero, UNCOMMITTED_RECORD if not); then check, in order, TORN_LENGTH, TRUNCATED_PAYLOAD, CRC_MISMATCH, SEQUENCE_GAP; visit a good record and advance by its frame size. Read lesson 4, \"Recovery: stop at the first bad record\".");
    }
}
