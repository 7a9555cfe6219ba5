package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ticktotrade.week02.Side.BUY;
import static org.ticktotrade.week02.Side.SELL;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ticktotrade.capstone.BookEvent.Cancelled;
import org.ticktotrade.capstone.BookEvent.Fill;
import org.ticktotrade.capstone.BookEvent.Killed;
import org.ticktotrade.capstone.BookEvent.Rejected;
import org.ticktotrade.capstone.BookEvent.Rested;
import org.ticktotrade.capstone.BookEvent.WouldCross;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;

/** Lessons 2 and 3: each order type's rule on one instrument's book, by example. */
class OrderTypesTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;

    private final RecordingTradeEvents events = new RecordingTradeEvents();
    private InstrumentBook book;

    @BeforeEach
    void emptyBook() {
        book = new InstrumentBook(5, 100, 64, events); // prices 100..163, five resting orders at most
    }

    // tag::asks[]
    /** Asks from B: 5 @ 101, 5 @ 102, 5 @ 104 (oldest first at each). */
    private void asks() {
        book.add(1, B, SELL, 101, 5, 0); // GTC on an empty book: each rests whole
        book.add(2, B, SELL, 102, 5, 0);
        book.add(3, B, SELL, 104, 5, 0);
        events.drain();
    }
    // end::asks[]

    // tag::gtc-example[]
    @Test
    void gtcTradesWhatCrossesThenRestsTheRemainder() {
        asks();
        book.add(10, A, BUY, 102, 12, 0);
        assertEquals(List.of(new Fill(10, 1, B, BUY, 101, 5, 7, 0), new Fill(10, 2, B, BUY, 102, 5, 2, 0),
                new Rested(10, BUY, 102, 2)), events.drain(), "best price first, at the maker's price, the rest rests at its limit");
        assertEquals(102, book.bestBid());
        assertEquals(104, book.bestAsk());
    }
    // end::gtc-example[]

    @Test
    void gtcOutsideTheBandOrInAFullBookIsRejectedBeforeItTrades() {
        asks();
        book.add(10, A, BUY, 164, 1, 0);
        assertEquals(List.of(new Rejected(10, RejectReason.PRICE_OUT_OF_BAND)), events.drain(),
                "164 is outside 100..163: rejected even though it would cross");
        book.add(11, A, BUY, 100, 1, 0);
        book.add(12, A, BUY, 100, 1, 0); // the fifth resting order
        events.drain();
        book.add(13, A, SELL, 110, 1, 0);
        assertEquals(List.of(new Rejected(13, RejectReason.BOOK_FULL)), events.drain());
        assertEquals(5, book.orderCount());
    }

    // tag::ioc-example[]
    @Test
    void iocTradesWhatCrossesAndCancelsTheRestEvenOutsideTheBandAndInAFullBook() {
        asks();
        book.add(8, A, BUY, 100, 1, 0);
        book.add(9, A, BUY, 100, 1, 0); // the book is now full
        events.drain();
        book.match(10, A, BUY, 1000, 12, 0);
        assertEquals(List.of(new Fill(10, 1, B, BUY, 101, 5, 7, 0), new Fill(10, 2, B, BUY, 102, 5, 2, 0),
                new Fill(10, 3, B, BUY, 104, 2, 0, 3)), events.drain(), "a limit of 1000 lies outside the band: an IOC may");
        book.match(11, A, BUY, 104, 5, 0);
        assertEquals(List.of(new Fill(11, 3, B, BUY, 104, 3, 2, 0), new Cancelled(11, 2, CancelReason.IMMEDIATE_OR_CANCEL)),
                events.drain());
        assertEquals(0, book.restingQuantity(11), "an IOC never rests");
    }
    // end::ioc-example[]

    // tag::self-trade[]
    @Test
    void selfTradePreventionCancelsTheIncomingRemainderAndKeepsTheRestingOrder() {
        asks();
        book.add(4, A, SELL, 102, 5, 0); // A's own ask, behind B's at 102
        events.drain();
        book.add(10, A, BUY, 103, 20, 0);
        assertEquals(List.of(new Fill(10, 1, B, BUY, 101, 5, 15, 0), new Fill(10, 2, B, BUY, 102, 5, 10, 0),
                new Cancelled(10, 10, CancelReason.SELF_TRADE)), events.drain(), "matching stops at A's own order");
        assertEquals(5, book.restingQuantity(4), "the resting own order keeps its quantity and place");
    }
    // end::self-trade[]

    @Test
    void fokThatCanFillWholeTradesLikeAnIoc() {
        asks();
        book.fillOrKill(10, A, BUY, 104, 15, 0);
        assertEquals(List.of(new Fill(10, 1, B, BUY, 101, 5, 10, 0), new Fill(10, 2, B, BUY, 102, 5, 5, 0),
                new Fill(10, 3, B, BUY, 104, 5, 0, 0)), events.drain(), "exactly the quantity available up to the limit: filled");
        assertEquals(OrderBook.NO_ASK, book.bestAsk());
    }

    // tag::fok-killed[]
    @Test
    void fokThatCannotFillWholeIsKilledAndTouchesNothing() {
        asks();
        book.fillOrKill(10, A, BUY, 104, 16, 0);
        assertEquals(List.of(new Killed(10, 16)), events.drain(), "15 available up to 104, 16 wanted");
        book.fillOrKill(11, A, BUY, 103, 11, 0);
        assertEquals(List.of(new Killed(11, 11)), events.drain(), "the ask at 104 is past the limit of 103");
        assertEquals(5, book.restingQuantity(1));
        assertEquals(5, book.restingQuantity(2));
        assertEquals(5, book.restingQuantity(3));
        book.fillOrKill(12, A, SELL, 100, 1, 0);
        assertEquals(List.of(new Killed(12, 1)), events.drain(), "no bids at all");
    }
    // end::fok-killed[]

    // tag::fok-own-order[]
    @Test
    void fokCountsOnlyWhatLiesBeforeItsOwnOrder() {
        book.postOnly(1, B, SELL, 101, 5, 0);
        book.postOnly(2, A, SELL, 101, 5, 0); // A's own, second in the queue
        book.postOnly(3, C, SELL, 101, 5, 0);
        events.drain();
        book.fillOrKill(10, A, BUY, 101, 6, 0);
        assertEquals(List.of(new Killed(10, 6)), events.drain(),
                "15 rest at 101 but self-trade prevention would stop after B's 5: killed, not a partial fill of 5");
        book.fillOrKill(11, A, BUY, 101, 5, 0);
        assertEquals(List.of(new Fill(11, 1, B, BUY, 101, 5, 0, 0)), events.drain(), "5 lie before the own order: filled");
    }
    // end::fok-own-order[]

    @Test
    void fokWalksDownTheBidsForASell() {
        book.add(1, B, BUY, 110, 2, 0);
        book.add(2, C, BUY, 108, 2, 0);
        book.add(3, B, BUY, 100, 2, 0);
        events.drain();
        book.fillOrKill(10, A, SELL, 108, 4, 0);
        assertEquals(List.of(new Fill(10, 1, B, SELL, 110, 2, 2, 0), new Fill(10, 2, C, SELL, 108, 2, 0, 0)), events.drain());
        book.fillOrKill(11, A, SELL, 101, 1, 0);
        assertEquals(List.of(new Killed(11, 1)), events.drain(), "the bid left is at 100, below the limit of 101");
        assertEquals(2, book.fillable(A, SELL, 1, 10), "fillable counts down to a limit below the band");
    }

    @Test
    void fokIsValidatedLikeAnyOrder() {
        book.fillOrKill(10, A, BUY, 101, 0, 0);
        book.fillOrKill(11, A, BUY, 0, 1, 0);
        assertEquals(List.of(new Rejected(10, RejectReason.INVALID_QUANTITY), new Rejected(11, RejectReason.INVALID_PRICE)),
                events.drain());
    }

    @Test
    void postOnlyRestsWhenItWouldNotTrade() {
        asks();
        book.postOnly(10, A, BUY, 100, 3, 0);
        assertEquals(List.of(new Rested(10, BUY, 100, 3)), events.drain(), "100 is below the best ask of 101");
        book.postOnly(11, A, SELL, 160, 3, 0);
        assertEquals(List.of(new Rested(11, SELL, 160, 3)), events.drain(), "a sell above the bids rests too");
    }

    // tag::post-only-cross[]
    @Test
    void postOnlyThatWouldCrossIsRefusedWhoeverOwnsTheOtherSide() {
        asks();
        book.postOnly(10, A, BUY, 101, 3, 0);
        assertEquals(List.of(new WouldCross(10)), events.drain(), "a buy at the best ask would take it");
        book.postOnly(11, B, BUY, 150, 3, 0);
        assertEquals(List.of(new WouldCross(11)), events.drain(), "its own asks are in the way: it may not rest crossed either");
        assertEquals(3, book.orderCount(), "a refusal changes nothing");
        book.add(12, C, BUY, 100, 1, 0);
        events.drain();
        book.postOnly(13, A, SELL, 100, 1, 0);
        assertEquals(List.of(new WouldCross(13)), events.drain(), "a sell at the best bid would take it");
    }
    // end::post-only-cross[]

    @Test
    void postOnlyIsCheckedForTheBandAndTheRoomBeforeTheCross() {
        asks();
        book.postOnly(10, A, BUY, 99, 1, 0);
        assertEquals(List.of(new Rejected(10, RejectReason.PRICE_OUT_OF_BAND)), events.drain());
        book.postOnly(1, A, BUY, 100, 1, 0);
        assertEquals(List.of(new Rejected(1, RejectReason.DUPLICATE_ORDER_ID)), events.drain(), "id 1 still rests");
    }

    @Test
    void cancelRemovesARestingOrderOnce() {
        asks();
        assertEquals(B, book.traderOf(2));
        assertEquals(SELL, book.sideOf(2));
        book.cancel(2);
        book.cancel(2);
        assertEquals(List.of(new Cancelled(2, 5, CancelReason.REQUESTED), new Rejected(2, RejectReason.UNKNOWN_ORDER)),
                events.drain());
        assertEquals(InstrumentBook.NO_TRADER, book.traderOf(2));
        assertEquals(null, book.sideOf(2));
    }
}
