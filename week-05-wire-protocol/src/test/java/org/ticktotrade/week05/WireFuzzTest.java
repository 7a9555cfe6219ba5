package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week03.LadderOrderBook;

/**
 * A million frames over loopback, most of them wrong: valid orders from week 02's flow interleaved with mutated
 * copies (a byte overwritten, a field set out of range, a wrong type, version or length) and frames of pure noise;
 * then a few hundred hostile connections that send noise and hang up, announce an impossible length, or stop in
 * the middle of a frame. An oracle written from the wire table (not from the gateway's code) says what each frame
 * must come to, and a second book is fed only the frames it accepts.
 *
 * <p>Verdicts: no pipeline thread dies; every frame is accounted for (received = accepted + rejected, each
 * count equal to the oracle's; every closed connection closed for the oracle's reason); and the engine's book
 * ends equal, level by level and id by id, to the book that never saw a bad frame. The counts are printed.
 */
class WireFuzzTest {

    private static final int FRAMES = 1_000_000;
    private static final int HOSTILE_CONNECTIONS = 240;
    private static final int MAX_FRAME = Wire.LARGEST_MESSAGE;
    // Room for every order the fuzzing strands (an add whose cancel was mutated rests for good), so BOOK_FULL
    // does not end up deciding most adds.
    private static final int BOOK_CAPACITY = 1 << 19;

    /** What the oracle expects of everything sent, and the book it builds from the accepted frames. */
    private static final class Oracle {
        final LadderOrderBook book = new LadderOrderBook(BOOK_CAPACITY, 1, 1 << 16, org.ticktotrade.week02.BookEvents.IGNORE);
        final Map<RejectCode, Long> rejects = new EnumMap<>(RejectCode.class);
        long frames;
        long accepted;
        long rejected;
        long framingErrors;
        long cutFrames;
        long time;

        /** Cuts one connection's bytes into frames as the wire table says, and settles each; then the hang-up. */
        void connection(byte[] stream) {
            int at = 0;
            while (stream.length - at >= 2) {
                int length = Frames.u16(stream, at);
                if (length < Wire.HEADER_LENGTH || length > MAX_FRAME) {
                    framingErrors++;
                    return; // closed: nothing after an impossible length is read
                }
                if (stream.length - at < length) {
                    break;
                }
                frame(java.util.Arrays.copyOfRange(stream, at, at + length));
                at += length;
            }
            if (at < stream.length) {
                cutFrames++;
            }
        }

        void frame(byte[] f) {
            frames++;
            RejectCode verdict = Frames.verdict(f);
            if (verdict == null) {
                accepted++;
                Frames.apply(f, book, ++time);
            } else {
                rejected++;
                rejects.merge(verdict, 1L, Long::sum);
            }
        }
    }

