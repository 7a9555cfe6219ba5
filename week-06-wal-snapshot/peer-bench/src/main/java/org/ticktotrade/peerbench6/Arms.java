package org.ticktotrade.peerbench6;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.SyncMode;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week06.CommandCodec;
import org.ticktotrade.week06.ForcePolicy;
import org.ticktotrade.week06.RecordCodec;
import org.ticktotrade.week06.RecoveryReport;
import org.ticktotrade.week06.RecoveryScanner;
import org.ticktotrade.week06.WalWriter;

/**
 * The arms. Every append arm writes the same stream of 40-byte commands (week 06's {@link CommandCodec}, a
 * NEW order whose order id is the record's number, 1..records) from one direct buffer, on one thread, and
 * stops the clock after its last record (and its last force, for the arms that force). Every read-back arm
 * opens what an append arm left, in a fresh JVM, as a restart after a crash would, and returns the sum of
 * the order ids it read, which the caller checks against 1 + 2 + ... + records: a reader that skipped or
 * repeated a record cannot pass.
 */
final class Arms {

    /** Records per force in every arm that forces: the group commit of lesson 3. */
    static final int BATCH = 4096;
    /** One segment holds a million 56-byte frames: no roll inside the measured stretch. */
    static final int SEGMENT = 64 << 20;

    private Arms() {}

    /** Encodes record {@code i}: the payload every arm writes, so every arm copies the same 40 bytes. */
    static void encode(ByteBuffer payload, long i) {
        CommandCodec.encodeOrder(payload, 0, CommandCodec.NEW, i, 7, Side.BUY, 1_000 + (i & 63), 10);
    }

    static ByteBuffer payloadBuffer() {
        return ByteBuffer.allocateDirect(CommandCodec.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    }

    // tag::wal[]
    /** The course's WalWriter: one mapped segment, the policy's forces (msync of the new range) inside the clock. */
    static Window wal(Path dir, ForcePolicy policy, int records) {
        ByteBuffer payload = payloadBuffer();
        Window window = new Window();
        try (WalWriter wal = WalWriter.open(dir, policy, SEGMENT)) {
            window.start();
            for (long i = 1; i <= records; i++) {
                encode(payload, i);
                wal.append(payload);
            }
            if (!(policy instanceof ForcePolicy.Never)) {
                wal.force(); // the last, partial batch: every record is durable when the clock stops
            }
            window.stop();
        } // close() forces under every policy: outside the clock, so the Never row has no force in it at all
        return window;
    }
    // end::wal[]

    // tag::chronicle[]
    /**
     * Chronicle Queue: {@code appender.writeBytes(BytesStore)}, the documented raw-bytes append (one excerpt,
     * the 40 bytes copied in, no Wire encoding). With {@code sync}, the queue is built with SyncMode.SYNC and
     * {@code appender.sync()} (msync of the mapped chunk up to the write position) is called every
     * {@link #BATCH} excerpts and after the last; without it, as Chronicle ships, nothing is ever synced.
     */
    static Window chronicle(Path dir, int records, boolean sync) {
        ByteBuffer payload = payloadBuffer();
        Bytes<ByteBuffer> view = Bytes.wrapForRead(payload); // a view of the same 40 bytes, read 0..40
        SingleChronicleQueueBuilder builder = SingleChronicleQueueBuilder.single(dir.toFile());
        if (sync) {
            builder.syncMode(SyncMode.SYNC);
        }
        Window window = new Window();
        try (ChronicleQueue queue = builder.build(); ExcerptAppender appender = queue.createAppender()) {
            window.start();
            for (long i = 1; i <= records; i++) {
                encode(payload, i);
                appender.writeBytes(view);
                if (sync && i % BATCH == 0) {
                    appender.sync();
                }
            }
            if (sync) {
                appender.sync();
            }
            window.stop();
        }
        view.releaseLast();
        return window;
    }
    // end::chronicle[]

    // tag::file-channel[]
    /**
     * The plain log: the same 56-byte frames as the WAL (RecordCodec: length, CRC32C, sequence, payload) built
     * in a direct buffer of {@link #BATCH} records, one FileChannel.write per batch, then force(false)
     * (fdatasync): the same durability per batch as the WAL's batched force, through write(2) instead of a mapping.
     */
    static Window fileChannel(Path file, int records) {
        ByteBuffer payload = payloadBuffer();
        int frame = RecordCodec.frameSize(CommandCodec.SIZE);
        ByteBuffer batch = ByteBuffer.allocateDirect(BATCH * frame);
        RecordCodec codec = new RecordCodec(batch);
        Window window = new Window();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            window.start();
            int at = 0;
            for (long i = 1; i <= records; i++) {
                encode(payload, i);
                at += codec.write(at, i, payload);
                if (at == batch.capacity()) {
                    writeAndForce(channel, batch, at);
                    at = 0;
                }
            }
            if (at > 0) {
                writeAndForce(channel, batch, at);
            }
            window.stop();
            if (channel.size() != (long) records * frame) {
                throw new IllegalStateException("the log holds " + channel.size() + " bytes, expected " + (long) records * frame);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return window;
    }

    private static void writeAndForce(FileChannel channel, ByteBuffer batch, int bytes) throws IOException {
        batch.limit(bytes).position(0);
        while (batch.hasRemaining()) {
            channel.write(batch);
        }
        channel.force(false);
        batch.clear();
    }
    // end::file-channel[]

    /** What a read-back found: records, the sum of their order ids, and the clock. */
    record ReadBack(long records, long orderIdSum, Window window, String detail) {}

    // tag::recovery[]
    /** The course's recovery scan: every segment mapped, every record's length, CRC32C and sequence checked. */
    static ReadBack walRecovery(Path dir) {
        long[] sum = {0};
        Window window = new Window();
        window.start();
        RecoveryReport report = RecoveryScanner.scan(dir,
                (sequence, segment, payloadOffset, length) -> sum[0] += CommandCodec.orderId(segment, payloadOffset));
        window.stop();
        if (!report.clean()) {
            throw new IllegalStateException("the log did not end cleanly: " + report);
        }
        return new ReadBack(report.records(), sum[0], window, report.reason().toString());
    }
    // end::recovery[]

    // tag::tailer[]
    /**
     * Chronicle's tailer from the start: readingDocument() per excerpt, the order id read in place from the
     * mapped bytes (no copy, as the WAL's visitor reads it). Chronicle's format has no checksum: nothing to verify.
     */
    static ReadBack chronicleTail(Path dir) {
        long records = 0;
        long sum = 0;
        Window window = new Window();
        try (ChronicleQueue queue = SingleChronicleQueueBuilder.single(dir.toFile()).build();
             ExcerptTailer tailer = queue.createTailer()) {
            window.start();
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        break;
                    }
                    Bytes<?> bytes = dc.wire().bytes();
                    // Chronicle's bytes are native order: little-endian here, as CommandCodec writes.
                    sum += bytes.readLong(bytes.readPosition() + CommandCodec.ORDER_ID_OFFSET);
                    records++;
                }
            }
            window.stop();
        }
        return new ReadBack(records, sum, window, "no checksum in the format");
    }
    // end::tailer[]
}
