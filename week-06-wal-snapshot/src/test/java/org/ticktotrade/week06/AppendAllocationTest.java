package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.Side;

/** Lesson 3, measured: append (with its batched force) allocates nothing once the segment is mapped. */
class AppendAllocationTest {

    @Test
    void appendAllocatesNothing(@TempDir Path dir) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        ByteBuffer payload = ByteBuffer.allocateDirect(CommandCodec.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        try (WalWriter writer = WalWriter.open(dir, new ForcePolicy.EveryRecords(256), 64 << 20)) {
            for (int i = 0; i < 20_000; i++) { // warm up: the JIT, the CRC intrinsic, the VarHandles
                CommandCodec.encodeOrder(payload, 0, CommandCodec.NEW, i, 1, Side.BUY, 100, 1);
                writer.append(payload);
            }
            long before = threads.getThreadAllocatedBytes(me);
            for (int i = 0; i < 200_000; i++) {
                CommandCodec.encodeOrder(payload, 0, CommandCodec.NEW, i, 1, Side.BUY, 100, 1);
                writer.append(payload);
            }
            long allocated = threads.getThreadAllocatedBytes(me) - before;
            assertTrue(allocated < 16 * 1024, "200,000 appends allocated " + allocated + " bytes: look for a"
                    + " ByteBuffer made per record (duplicate(), slice(), asByteBuffer()), boxing, or a lambda");
        }
    }
}
