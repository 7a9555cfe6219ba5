package org.ticktotrade.week05.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ticktotrade.week05.NewOrderCodec;
import org.ticktotrade.week05.Wire;

/**
 * One NewOrder encoded and decoded again per operation (every field written, every field read back and summed),
 * from a table of 1,024 varied orders so nothing folds to a constant: the flyweight over a direct buffer against
 * the codec most Java code starts with, a DataOutputStream over a ByteArrayOutputStream and a DataInputStream over
 * the bytes it made. Both produce the same 40 little-endian bytes (the naive one reverses each field, since
 * DataOutputStream writes big-endian), so the ratio is the price of streams, copies and objects per message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class CodecBench {

    private static final int ORDERS = 1024;

    private final long[] ids = new long[ORDERS];
    private final long[] traders = new long[ORDERS];
    private final long[] prices = new long[ORDERS];
    private final long[] quantities = new long[ORDERS];
    private final int[] sides = new int[ORDERS];
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64).order(ByteOrder.LITTLE_ENDIAN);
    private final NewOrderCodec codec = new NewOrderCodec();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private int i;

    @Setup
    public void orders() {
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < ORDERS; k++) {
            ids[k] = r.nextLong();
            traders[k] = r.nextInt(1, 1000);
            prices[k] = r.nextLong(1, 1_000_000);
            quantities[k] = r.nextLong(1, 10_000);
            sides[k] = r.nextInt(2);
        }
    }

    // tag::flyweight[]
    @Benchmark
    public long flyweight() {
        final int k = i++ & (ORDERS - 1);
        final NewOrderCodec order = codec.wrap(buffer, 0)
                .encode(ids[k], traders[k], sides[k], Wire.TIF_DAY, prices[k], quantities[k]);
        return order.orderId() + order.traderId() + order.price() + order.quantity() + order.side()
                + order.timeInForce();
    }
    // end::flyweight[]

    // tag::naive[]
    @Benchmark
    public long naiveDataStreams() throws IOException {
        final int k = i++ & (ORDERS - 1);
        bytes.reset();
        out.writeShort(Short.reverseBytes((short) Wire.NEW_ORDER_LENGTH));
        out.writeByte(Wire.TYPE_NEW_ORDER);
        out.writeByte(Wire.VERSION);
        out.writeByte(sides[k]);
        out.writeByte(Wire.TIF_DAY);
        out.writeShort(0);
        out.writeLong(Long.reverseBytes(ids[k]));
        out.writeLong(Long.reverseBytes(traders[k]));
        out.writeLong(Long.reverseBytes(prices[k]));
        out.writeLong(Long.reverseBytes(quantities[k]));
        final DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        in.skipBytes(Wire.NEW_ORDER_SIDE_OFFSET);
        final int side = in.readUnsignedByte();
        final int tif = in.readUnsignedByte();
        in.skipBytes(2);
        return Long.reverseBytes(in.readLong()) + Long.reverseBytes(in.readLong()) + Long.reverseBytes(in.readLong())
                + Long.reverseBytes(in.readLong()) + side + tif;
    }
    // end::naive[]
}
