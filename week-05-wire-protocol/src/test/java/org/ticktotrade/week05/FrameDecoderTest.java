package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Read-exact framing: whatever the reads' sizes, the same frames come out, whole and in order. */
class FrameDecoderTest {

    private static final int MAX = 48;

    private static final class Collect implements FrameHandler {
        final List<byte[]> frames = new ArrayList<>();

        @Override
        public boolean onFrame(ByteBuffer buffer, int at, int length) {
            byte[] f = new byte[length];
            buffer.get(at, f);
            frames.add(f);
            return true;
        }
    }

    /** Feeds {@code stream} in reads of the given sizes; returns the frames, or fails on a framing error. */
    private static List<byte[]> feed(FrameDecoder decoder, byte[] stream, int[] reads) {
        Collect out = new Collect();
        int at = 0;
        for (int n : reads) {
            int chunk = Math.min(n, stream.length - at);
            decoder.buffer().put(stream, at, chunk);
            at += chunk;
            assertEquals(true, decoder.drain(out) >= 0, "framing error on a well-formed stream");
        }
        return out.frames;
    }

    private static List<byte[]> someFrames(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(r.nextBoolean() ? Frames.newOrder(r.nextLong(), r.nextLong(), 0, 0, 1 + r.nextInt(1000), 1)
                    : Frames.cancel(r.nextLong()));
        }
        return frames;
    }

    private static byte[] concat(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void severalFramesInOneRead() {
        List<byte[]> frames = someFrames(1, 20);
        byte[] stream = concat(frames);
        FrameDecoder decoder = new FrameDecoder(4096, MAX);
        List<byte[]> got = feed(decoder, stream, new int[] {stream.length});
        assertEquals(frames.size(), got.size());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i), got.get(i));
        }
        assertEquals(0, decoder.pendingBytes());
    }

    // tag::byte-by-byte[]
    @Test
    void aFrameSplitByteByByteComesOutOnceWhole() {
        byte[] frame = Frames.newOrder(42, 1, 1, 1, 100, 5);
        FrameDecoder decoder = new FrameDecoder(64, MAX);
        int[] ones = new int[frame.length];
        java.util.Arrays.fill(ones, 1);
        List<byte[]> got = feed(decoder, frame, ones);
        assertEquals(1, got.size());
        assertArrayEquals(frame, got.getFirst());
    }
    // end::byte-by-byte[]

    // tag::cut-frame[]
    @Test
    void aCutFrameStaysPending() {
        byte[] frame = Frames.newOrder(42, 1, 1, 1, 100, 5);
        FrameDecoder decoder = new FrameDecoder(64, MAX);
        List<byte[]> got = feed(decoder, frame, new int[] {25});
        assertEquals(0, got.size());
        assertEquals(25, decoder.pendingBytes(), "the 25 bytes of the cut frame wait for the rest");
    }
    // end::cut-frame[]

    @Test
    void anOversizedOrUndersizedLengthIsAFramingError() {
        for (int length : new int[] {0, 1, 3, MAX + 1, 0xFFFF}) {
            FrameDecoder decoder = new FrameDecoder(4096, MAX);
            byte[] bad = new byte[8];
            bad[0] = (byte) length;
            bad[1] = (byte) (length >>> 8);
            decoder.buffer().put(Frames.cancel(1)).put(bad);
            Collect out = new Collect();
            assertEquals(FrameDecoder.FRAMING_ERROR, decoder.drain(out), "length " + length);
            assertEquals(1, out.frames.size(), "the whole frame before the bad prefix still goes through");
            assertEquals(length, decoder.badLength());
        }
    }

    // tag::length-alone[]
    @Test
    void aLengthPrefixAloneIsEnoughToRefuse() {
        FrameDecoder decoder = new FrameDecoder(4096, MAX);
        decoder.buffer().put((byte) 0xFF).put((byte) 0x7F); // 32767: no need to wait for 32,765 more bytes
        assertEquals(FrameDecoder.FRAMING_ERROR, decoder.drain(new Collect()));
    }
    // end::length-alone[]

    @Test
    void aRefusingHandlerGetsTheSameFrameAgain() {
        FrameDecoder decoder = new FrameDecoder(4096, MAX);
        decoder.buffer().put(Frames.cancel(1)).put(Frames.cancel(2));
        Collect out = new Collect();
        int[] calls = {0};
        assertEquals(1, decoder.drain((b, at, len) -> calls[0]++ == 0 && out.onFrame(b, at, len)));
        assertEquals(16, decoder.pendingBytes());
        assertEquals(1, decoder.drain(out));
        assertEquals(2, out.frames.size());
        assertEquals(2, Frames.i64(out.frames.get(1), 8));
    }

    @Property(tries = 300)
    void anySplitOfTheStreamGivesTheSameFrames(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int frames) {
        List<byte[]> sent = someFrames(seed, frames);
        byte[] stream = concat(sent);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Integer> reads = new ArrayList<>();
        for (int left = stream.length; left > 0; ) {
            int n = 1 + r.nextInt(Math.min(left, 100));
            reads.add(n);
            left -= n;
        }
        FrameDecoder decoder = new FrameDecoder(4096, MAX);
        List<byte[]> got = feed(decoder, stream, reads.stream().mapToInt(Integer::intValue).toArray());
        assertEquals(sent.size(), got.size());
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i), got.get(i), "frame " + i);
        }
        assertEquals(0, decoder.pendingBytes());
    }

    @Test
    void aSmallBufferIsReusedByCompacting() {
        List<byte[]> sent = someFrames(7, 500);
        byte[] stream = concat(sent);
        FrameDecoder decoder = new FrameDecoder(MAX, MAX); // room for one frame: without compact() it fills up
        Collect out = new Collect();
        int at = 0;
        while (at < stream.length) {
            int n = Math.min(decoder.buffer().remaining(), stream.length - at);
            decoder.buffer().put(stream, at, n);
            at += n;
            assertEquals(true, decoder.drain(out) >= 0);
        }
        assertEquals(sent.size(), out.frames.size());
    }
}
