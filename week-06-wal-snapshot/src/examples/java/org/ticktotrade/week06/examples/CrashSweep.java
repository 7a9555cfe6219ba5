package org.ticktotrade.week06.examples;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/**
 * Lesson 4's harness in miniature: a small log, cut at every byte offset and recovered, then damaged one
 * bit at a time and recovered. It counts the two things that must never happen: a frame that was whole
 * before the cut but is not recovered, and a recovered frame whose bytes are not the ones written.
 */
public final class CrashSweep {

    public record Counts(int trials, int recordsLost, int corruptAccepted) {}

    private final ByteBuffer original;
    private final int[] starts; // starts[i] = offset of frame i, starts[n] = end of the log
    private final ByteBuffer scratch;
    private final CRC32C crc = new CRC32C();
    private final byte[] zeros;

    /** A log of {@code records} frames with payloads of 1 to 48 random bytes, in a buffer of {@code capacity}. */
    public CrashSweep(int records, int capacity, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        original = FramedRecord.newLog(capacity);
        scratch = FramedRecord.newLog(capacity);
        zeros = new byte[capacity];
        starts = new int[records + 1];
        int at = 0;
        for (int i = 0; i < records; i++) {
            byte[] payload = new byte[1 + random.nextInt(48)];
            random.nextBytes(payload);
            starts[i] = at;
            at = FramedRecord.write(original, at, i, ByteBuffer.wrap(payload), crc);
        }
        starts[records] = at;
    }

    public int logLength() {
        return starts[starts.length - 1];
    }

    // tag::truncate-sweep[]
    /** Cuts the log at every offset from 0 to its end and recovers each time. */
    public Counts truncateAtEveryOffset() {
        int lost = 0;
        int corrupt = 0;
        for (int cut = 0; cut <= logLength(); cut++) {
            reset();
            scratch.put(0, original, 0, cut); // what reached the disk; the rest of the file reads as zeros
            RecoveryScan.Result r = RecoveryScan.scan(scratch, 0, crc);
            int whole = wholeFramesBefore(cut);
            lost += Math.max(0, whole - r.records());
            // A frame cut inside trailing zero bytes still checks: its bytes ARE the ones written, so it
            // may be recovered. What must never happen is a recovered frame whose bytes differ.
            corrupt += differing(r.records());
        }
        return new Counts(logLength() + 1, lost, corrupt);
    }
    // end::truncate-sweep[]

    // tag::bit-flips[]
    /** Flips one random bit of the log, {@code flips} times, and recovers each time. */
    public Counts flipBits(int flips, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int lost = 0;
        int corrupt = 0;
        for (int i = 0; i < flips; i++) {
            reset();
            scratch.put(0, original, 0, logLength());
            int bit = random.nextInt(logLength() * 8);
            scratch.put(bit >>> 3, (byte) (scratch.get(bit >>> 3) ^ (1 << (bit & 7))));
            RecoveryScan.Result r = RecoveryScan.scan(scratch, 0, crc);
            corrupt += differing(r.records());
            // Every frame before the damaged one must come back; the damaged one and those after it may not.
            lost += Math.max(0, frameHolding(bit >>> 3) - r.records());
        }
        return new Counts(flips, lost, corrupt);
    }
    // end::bit-flips[]

    private void reset() {
        scratch.put(0, zeros);
    }

    private int wholeFramesBefore(int cut) {
        int n = 0;
        while (n < starts.length - 1 && starts[n] + FramedRecord.length(original, starts[n]) <= cut) {
            n++;
        }
        return n;
    }

    private int frameHolding(int offset) {
        int i = 0;
        while (starts[i + 1] <= offset) {
            i++;
        }
        return i;
    }

    /** How many of the first {@code records} recovered frames differ, anywhere the CRC covers, from what was written. */
    private int differing(int records) {
        int bad = 0;
        for (int i = 0; i < records && i < starts.length - 1; i++) {
            int from = starts[i];
            int to = from + FramedRecord.length(original, from);
            if (scratch.slice(from, to - from).mismatch(original.slice(from, to - from)) != -1) {
                bad++;
            }
        }
        return bad;
    }
}
