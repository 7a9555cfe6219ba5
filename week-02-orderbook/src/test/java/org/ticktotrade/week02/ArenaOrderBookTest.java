package org.ticktotrade.week02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ticktotrade.week02.Side.BUY;
import static org.ticktotrade.week02.Side.SELL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.testkit.BookEvent.Cancelled;
import org.ticktotrade.week02.testkit.BookEvent.Rejected;
import org.ticktotrade.week02.testkit.BookEvent.Rested;
import org.ticktotrade.week02.testkit.BookEvent.Trade;
import org.ticktotrade.week02.testkit.BookFactory;
import org.ticktotrade.week02.testkit.RecordingEvents;

/** Lessons 1-3 on the arena book, plus what only a fixed-size book has: capacity and slot reuse. */
class ArenaOrderBookTest extends OrderBookContract {

    @Override
    BookFactory factory() {
        return events -> new ArenaOrderBook(64, events);
    }

    @Test
    void aCapacityOutsideTheArenasRangeIsRefused() {
        for (int capacity : new int[] {0, -1, OrderArena.MAX_CAPACITY + 1}) {
            assertThrows(IllegalArgumentException.class, () -> new ArenaOrderBook(capacity, BookEvents.IGNORE),
                    "new ArenaOrderBook(" + capacity + ", ...) must throw IllegalArgumentException");
        }
    }

    @Test
    void aFullBookRejectsAddsButNotMatchesOrCancels() {
        RecordingEvents ev = new RecordingEvents();
        ArenaOrderBook small = new ArenaOrderBook(2, ev);
        small.add(1, A, SELL, 100, 5, 0);
        small.add(2, A, SELL, 101, 5, 1);
        ev.drain();
        small.add(3, B, BUY, 90, 5, 2);
        assertEquals(List.of(new Rejected(3, RejectReason.BOOK_FULL)), ev.drain(),
                "with every slot in use an add is rejected with BOOK_FULL (never an exception)");
        small.add(4, B, BUY, 100, 1, 3);
        assertEquals(List.of(new Rejected(4, RejectReason.BOOK_FULL)), ev.drain(),
                "the capacity check comes before matching: a full book rejects even an add that would trade (all or nothing)");
        small.match(5, B, BUY, 100, 5, 4);
        assertEquals(List.of(new Trade(5, 1, BUY, 100, 5, 0, 0)), ev.drain(), "an IOC order needs no slot: a full book still matches it");
        small.add(6, B, BUY, 90, 5, 5);
        assertEquals(List.of(new Rested(6, BUY, 90, 5)), ev.drain(), "the filled order's slot went back to the arena and is used again");
        small.cancel(2);
        assertEquals(List.of(new Cancelled(2, 5, CancelReason.REQUESTED)), ev.drain(), "a full book still cancels");
    }

    @Test
    void aSideOutOfLevelsRejectsANewPriceButNotAKnownOne() {
        RecordingEvents ev = new RecordingEvents();
        ArenaOrderBook twoLevels = new ArenaOrderBook(16, 2, ev);
        twoLevels.add(1, A, BUY, 99, 5, 0);
        twoLevels.add(2, A, BUY, 98, 5, 1);
        ev.drain();
        twoLevels.add(3, A, BUY, 97, 5, 2);
        twoLevels.add(4, A, BUY, 98, 5, 3);
        twoLevels.add(5, A, SELL, 120, 5, 4);
        assertEquals(List.of(new Rejected(3, RejectReason.BOOK_FULL), new Rested(4, BUY, 98, 5), new Rested(5, SELL, 120, 5)),
                ev.drain(), "two bid levels in use: a third bid price has no level (BOOK_FULL), a known price and the other side still do");
        twoLevels.cancel(1);
        twoLevels.add(6, A, BUY, 97, 5, 5);
        assertEquals(new Rested(6, BUY, 97, 5), ev.drain().getLast(), "the emptied level at 99 went back to the pool and serves 97");
    }

    @Test
    void slotsAreReusedForEver() {
        RecordingEvents ev = new RecordingEvents();
        ArenaOrderBook tiny = new ArenaOrderBook(4, ev);
        for (long id = 1; id <= 10_000; id++) {
            tiny.add(id, A, id % 2 == 0 ? BUY : SELL, id % 2 == 0 ? 90 + id % 5 : 110 + id % 5, 1, id);
            if (id > 3) {
                tiny.cancel(id - 3);
            }
        }
        assertEquals(3, tiny.orderCount(), "10,000 adds through a 4-slot arena, cancelling as we go: 3 still rest");
        boolean rejected = ev.all().stream().anyMatch(e -> e instanceof Rejected);
        assertEquals(false, rejected, "no add was rejected: every cancel freed its slot for the next order");
    }
}
