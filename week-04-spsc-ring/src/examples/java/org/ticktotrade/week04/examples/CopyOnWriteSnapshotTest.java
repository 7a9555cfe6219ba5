package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CopyOnWriteSnapshotTest {

    @Test
    void aSnapshotAReaderHoldsNeverChanges() {
        CopyOnWriteSnapshot book = new CopyOnWriteSnapshot(2);
        CopyOnWriteSnapshot.Depth empty = book.latest();
        assertEquals(0, empty.sequence());
        assertEquals(0, empty.bidPrice(0));

        book.setBid(0, 10_100, 5);
        book.setAsk(0, 10_101, 7);
        assertSame(empty, book.latest(), "the working copy is the writer's: nothing is visible before publish");
        CopyOnWriteSnapshot.Depth first = book.publish(1);
        assertSame(first, book.latest());

        book.setBid(0, 10_099, 9); // the writer moves on ...
        book.publish(2);
        assertEquals(10_100, first.bidPrice(0), "... and the snapshot a reader took stays as it was");
        assertEquals(5, first.bidSize(0));
        assertEquals(10_101, first.askPrice(0));
        assertEquals(0, empty.bidPrice(0));
        assertEquals(10_099, book.latest().bidPrice(0));
        assertEquals(2, book.latest().depth());
    }

    @Test
    void badDepthIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CopyOnWriteSnapshot(0)).getMessage().contains("was 0"));
    }

    /**
     * Every publish writes a book in which each level is derived from the sequence. A reader that could see
     * a torn snapshot (some levels from one update, some from the next) or a snapshot older than one it saw
     * before would say so.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readersSeeWholeBooksInOrderWhileTheWriterNeverWaits() throws Exception {
        final int depth = 8;
        final long updates = 100_000;
        CopyOnWriteSnapshot book = new CopyOnWriteSnapshot(depth);
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        Thread reader = Thread.ofPlatform().name("reader").daemon().start(() -> {
            long lastSequence = 0;
            while (lastSequence < updates && problem.get() == null) {
                CopyOnWriteSnapshot.Depth d = book.latest();
                long s = d.sequence();
                if (s < lastSequence) {
                    problem.set("sequence went back from " + lastSequence + " to " + s);
                }
                for (int level = 0; level < depth && s > 0; level++) {
                    if (d.bidPrice(level) != 10 * s - level || d.askPrice(level) != 10 * s + 1 + level
                            || d.bidSize(level) != s || d.askSize(level) != s) {
                        problem.set("snapshot " + s + " is torn at level " + level);
                    }
                }
                lastSequence = s;
                reads.incrementAndGet();
            }
        });
        for (long s = 1; s <= updates; s++) {
            for (int level = 0; level < depth; level++) {
                book.setBid(level, 10 * s - level, s);
                book.setAsk(level, 10 * s + 1 + level, s);
            }
            book.publish(s);
        }
        reader.join(20_000);
        assertFalse(reader.isAlive(), "the reader never saw the last snapshot");
        assertEquals(null, problem.get());
        assertTrue(reads.get() > 0);
    }
}
