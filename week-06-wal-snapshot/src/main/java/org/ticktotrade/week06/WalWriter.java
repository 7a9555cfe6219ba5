package org.ticktotrade.week06;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The single writer of a log: appends records to memory-mapped segment files, rolls to a new segment when one
 * is full, and forces (msyncs) as its {@link ForcePolicy} says. Every command is appended here before the
 * engine applies it; a fill may leave the exchange only once {@link #isDurable(long)} says its record is.
 *
 * <p>One thread owns a writer (the single-writer principle of week 03): no field is shared, nothing is locked.
 * The only cross-thread promise is the record's length, stored with release semantics, for a tailer that maps
 * the same file. {@link #append} allocates nothing; a roll does (a file, a mapping), once per segment.
 */
public final class WalWriter implements AutoCloseable {

    private final Path dir;
    private final int segmentCapacity;
    // The policy, reduced once to two numbers so that append() does arithmetic, not a type switch.
    private final int forceEveryRecords;   // 0: never by count
    private final long forceIntervalNanos; // 0: never by time
    private final List<Path> quarantined = new ArrayList<>();
    private final RecoveryReport recovery;

    private FileChannel channel;
    private Arena arena;
    private MappedByteBuffer segment;
    private RecordCodec codec;
    private int capacity;      // of the current segment (an old segment keeps the capacity it was made with)
    private int position;      // where the next record goes
    private int forcedPosition; // everything before it in the current segment is durable

    private long nextSequence;
    private long writtenSequence;  // the last appended record: in the page cache, survives a process crash
    private long durableSequence;  // the last forced record: survives a power loss
    private int unforcedRecords;
    private long lastForceNanos;
    private boolean closed;

    private WalWriter(Path dir, ForcePolicy policy, int segmentCapacity, RecoveryReport recovery) {
        this.dir = dir;
        this.segmentCapacity = segmentCapacity;
        this.recovery = recovery;
        switch (policy) {
            case ForcePolicy.EveryRecord() -> {
                forceEveryRecords = 1;
                forceIntervalNanos = 0;
            }
            case ForcePolicy.EveryRecords(int records) -> {
                forceEveryRecords = records;
                forceIntervalNanos = 0;
            }
            case ForcePolicy.EveryInterval(long micros) -> {
                forceEveryRecords = 0;
                forceIntervalNanos = micros * 1_000;
            }
            case ForcePolicy.Never() -> {
                forceEveryRecords = 0;
                forceIntervalNanos = 0;
            }
        }
    }

    /**
     * Opens the log in {@code dir} for appending, creating the directory and the first segment if needed. An
     * existing log is recovered first ({@link RecoveryScanner}): appends continue after its last good record,
     * the torn tail after it is zeroed, and any segment after the stop is renamed aside with
     * {@link SegmentFiles#TORN_SUFFIX}, never deleted.
     *
     * @param segmentCapacity bytes per new segment file, header included
     * @throws WalException       the directory cannot be created, is not a directory, or is not writable
     * @throws WalFormatException an existing segment is not ours or of another version
     */
    public static WalWriter open(Path dir, ForcePolicy policy, int segmentCapacity) {
        if (segmentCapacity < SegmentHeader.MIN_CAPACITY || segmentCapacity > SegmentHeader.MAX_CAPACITY
                || segmentCapacity % RecordCodec.ALIGNMENT != 0) {
            throw new IllegalArgumentException("segmentCapacity must be a multiple of 8 in [" + SegmentHeader.MIN_CAPACITY
                    + ", " + SegmentHeader.MAX_CAPACITY + "], was " + segmentCapacity);
        }
        // TODO(kata) Create the directory if missing and fail with a WalException naming it if it is not a directory or not writable; scan it with RecoveryScanner; then continue the log where the scan stopped (resume), or start the first segment at the scan's next sequence. Read lesson 3, "Mapped segments, force policies and group commit".
        throw new UnsupportedOperationException("TODO(kata) Create the directory if missing and fail with a WalException naming it if it is not a directory or not writable; scan it with RecoveryScanner; then continue the log where the scan stopped (resume), or start the first segment at the scan's next sequence. Read lesson 3, \"Mapped segments, force policies and group commit\".");
    }

    private static void checkDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WalException(dir, "cannot create the WAL directory", e);
        }
        if (!Files.isDirectory(dir)) {
            throw new WalException(dir, "the WAL path is not a directory");
        }
        if (!Files.isWritable(dir)) {
            throw new WalException(dir, "the WAL directory is not writable");
        }
    }

    /** Continues the log where recovery stopped: in the stop segment, or in a new one. */
    private void resume(RecoveryReport report) {
        List<Path> segments = SegmentFiles.list(dir);
        Path stop = report.stopSegment();
        boolean reuse = stop != null && report.reason() != StopReason.TRUNCATED_SEGMENT_HEADER && report.stopOffset() > 0;
        for (Path file : segments) {
            // Segments after the stop hold nothing recovery accepted: set them aside (a person may want them),
            // and a segment the scan could not even start (torn header, wrong base) goes with them.
            if (stop != null && (file.compareTo(stop) > 0 || (file.equals(stop) && !reuse))) {
                quarantine(file);
            }
        }
        if (!reuse) {
            createSegment(nextSequence);
            return;
        }
        mapExisting(stop, (int) report.stopOffset());
    }

    private void quarantine(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + SegmentFiles.TORN_SUFFIX);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WalException(file, "cannot set the torn segment aside", e);
        }
        SegmentFiles.forceDirectory(dir);
        quarantined.add(aside);
    }

    /** Maps an existing segment and zeroes its torn tail from {@code from} (the first byte after the good records). */
    private void mapExisting(Path file, int from) {
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            arena = Arena.ofShared();
            ByteBuffer probe = channel.map(FileChannel.MapMode.READ_ONLY, 0, SegmentHeader.BYTES, arena).asByteBuffer();
            SegmentHeader header = SegmentHeader.read(probe, file);
            capacity = (int) header.capacity();
            // Mapping the full capacity extends a truncated file back to its size, with zeros.
            segment = (MappedByteBuffer) channel.map(FileChannel.MapMode.READ_WRITE, 0, capacity, arena).asByteBuffer();
        } catch (IOException e) {
            throw new WalException(file, "cannot map the segment for appending", e);
        }
        codec = new RecordCodec(segment);
        // Zero from the stop offset only: every byte before it belongs to a record recovery accepted. Only
        // non-zero words are written, so the untouched (sparse) rest of the file stays unallocated.
        int dirtyEnd = from;
        for (int i = from; i + 8 <= capacity; i += 8) {
            if (segment.getLong(i) != 0) {
                segment.putLong(i, 0L);
                dirtyEnd = i + 8;
            }
        }
        if (dirtyEnd > from) {
            segment.force(from, dirtyEnd - from); // the zeros reach the disk before new records land on them
        }
        segment.force(0, from); // what recovery accepted becomes durable before anything new is acknowledged
        position = from;
        forcedPosition = from;
        lastForceNanos = System.nanoTime();
    }

    /** A new segment whose first record will be {@code baseSequence}: header written and forced, directory forced. */
    private void createSegment(long baseSequence) {
        Path file = SegmentFiles.segmentPath(dir, baseSequence);
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            arena = Arena.ofShared();
            // Mapping past the end of the file extends it: a sparse file of zeros, so "length 0" is the end.
            segment = (MappedByteBuffer) channel.map(FileChannel.MapMode.READ_WRITE, 0, segmentCapacity, arena)
                    .asByteBuffer();
        } catch (IOException e) {
            throw new WalException(file, "cannot create the segment", e);
        }
        capacity = segmentCapacity;
        SegmentHeader.write(segment, baseSequence, capacity);
        // The header first, then the name: a file that is on disk under its name always has its header.
        segment.force(0, SegmentHeader.BYTES);
        SegmentFiles.forceDirectory(dir);
        codec = new RecordCodec(segment);
        position = SegmentHeader.BYTES;
        forcedPosition = position;
        lastForceNanos = System.nanoTime();
    }

    /**
     * Appends one record holding {@code payload}'s bytes from its position to its limit (the buffer itself is
     * not changed). The record is in the page cache when this returns; whether it is durable is the policy's
     * business and {@link #durableSequence()}'s answer.
     *
     * @return the record's sequence
     * @throws IllegalArgumentException an empty payload, or one that cannot fit in a segment
     */
    public long append(ByteBuffer payload) {
        int length = payload.remaining();
        // TODO(kata) Reject an empty payload or one larger than a segment can hold; roll when the frame does not fit in what is left of the segment; write the record at position with the next sequence; advance; then force when the policy says (every N records, or the interval has passed). Return the sequence. Read lesson 3, "Mapped segments, force policies and group commit".
        throw new UnsupportedOperationException("TODO(kata) Reject an empty payload or one larger than a segment can hold; roll when the frame does not fit in what is left of the segment; write the record at position with the next sequence; advance; then force when the policy says (every N records, or the interval has passed). Return the sequence. Read lesson 3, \"Mapped segments, force policies and group commit\".");
    }

    /**
     * Forces if the interval policy is due: the writer thread calls it when it has nothing to append, so that
     * an idle log still becomes durable within the interval. A no-op under the other policies.
     */
    public void forceIfDue() {
        if (forceIntervalNanos > 0 && writtenSequence > durableSequence
                && System.nanoTime() - lastForceNanos >= forceIntervalNanos) {
            force();
        }
    }

    /** Makes every appended record durable now, whatever the policy. */
    public void force() {
        // TODO(kata) Force the bytes of the current segment between forcedPosition and position (MappedByteBuffer.force(index, length) is msync of that range), then move forcedPosition, durableSequence (to writtenSequence), the record count and the time of the last force. Read lesson 3, "Mapped segments, force policies and group commit".
        throw new UnsupportedOperationException("TODO(kata) Force the bytes of the current segment between forcedPosition and position (MappedByteBuffer.force(index, length) is msync of that range), then move forcedPosition, durableSequence (to writtenSequence), the record count and the time of the last force. Read lesson 3, \"Mapped segments, force policies and group commit\".");
    }

    /**
     * Closes the current segment and starts the next one. The old segment is forced first under every policy:
     * durability then never needs to look back across a segment boundary, and a roll is rare enough to pay it.
     */
    private void roll() {
        // TODO(kata) Force what the current segment holds, unmap it and close its channel, then create the segment whose base is nextSequence (createSegment writes and forces the header, then fsyncs the directory). Read lesson 3, "Mapped segments, force policies and group commit".
        throw new UnsupportedOperationException("TODO(kata) Force what the current segment holds, unmap it and close its channel, then create the segment whose base is nextSequence (createSegment writes and forces the header, then fsyncs the directory). Read lesson 3, \"Mapped segments, force policies and group commit\".");
    }

    private void closeSegment() {
        arena.close(); // unmaps now, not when the GC gets round to it
        try {
            channel.close();
        } catch (IOException e) {
            throw new WalException(dir, "cannot close a segment", e);
        }
    }

    /**
     * Deletes the segments whose every record is at most {@code snapshotSequence}: a snapshot that includes
     * them has been written (and read back), so replay will never need them. The current segment is never
     * deleted. A segment is covered when the next one starts at or before {@code snapshotSequence + 1}.
     *
     * @return how many segment files were deleted
     */
    public int pruneSegmentsCoveredBy(long snapshotSequence) {
        List<Path> segments = SegmentFiles.list(dir);
        int deleted = 0;
        for (int i = 0; i + 1 < segments.size(); i++) {
            long nextBase = baseOf(segments.get(i + 1));
            if (nextBase > snapshotSequence + 1) {
                break;
            }
            try {
                Files.delete(segments.get(i));
            } catch (IOException e) {
                throw new WalException(segments.get(i), "cannot delete a segment covered by a snapshot", e);
            }
            deleted++;
        }
        if (deleted > 0) {
            SegmentFiles.forceDirectory(dir);
        }
        return deleted;
    }

    private static long baseOf(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SegmentFiles.SUFFIX.length()));
    }

    /** The last appended sequence: in the page cache, so it survives a process crash (0: none yet). */
    public long writtenSequence() {
        return writtenSequence;
    }

    /** The last sequence that is durable under the policy: it survives a power loss too (0: none yet). */
    public long durableSequence() {
        return durableSequence;
    }

    /** Whether the record {@code sequence} may be acknowledged: a fill leaves the exchange only when true. */
    public boolean isDurable(long sequence) {
        return sequence <= durableSequence;
    }

    /** The sequence the next append will get. */
    public long nextSequence() {
        return nextSequence;
    }

    /** What recovery found when this writer opened the log. */
    public RecoveryReport recovery() {
        return recovery;
    }

    /** Segments recovery set aside (renamed with {@link SegmentFiles#TORN_SUFFIX}) when this writer opened. */
    public List<Path> quarantined() {
        return List.copyOf(quarantined);
    }

    public Path directory() {
        return dir;
    }

    /** Forces everything appended, then unmaps and closes the segment. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        force();
        closed = true;
        closeSegment();
    }
}
