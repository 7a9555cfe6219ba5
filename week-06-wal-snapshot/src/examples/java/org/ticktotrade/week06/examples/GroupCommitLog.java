package org.ticktotrade.week06.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

/**
 * Lesson 3's segment writer, cut down to its bones: frames appended into a memory-mapped segment file,
 * a new segment (named by its first sequence number) when one is full, a force every {@code batch}
 * frames, and acknowledgements released only for what the last force covered.
 */
public final class GroupCommitLog implements AutoCloseable {

    private final Path dir;
    private final int segmentBytes;
    private final int batch;
    private final CRC32C crc = new CRC32C();

    private FileChannel channel;
    private MappedByteBuffer segment;
    private int position;      // where the next frame goes in the current segment
    private int forcedTo;      // everything below this offset of the current segment is durable
    private long nextSequence;
    private long durableSequence = -1;
    private long acknowledged = -1;
    private int forces;
    private int segments;

    public GroupCommitLog(Path dir, int segmentBytes, int batch) throws IOException {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.batch = batch;
        openSegment();
    }

    /** The file name of the segment whose first frame has this sequence number: sorts by name, in order. */
    public static String segmentName(long firstSequence) {
        return String.format("%020d.wal", firstSequence);
    }

    // tag::open-segment[]
    private void openSegment() throws IOException {
        channel = FileChannel.open(dir.resolve(segmentName(nextSequence)),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        // Mapping past the end grows the file to segmentBytes; the new bytes read as zeros.
        segment = channel.map(FileChannel.MapMode.READ_WRITE, 0, segmentBytes);
        segment.order(ByteOrder.LITTLE_ENDIAN);
        position = 0;
        forcedTo = 0;
        segments++;
        DurableFiles.forceDirectory(dir); // the new file's name must survive a crash too
    }
    // end::open-segment[]

    // tag::append[]
    /** Logs one command and returns its sequence number. It is not durable yet: see {@link #commit}. */
    public long append(ByteBuffer payload) throws IOException {
        if (position + FramedRecord.frameSize(payload.remaining()) > segmentBytes) {
            roll();
        }
        long seq = nextSequence++;
        position = FramedRecord.write(segment, position, seq, payload, crc);
        if (seq - durableSequence >= batch) {
            commit(); // every batch frames, one force covers them all
        }
        return seq;
    }
    // end::append[]

    // tag::commit[]
    /** Forces what was appended since the last force, and makes it acknowledgeable. */
    public void commit() {
        if (position > forcedTo) {
            segment.force(forcedTo, position - forcedTo); // msync of the dirty range, and the device flush
            forces++;
            forcedTo = position;
        }
        durableSequence = nextSequence - 1;
    }

    /** Hands every sequence number that is durable and not yet acknowledged to {@code ack}, in order. */
    public void acknowledgeDurable(LongConsumer ack) {
        while (acknowledged < durableSequence) {
            ack.accept(++acknowledged); // the fill for this command may leave now
        }
    }
    // end::commit[]

    private void roll() throws IOException {
        commit(); // a segment is closed only when everything in it is durable
        channel.close();
        openSegment();
    }

    public long durableSequence() {
        return durableSequence;
    }

    public int forces() {
        return forces;
    }

    public int segments() {
        return segments;
    }

    @Override
    public void close() throws IOException {
        commit();
        channel.close();
    }
}
