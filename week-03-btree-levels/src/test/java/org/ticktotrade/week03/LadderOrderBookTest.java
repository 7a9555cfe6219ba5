package org.ticktotrade.week03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ticktotrade.week02.Side.BUY;
import static org.ticktotrade.week02.Side.SELL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.testkit.BookEvent.Cancelled;
import org.ticktotrade.week02.testkit.BookEvent.Rejected;
import org.ticktotrade.week02.testkit.BookEvent.Rested;
import org.ticktotrade.week02.testkit.BookEvent.Trade;
import org.ticktotrade.week02.testkit.BookFactory;
import org.ticktotrade.week02.testkit.RecordingEvents;

/** Lesson 4: the rules on the ladder book, plus its price band and its best-price search across words. */
class LadderOrderBookTest extends OrderBookContract {

    @Override
    BookFactory factory() {
        return events -> new LadderOrderBook(64, 1, 1024, events);
    }

    @Test
    void anAddOutsideTheBandIsRejectedAndChangesNothing() {
        RecordingEvents ev = new RecordingEvents();
        LadderOrderBook band = new LadderOrderBook(16, 1000, 128, ev); // prices 1000..1127
        band.add(1, A, SELL, 1000, 5, 0);
        band.add(2, A, SELL, 1127, 5, 1);
        ev.drain();
        band.add(3, B, BUY, 999, 5, 2);
        band.add(4, B, SELL, 1128, 5, 3);
        band.add(5, B, BUY, 2000, 5, 4);
        assertEquals(List.of(new Rejected(3, RejectReason.PRICE_OUT_OF_BAND), new Rejected(4, RejectReason.PRICE_OUT_OF_BAND),
                new Rejected(5, RejectReason.PRICE_OUT_OF_BAND)), ev.drain(),
                "the band is 1000..1127: an add outside it is rejected before it trades (even one that would cross)");
        assertEquals(2, band.orderCount(), "rejects change nothing");
        band.match(6, B, BUY, 5000, 7, 5);
        assertEquals(List.of(new Trade(6, 1, BUY, 1000, 5, 2, 0), new Trade(6, 2, BUY, 1127, 2, 0, 3)), ev.drain(),
                "an IOC order never rests, so its limit may lie outside the band");
        assertEquals(0, band.quantityAt(BUY, 5000), "quantityAt() outside the band is 0");
    }

    @Test
    void theNextBestPriceIsFoundAcrossEmptyWords() {
        RecordingEvents ev = new RecordingEvents();
        LadderOrderBook book = new LadderOrderBook(16, 1, 1024, ev);
        book.add(1, A, BUY, 1000, 1, 0);  // word 15
        book.add(2, A, BUY, 3, 1, 1);     // word 0: 15 empty-or-sparse words below the best
        book.add(3, A, BUY, 64, 1, 2);    // word 1, bit 0
        book.add(4, A, SELL, 1001, 1, 3);
        book.add(5, A, SELL, 1024, 1, 4); // the band's top price
        book.cancel(1);
        assertEquals(64, book.bestBid(), "after 1000 goes, the next bid is 64, many words below");
        book.cancel(3);
        assertEquals(3, book.bestBid(), "then 3, in the lowest word");
        book.cancel(2);
        assertEquals(OrderBook.NO_BID, book.bestBid(), "no bids left");
        book.cancel(4);
        assertEquals(1024, book.bestAsk(), "the next ask is the band's top price");
        book.cancel(5);
        assertEquals(OrderBook.NO_ASK, book.bestAsk(), "no asks left");
    }

    @Test
    void aBandIsAWholeNumberOfWordsFromAPositivePrice() {
        assertThrows(IllegalArgumentException.class, () -> new LadderOrderBook(16, 1, 100, BookEvents.IGNORE), "ticks = 100");
        assertThrows(IllegalArgumentException.class, () -> new LadderOrderBook(16, 0, 128, BookEvents.IGNORE), "lowest price 0");
        RecordingEvents ev = new RecordingEvents();
        LadderOrderBook oneWord = new LadderOrderBook(16, 500, 64, ev);
        oneWord.add(1, A, BUY, 500, 1, 0);
        oneWord.add(2, A, SELL, 563, 1, 1);
        assertEquals(List.of(new Rested(1, BUY, 500, 1), new Rested(2, SELL, 563, 1)), ev.drain(),
                "a one-word band covers 500..563: both ends are prices an order may rest at");
    }

    @Test
    void aFullBookRejectsAddsButStillCancels() {
        RecordingEvents ev = new RecordingEvents();
        LadderOrderBook small = new LadderOrderBook(1, 1, 128, ev);
        small.add(1, A, SELL, 100, 5, 0);
        ev.drain();
        small.add(2, B, BUY, 90, 5, 1);
        small.cancel(1);
        small.add(3, B, BUY, 90, 5, 2);
        assertEquals(List.of(new Rejected(2, RejectReason.BOOK_FULL), new Cancelled(1, 5, CancelReason.REQUESTED),
                new Rested(3, BUY, 90, 5)), ev.drain(), "a one-slot arena: full, then freed by a cancel, then used again");
    }
}
