package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {

    private static ByteBuffer body(int n) {
        ByteBuffer b = ByteBuffer.allocate(n);
        for (int i = 0; i < n; i++) {
            b.put(i, (byte) (i * 7));
        }
        return b;
    }

    // tag::fallback[]
    @Test
    void aTornNewestSnapshotFallsBackToThePreviousOne(@TempDir Path dir) throws Exception {
        SnapshotStore.write(dir, 999, body(300));
        Path newest = SnapshotStore.write(dir, 1_999, body(300));
        try (FileChannel f = FileChannel.open(newest, StandardOpenOption.WRITE)) {
            f.truncate(150); // as if only half of it had reached the disk
        }
        assertEquals(999, SnapshotStore.newestValid(dir).orElseThrow().lastSequence());
        // Recovery = this snapshot, then the log from sequence 1,000 on.
    }
    // end::fallback[]

    @Test
    void aFlippedBitInTheNewestAlsoFallsBack(@TempDir Path dir) throws Exception {
        SnapshotStore.write(dir, 999, body(300));
        Path newest = SnapshotStore.write(dir, 1_999, body(300));
        byte[] bytes = Files.readAllBytes(newest);
        bytes[200] ^= 0x10;
        Files.write(newest, bytes);
        assertEquals(999, SnapshotStore.newestValid(dir).orElseThrow().lastSequence());
    }

    @Test
    void noValidSnapshotMeansReplayFromTheStart(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(SnapshotStore.name(5)), new byte[] {1, 2, 3});
        Files.write(dir.resolve(SnapshotStore.name(7) + ".tmp"), new byte[64]); // a leftover temp is ignored
        assertTrue(SnapshotStore.newestValid(dir).isEmpty());
    }

    @Test
    void aSegmentGoesOnlyWhenTheSnapshotCoversAllOfIt() {
        long[] segments = {0, 1_000, 2_000, 3_000};
        assertEquals(0, SnapshotStore.prunableSegments(segments, 998));   // frame 999 is still needed
        assertEquals(1, SnapshotStore.prunableSegments(segments, 999));   // 0..999 are covered
        assertEquals(1, SnapshotStore.prunableSegments(segments, 1_500));
        assertEquals(3, SnapshotStore.prunableSegments(segments, 9_999)); // never the segment being written
    }
}
