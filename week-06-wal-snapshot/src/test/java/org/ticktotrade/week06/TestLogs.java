package org.ticktotrade.week06;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.Side;

/** Logs of known content for the tests: record {@code s} holds the command {@link #command(long)} makes. */
final class TestLogs {

    private TestLogs() {
    }

    /** The 40-byte command of sequence {@code s}: mostly NEWs around a mid price, some IOCs and CANCELs. */
    static ByteBuffer command(long s) {
        ByteBuffer b = ByteBuffer.allocate(CommandCodec.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        fill(b, s);
        return b;
    }

    static void fill(ByteBuffer b, long s) {
        long mix = s * 0x9E3779B97F4A7C15L;
        Side side = (mix & 1) == 0 ? Side.BUY : Side.SELL;
        long price = 1000 + ((mix >>> 8) & 15) - (side == Side.BUY ? 8 : 0);
        long qty = 1 + ((mix >>> 16) & 63);
        switch ((int) (Long.remainderUnsigned(mix >>> 24, 10))) {
            case 0 -> CommandCodec.encodeCancel(b, 0, Math.max(1, s - 7));
            case 1 -> CommandCodec.encodeOrder(b, 0, CommandCodec.IOC, s, s % 5, side, price, qty);
            default -> CommandCodec.encodeOrder(b, 0, CommandCodec.NEW, s, s % 5, side, price, qty);
        }
    }

    /** Writes {@code records} commands (sequences 1..records) under the Never policy, closes, returns the dir. */
    static Path write(Path dir, int records, int segmentCapacity) {
        try (WalWriter writer = WalWriter.open(dir, new ForcePolicy.Never(), segmentCapacity)) {
            for (long s = 1; s <= records; s++) {
                writer.append(command(s));
            }
        }
        return dir;
    }

    /** Every record a scan visits, with its payload copied out. */
    static final class Collected implements RecordVisitor {
        final List<Long> sequences = new ArrayList<>();
        final List<byte[]> payloads = new ArrayList<>();

        @Override
        public void onRecord(long sequence, ByteBuffer segment, int payloadOffset, int length) {
            byte[] copy = new byte[length];
            segment.get(payloadOffset, copy);
            sequences.add(sequence);
            payloads.add(copy);
        }
    }

    /** Whether the payload recovery handed over for {@code sequence} is the one written. */
    static boolean isOriginal(long sequence, byte[] payload) {
        return ByteBuffer.wrap(payload).equals(command(sequence));
    }
}