    @Test
    void aMillionRandomAndMutatedFramesNeverReachTheBookOrStopTheEngine() throws Exception {
        SplittableRandom random = new SplittableRandom(20261207);
        OrderFlow flow = OrderFlow.generate(FlowParameters.standard(9).withCommands(FRAMES));
        Oracle oracle = new Oracle();
        ByteArrayOutputStream main = new ByteArrayOutputStream(FRAMES * 40);
        int next = 0;
        for (int i = 0; i < FRAMES; i++) {
            byte[] f = frame(random, Frames.of(flow, next++));
            oracle.frame(f);
            main.writeBytes(f);
        }
        byte[] mainStream = main.toByteArray();

        Subscriber subscriber = new Subscriber();
        WirePipeline pipeline = WirePipeline.start(GatewayConfig.loopback(subscriber.md.port()).withRingSize(4096)
                .withBookCapacity(BOOK_CAPACITY));
        long started = System.nanoTime();
        long connections = 0;
        try {
            subscriber.thread.start();
            try (SocketChannel client = Loopback.connect(pipeline.tcpPort())) {
                for (int at = 0; at < mainStream.length; at += 64 * 1024) {
                    Loopback.write(client, java.util.Arrays.copyOfRange(mainStream, at,
                            Math.min(mainStream.length, at + 64 * 1024)));
                }
            }
            connections++;
            awaitClosed(pipeline, connections);
            for (int c = 0; c < HOSTILE_CONNECTIONS; c++) {
                byte[] stream = hostile(random, c % 3, Frames.of(flow, next++ % flow.size()));
                oracle.connection(stream);
                try (SocketChannel client = Loopback.connect(pipeline.tcpPort())) {
                    Loopback.write(client, stream);
                }
                connections++;
                awaitClosed(pipeline, connections); // one at a time, so the engine sees them in the oracle's order
            }
            long sent = connections;
            Loopback.await("the engine to apply everything", 60,
                    () -> pipeline.engine().applied() + pipeline.engine().rejected() == pipeline.gateway().framesReceived()
                            && pipeline.gateway().connectionsClosed() == sent, () -> { });
            assertTrue(pipeline.engineAlive(), "the engine thread is still running");
        } finally {
            pipeline.close();
            subscriber.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        TcpGateway gateway = pipeline.gateway();
        assertNull(pipeline.failure(), "a pipeline thread died");
        assertEquals(oracle.frames, gateway.framesReceived(), "frames received");
        assertEquals(oracle.rejected, gateway.framesRejected(), "frames rejected by the gateway");
        assertEquals(oracle.rejected, pipeline.engine().rejected(), "rejects the engine reported without the book");
        assertEquals(oracle.accepted, pipeline.engine().applied(), "frames applied to the book");
        assertEquals(oracle.framingErrors, gateway.framingErrors(), "connections closed for an impossible length");
        assertEquals(oracle.cutFrames, gateway.cutFrames(), "connections closed in the middle of a frame");
        assertEquals(connections, gateway.connectionsClosed(), "connections closed");
        BookStates.assertSame(oracle.book, pipeline.book(), 1, 1 << 16);
        assertTrue(oracle.framingErrors > 0 && oracle.cutFrames > 0 && oracle.rejects.size() >= 8,
                "the fuzzer reached every kind of bad input: " + oracle.rejects);
        System.out.printf("fuzz: %d frames on %d connections in %.1f s; accepted %d, rejected %d %s; %d closed for an"
                        + " impossible length, %d cut mid-frame; engine crashes 0, book changes from bad frames 0"
                        + " (book equal to the oracle's: %d resting); market data: %d reports in %d packets, %d gaps"
                        + " (%d packets missing), back-pressure waits %d%n",
                oracle.frames, connections, seconds, oracle.accepted, oracle.rejected, oracle.rejects,
                oracle.framingErrors, oracle.cutFrames, oracle.book.orderCount(), subscriber.md.reports(),
                subscriber.md.packets(), subscriber.md.gaps().gaps(), subscriber.md.gaps().missing(),
                gateway.backPressureWaits());
    }

    /** A valid frame, or one of the mutations of it, or noise (each frame's length prefix equals its size). */
    private static byte[] frame(SplittableRandom r, byte[] valid) {
        int dice = r.nextInt(100);
        if (dice < 50) {
            return valid;
        }
        byte[] f = valid.clone();
        if (dice < 62) { // one byte overwritten anywhere after the length prefix
            f[2 + r.nextInt(f.length - 2)] = (byte) r.nextInt(256);
        } else if (dice < 74 && f.length == 40) { // one field out of range
            switch (r.nextInt(5)) {
                case 0 -> putLong(f, 32, -r.nextLong(0, Long.MAX_VALUE)); // quantity zero or negative
                case 1 -> putLong(f, 24, -r.nextLong(0, Long.MAX_VALUE)); // price zero or negative
                case 2 -> f[4] = (byte) r.nextInt(2, 256);
                case 3 -> f[5] = (byte) r.nextInt(2, 256);
                default -> f[6 + r.nextInt(2)] = (byte) r.nextInt(1, 256);
            }
        } else if (dice < 80) {
            int type = r.nextInt(256);
            f[2] = (byte) (type == 1 || type == 2 ? 3 : type);
        } else if (dice < 85) {
            f[3] = (byte) r.nextInt(2, 256);
        } else if (dice < 92) { // a length prefix inside the limits but wrong for the type
            int length = r.nextInt(Wire.HEADER_LENGTH, MAX_FRAME + 1);
            f = java.util.Arrays.copyOf(valid, length);
            f[0] = (byte) length;
            f[1] = 0;
        } else { // noise behind a length prefix that matches its size
            f = new byte[r.nextInt(Wire.HEADER_LENGTH, MAX_FRAME + 1)];
            r.nextBytes(f);
            f[0] = (byte) f.length;
            f[1] = 0;
        }
        return f;
    }

    /** Noise then a hang-up; or an impossible length; or a frame cut short; each after a few good frames. */
    private static byte[] hostile(SplittableRandom r, int kind, byte[] valid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = r.nextInt(3); i > 0; i--) {
            out.writeBytes(frame(r, valid));
        }
        switch (kind) {
            case 0 -> {
                byte[] noise = new byte[r.nextInt(1, 300)];
                r.nextBytes(noise);
                out.writeBytes(noise);
            }
            case 1 -> {
                int length = r.nextBoolean() ? r.nextInt(MAX_FRAME + 1, 0x10000) : r.nextInt(0, Wire.HEADER_LENGTH);
                out.write(length & 0xFF);
                out.write(length >>> 8);
                out.writeBytes(new byte[r.nextInt(0, 100)]);
            }
            default -> out.writeBytes(java.util.Arrays.copyOf(valid, r.nextInt(1, valid.length)));
        }
        return out.toByteArray();
    }

    private static void putLong(byte[] f, int at, long v) {
        java.nio.ByteBuffer.wrap(f).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(at, v);
    }

    private static void awaitClosed(WirePipeline pipeline, long connections) {
        Loopback.await(connections + " connections to close", 30,
                () -> pipeline.gateway().connectionsClosed() == connections, () -> { });
    }

    /** Counts the market data on its own thread, parking when nothing has arrived. */
    private static final class Subscriber {
        final MarketDataSubscriber md = MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0), (a, b) -> { });
        volatile boolean running = true;
        final Thread thread = new Thread(() -> {
            ReportHandler ignore = (s, r) -> { };
            while (running) {
                if (md.poll(ignore) == 0) {
                    LockSupport.parkNanos(20_000);
                }
            }
        }, "subscriber");

        void stop() throws Exception {
            running = false;
            thread.join();
            md.close();
        }
    }
}
