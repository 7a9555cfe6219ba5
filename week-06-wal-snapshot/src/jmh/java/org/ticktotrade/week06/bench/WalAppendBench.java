package org.ticktotrade.week06.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week06.CommandCodec;
import org.ticktotrade.week06.ForcePolicy;
import org.ticktotrade.week06.WalWriter;

/**
 * Appends of 40-byte commands, one operation per record, with a force every {@link #BATCH} records (group commit) in both
 * arms: the mapped WAL (stores into the page cache, one msync per batch) against the naive log that most code
 * starts with, a {@code RandomAccessFile.write} system call per record and an fsync per batch. The same
 * durability per batch, so the ratio is the price of a system call (and a copy) per record.
 * Each iteration starts a fresh log in a temp directory and deletes it after, so the disk does not fill.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class WalAppendBench {

    static final int BATCH = 4096;
    static final int SEGMENT = 64 << 20;

    private final ByteBuffer payload = ByteBuffer.allocateDirect(CommandCodec.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    private final byte[] record = new byte[56]; // the naive log's record: the same 16-byte header + payload
    private Path dir;
    private WalWriter wal;
    private RandomAccessFile naive;
    private long orderId;
    private int unforced;

    @Setup(Level.Iteration)
    public void open() throws IOException {
        dir = Files.createTempDirectory("wal-bench");
        wal = WalWriter.open(dir.resolve("wal"), new ForcePolicy.EveryRecords(BATCH), SEGMENT);
        naive = new RandomAccessFile(dir.resolve("naive.log").toFile(), "rw");
        unforced = 0;
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        wal.close();
        naive.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long walAppend() {
        CommandCodec.encodeOrder(payload, 0, CommandCodec.NEW, ++orderId, 7, Side.BUY, 1_000, 10);
        return wal.append(payload);
    }

    @Benchmark
    public long naiveRandomAccessFile() {
        long id = ++orderId;
        record[8] = (byte) id; // a sequence byte and an order id byte change per record, as in the WAL
        record[24] = (byte) (id >>> 8);
        try {
            naive.write(record);
            if (++unforced == BATCH) {
                naive.getChannel().force(false);
                unforced = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }
}
