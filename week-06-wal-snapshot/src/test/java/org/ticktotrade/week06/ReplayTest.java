package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week03.LadderOrderBook;

/**
 * Lesson 5: a log replayed into a fresh week-03 book twice gives the same events (hash) and the same book,
 * and the engine that logged the commands before applying them had exactly that book.
 */
class ReplayTest {

    @Test
    void replayIsBitExact(@TempDir Path dir) {
        LadderOrderBook live;
        EventHash liveEvents = new EventHash();
        try (WalWriter writer = WalWriter.open(dir, new ForcePolicy.EveryRecords(32), 1 << 16)) {
            live = new LadderOrderBook(liveEvents);
            CommandReplayer engine = new CommandReplayer(live);
            for (long s = 1; s <= 5_000; s++) {
                var command = TestLogs.command(s);
                long sequence = writer.append(command); // logged first ...
                engine.apply(sequence, command, 0);     // ... then applied, with the sequence as its time
            }
        }
        EventHash first = new EventHash();
        RecoveryScanner.scan(dir, new CommandReplayer(new LadderOrderBook(first)));
        EventHash second = new EventHash();
        LadderOrderBook replayed = new LadderOrderBook(second);
        RecoveryScanner.scan(dir, new CommandReplayer(replayed));
        assertNotEquals(0, first.events());
        assertEquals(liveEvents.hash(), first.hash(), "the replay emits what the live engine emitted");
        assertEquals(first.hash(), second.hash());
        assertEquals(bookHash(live), bookHash(replayed), "the replayed book is the live book");
    }

    /** A hash of every resting order, level by level in price order, FIFO within a level. */
    static long bookHash(LadderOrderBook book) {
        long h = book.orderCount();
        for (Side side : Side.values()) {
            for (long price = 900; price <= 1100; price++) {
                for (long id : book.orderIdsAt(side, price)) {
                    h = h * 31 + id * 1_000_003 + book.restingQuantity(id) + price * 7 + side.ordinal();
                }
            }
        }
        return h;
    }

    @Test
    void aReplayOfAShorterLogGivesAnotherHash(@TempDir Path dir) {
        TestLogs.write(dir, 200, 1 << 16);
        EventHash all = new EventHash();
        RecoveryScanner.scan(dir, new CommandReplayer(new LadderOrderBook(all)));
        EventHash fewer = new EventHash();
        LadderOrderBook book = new LadderOrderBook(fewer);
        CommandReplayer replayer = new CommandReplayer(book);
        for (long s = 1; s < 200; s++) {
            replayer.apply(s, TestLogs.command(s), 0);
        }
        assertNotEquals(all.hash(), fewer.hash(), "the hash sees the last command");
    }
}
