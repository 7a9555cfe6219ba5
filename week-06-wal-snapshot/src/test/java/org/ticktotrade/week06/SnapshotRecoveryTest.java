package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week03.LadderOrderBook;

/**
 * Lesson 5: a snapshot every 1,000 commands, segments pruned behind the newest, and recovery (newest valid
 * snapshot + the log's tail) rebuilds the very book the live engine had. A torn or corrupt newest snapshot
 * falls back to the one before it.
 */
class SnapshotRecoveryTest {

    private static final int SEGMENT = SegmentHeader.BYTES + 100 * RecordCodec.frameSize(CommandCodec.SIZE);

    /** Runs the engine over 3,500 commands, snapshotting every 1,000; returns the live book's hash. */
    private static long runEngine(Path wal, SnapshotStore snapshots, boolean prune) {
        LadderOrderBook live = new LadderOrderBook(BookEvents.IGNORE);
        if (prune) {
            WalWriter writer = WalWriter.open(wal, new ForcePolicy.EveryRecords(64), SEGMENT);
            try (JournaledEngine engine = new JournaledEngine(writer, live, snapshots, 1_000, () -> BookImage.capture(live))) {
                for (long s = 1; s <= 3_500; s++) {
                    assertEquals(s, engine.submit(TestLogs.command(s)));
                }
            }
            return ReplayTest.bookHash(live);
        }
        CommandReplayer engine = new CommandReplayer(live);
        try (WalWriter writer = WalWriter.open(wal, new ForcePolicy.EveryRecords(64), SEGMENT)) {
            for (long s = 1; s <= 3_500; s++) {
                ByteBuffer command = TestLogs.command(s);
                engine.apply(writer.append(command), command, 0);
                if (s % 1_000 == 0) {
                    writer.force(); // never snapshot what the log could still lose
                    snapshots.write(s, BookImage.capture(live));
                }
            }
        }
        return ReplayTest.bookHash(live);
    }

    private static long recoverBook(Path wal, SnapshotStore snapshots, long[] replayed) {
        LadderOrderBook book = new LadderOrderBook(BookEvents.IGNORE);
        CommandReplayer replayer = new CommandReplayer(book);
        WalRecovery.Result result = WalRecovery.recover(wal, snapshots, state -> BookImage.restore(state, book), replayer);
        replayed[0] = result.replayed();
        return ReplayTest.bookHash(book);
    }

    @Test
    void snapshotPlusTailIsTheLiveBookAndPrunedSegmentsAreNotNeeded(@TempDir Path dir) {
        Path wal = dir.resolve("wal");
        SnapshotStore snapshots = new SnapshotStore(dir.resolve("snapshots"));
        long live = runEngine(wal, snapshots, true);
        long firstBase = Long.parseLong(SegmentFiles.list(wal).getFirst().getFileName().toString().substring(0, 20));
        assertTrue(firstBase > 2_900 && firstBase <= 3_001, "segments before the snapshot at 3,000 were pruned, the"
                + " first left starts at " + firstBase);
        long[] replayed = {0};
        assertEquals(live, recoverBook(wal, snapshots, replayed));
        assertEquals(500, replayed[0], "only the tail after the snapshot at 3,000 is replayed");
    }

    @Test
    void aTornOrCorruptNewestSnapshotFallsBackToThePreviousOne(@TempDir Path dir) throws IOException {
        Path wal = dir.resolve("wal");
        SnapshotStore snapshots = new SnapshotStore(dir.resolve("snapshots"));
        long live = runEngine(wal, snapshots, false);
        Path newest = snapshots.fileFor(3_000);
        try (FileChannel channel = FileChannel.open(newest, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3); // torn: the trailing CRC is gone
        }
        assertEquals(2_000, snapshots.newestValid().orElseThrow().lastSequence());
        long[] replayed = {0};
        assertEquals(live, recoverBook(wal, snapshots, replayed));
        assertEquals(1_500, replayed[0]);

        byte[] bytes = Files.readAllBytes(snapshots.fileFor(2_000));
        bytes[SnapshotStore.HEADER_BYTES + 5] ^= 0x20; // one flipped bit in the state
        Files.write(snapshots.fileFor(2_000), bytes);
        assertEquals(1_000, snapshots.newestValid().orElseThrow().lastSequence());
        assertEquals(live, recoverBook(wal, snapshots, replayed));
        assertEquals(2_500, replayed[0]);
    }

    @Test
    void noSegmentIsPrunedThatASnapshotDoesNotCover(@TempDir Path dir) {
        Path wal = dir.resolve("wal");
        TestLogs.write(wal, 350, SEGMENT); // segments based at 1, 101, 201, 301
        try (WalWriter writer = WalWriter.open(wal, new ForcePolicy.Never(), SEGMENT)) {
            assertEquals(0, writer.pruneSegmentsCoveredBy(99), "segment 1..100 still holds record 100");
            assertEquals(1, writer.pruneSegmentsCoveredBy(100));
            assertEquals(2, writer.pruneSegmentsCoveredBy(10_000), "never the segment being written");
        }
        assertEquals(301, RecoveryScanner.scan(wal, RecordVisitor.NONE).firstSequence());
    }

    /** The test engine's state: every resting order, level by level, FIFO within a level. */
    static final class BookImage {

        static ByteBuffer capture(LadderOrderBook book) {
            ByteBuffer image = ByteBuffer.allocate(4 + book.orderCount() * 25);
            image.putInt(book.orderCount());
            for (Side side : Side.values()) {
                for (long price = 900; price <= 1100; price++) {
                    for (long id : book.orderIdsAt(side, price)) {
                        image.putLong(id).put((byte) side.ordinal()).putLong(price).putLong(book.restingQuantity(id));
                    }
                }
            }
            return image.flip();
        }

        /** Re-adds every order; TestLogs gives order s the trader s % 5, so the trader is known from the id. */
        static void restore(ByteBuffer image, LadderOrderBook book) {
            int count = image.getInt();
            for (int i = 0; i < count; i++) {
                long id = image.getLong();
                Side side = Side.ofOrdinal(image.get());
                long price = image.getLong();
                long quantity = image.getLong();
                book.add(id, id % 5, side, price, quantity, id);
            }
        }
    }
}
