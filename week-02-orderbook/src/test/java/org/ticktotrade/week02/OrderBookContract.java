package org.ticktotrade.week02;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ticktotrade.week02.Side.BUY;
import static org.ticktotrade.week02.Side.SELL;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.testkit.BookEvent.Cancelled;
import org.ticktotrade.week02.testkit.BookEvent.Rejected;
import org.ticktotrade.week02.testkit.BookEvent.Rested;
import org.ticktotrade.week02.testkit.BookEvent.Trade;
import org.ticktotrade.week02.testkit.BookFactory;
import org.ticktotrade.week02.testkit.RecordingEvents;

/**
 * The rules of {@link OrderBook}, one example each. Every book of weeks 02 and 03 runs these: a subclass
 * says which book.
 */
abstract class OrderBookContract {

    /** Trader ids: A and B are different people; self-trade prevention only stops A against A. */
    static final long A = 1;
    static final long B = 2;

    RecordingEvents events;
    OrderBook book;

    abstract BookFactory factory();

    @BeforeEach
    void freshBook() {
        events = new RecordingEvents();
        book = factory().create(events);
    }

    @Test
    void anOrderIntoAnEmptyBookRests() {
        book.add(1, A, BUY, 100, 5, 0);
        assertEquals(List.of(new Rested(1, BUY, 100, 5)), events.drain(), "a buy with nothing to trade against rests");
        assertEquals(100, book.bestBid(), "bestBid() after one buy at 100");
        assertEquals(OrderBook.NO_ASK, book.bestAsk(), "bestAsk() with no sells is NO_ASK");
        assertEquals(1, book.orderCount(), "orderCount()");
        assertEquals(5, book.restingQuantity(1), "restingQuantity(1)");
    }

    @Test
    void ordersThatDoNotCrossRestOnBothSides() {
        book.add(1, A, BUY, 99, 5, 0);
        book.add(2, B, SELL, 101, 7, 1);
        book.add(3, B, BUY, 98, 1, 2);
        assertEquals(List.of(new Rested(1, BUY, 99, 5), new Rested(2, SELL, 101, 7), new Rested(3, BUY, 98, 1)), events.drain(),
                "a buy below the lowest ask and a sell above the highest bid trade with nothing: they rest");
        assertEquals(99, book.bestBid(), "bestBid() is the highest bid");
        assertEquals(101, book.bestAsk(), "bestAsk() is the lowest ask");
    }

    @Test
    void aCrossingOrderTradesAtTheRestingOrdersPrice() {
        book.add(1, A, SELL, 100, 5, 0);
        events.drain();
        book.add(2, B, BUY, 103, 5, 1);
        assertEquals(List.of(new Trade(2, 1, BUY, 100, 5, 0, 0)), events.drain(),
                "a buy at 103 meets a resting sell at 100: they trade at 100, the resting order's price, and both are done");
        assertEquals(OrderBook.NO_ASK, book.bestAsk(), "the filled sell left the book");
        assertEquals(OrderBook.NO_BID, book.bestBid(), "a fully filled buy does not rest");
        assertEquals(0, book.orderCount(), "orderCount() after both orders filled");
    }

    @Test
    void theBestPriceTradesFirst() {
        book.add(1, A, SELL, 101, 5, 0);
        book.add(2, A, SELL, 100, 5, 1);
        book.add(3, A, SELL, 102, 5, 2);
        events.drain();
        book.add(4, B, BUY, 102, 12, 3);
        assertEquals(List.of(new Trade(4, 2, BUY, 100, 5, 7, 0), new Trade(4, 1, BUY, 101, 5, 2, 0), new Trade(4, 3, BUY, 102, 2, 0, 3)),
                events.drain(), "a buy takes the lowest ask first (100, then 101, then 102), whatever order they arrived in");
        assertEquals(102, book.bestAsk(), "bestAsk() after 100 and 101 were emptied");
        assertEquals(3, book.restingQuantity(3), "the order at 102 keeps 3 of its 5");
    }

    @Test
    void aSellTakesTheHighestBidFirst() {
        book.add(1, A, BUY, 99, 5, 0);
        book.add(2, A, BUY, 100, 5, 1);
        events.drain();
        book.add(3, B, SELL, 99, 6, 2);
        assertEquals(List.of(new Trade(3, 2, SELL, 100, 5, 1, 0), new Trade(3, 1, SELL, 99, 1, 0, 4)), events.drain(),
                "a sell takes the highest bid first");
        assertEquals(99, book.bestBid(), "bestBid() after the level at 100 emptied");
    }

    // tag::fifo[]
    @Test
    void withinAPriceTheOldestOrderFillsFirst() {
        book.add(1, A, SELL, 100, 5, 0);
        book.add(2, A, SELL, 100, 5, 1);
        book.add(3, A, SELL, 100, 5, 2);
        events.drain();
        book.add(4, B, BUY, 100, 7, 3);
        assertEquals(List.of(new Trade(4, 1, BUY, 100, 5, 2, 0), new Trade(4, 2, BUY, 100, 2, 0, 3)), events.drain(),
                "at one price, orders fill first in, first out: #1 before #2 before #3");
        assertArrayEquals(new long[] {2, 3}, book.orderIdsAt(SELL, 100), "orderIdsAt(SELL, 100), oldest first");
        assertEquals(8, book.quantityAt(SELL, 100), "quantityAt(SELL, 100): 3 left of #2 and 5 of #3");
    }
    // end::fifo[]

    // tag::partial[]
    @Test
    void aPartlyFilledRestingOrderKeepsItsPlace() {
        book.add(1, A, SELL, 100, 10, 0);
        book.add(2, A, SELL, 100, 10, 1);
        book.add(3, B, BUY, 100, 4, 2);
        events.drain();
        book.add(4, B, BUY, 100, 4, 3);
        assertEquals(List.of(new Trade(4, 1, BUY, 100, 4, 0, 2)), events.drain(),
                "#1 was partly filled but is still the oldest order at 100: it fills first again");
        assertArrayEquals(new long[] {1, 2}, book.orderIdsAt(SELL, 100), "a partial fill does not move an order to the back");
    }
    // end::partial[]

    @Test
    void anAddRestsWhatItCouldNotFill() {
        book.add(1, A, SELL, 100, 3, 0);
        book.add(2, A, SELL, 101, 3, 1);
        events.drain();
        book.add(3, B, BUY, 100, 10, 2);
        assertEquals(List.of(new Trade(3, 1, BUY, 100, 3, 7, 0), new Rested(3, BUY, 100, 7)), events.drain(),
                "a buy at 100 for 10 fills 3 at 100, does not reach 101, and rests its 7 at its own limit");
        assertEquals(100, book.bestBid(), "the remainder is now the best bid");
        assertEquals(101, book.bestAsk(), "101 was beyond the buy's limit");
    }

    @Test
    void aMatchNeverRestsItsRemainder() {
        book.add(1, A, SELL, 100, 3, 0);
        events.drain();
        book.match(2, B, BUY, 100, 10, 1);
        assertEquals(List.of(new Trade(2, 1, BUY, 100, 3, 7, 0), new Cancelled(2, 7, CancelReason.IMMEDIATE_OR_CANCEL)), events.drain(),
                "match() is immediate-or-cancel: it trades what crosses and cancels the rest");
        assertEquals(OrderBook.NO_BID, book.bestBid(), "nothing of an IOC order rests");
        book.match(3, B, SELL, 100, 4, 2);
        assertEquals(List.of(new Cancelled(3, 4, CancelReason.IMMEDIATE_OR_CANCEL)), events.drain(),
                "an IOC order that finds nothing to trade is cancelled whole");
    }

    @Test
    void aCancelRemovesTheOrderAndIsAcknowledged() {
        book.add(1, A, BUY, 100, 5, 0);
        book.add(2, A, BUY, 99, 5, 1);
        book.add(3, B, SELL, 100, 2, 2);
        events.drain();
        book.cancel(1);
        assertEquals(List.of(new Cancelled(1, 3, CancelReason.REQUESTED)), events.drain(),
                "the acknowledgement carries the quantity that was still resting (5 minus the 2 that traded)");
        assertEquals(99, book.bestBid(), "the level at 100 is gone: the best bid is 99 again");
        assertEquals(0, book.quantityAt(BUY, 100), "no quantity left at 100");
        assertEquals(1, book.orderCount(), "one order left");
    }

    // tag::cancel-middle[]
    @Test
    void aCancelFromTheMiddleOfALevelKeepsTheOthersInOrder() {
        for (long id = 1; id <= 4; id++) {
            book.add(id, A, SELL, 100, 1, id);
        }
        book.cancel(2);
        book.cancel(4);
        assertArrayEquals(new long[] {1, 3}, book.orderIdsAt(SELL, 100), "cancelling #2 and #4 leaves #1 then #3");
        events.drain();
        book.add(5, B, BUY, 100, 2, 5);
        assertEquals(List.of(new Trade(5, 1, BUY, 100, 1, 1, 0), new Trade(5, 3, BUY, 100, 1, 0, 0)), events.drain(),
                "after cancels in the middle the queue is still first in, first out");
    }
    // end::cancel-middle[]

    @Test
    void cancellingAnUnknownOrFinishedOrderIsRejected() {
        book.cancel(42);
        assertEquals(List.of(new Rejected(42, RejectReason.UNKNOWN_ORDER)), events.drain(), "cancel of an id never seen");
        book.add(1, A, SELL, 100, 5, 0);
        book.add(2, B, BUY, 100, 5, 1);
        events.drain();
        book.cancel(1);
        assertEquals(List.of(new Rejected(1, RejectReason.UNKNOWN_ORDER)), events.drain(), "cancel of an order that was filled");
        book.add(3, A, SELL, 100, 5, 2);
        book.cancel(3);
        events.drain();
        book.cancel(3);
        assertEquals(List.of(new Rejected(3, RejectReason.UNKNOWN_ORDER)), events.drain(), "a second cancel of the same order");
        assertEquals(0, book.orderCount(), "a rejected cancel changes nothing");
    }

    // tag::self-trade[]
    @Test
    void selfTradePreventionCancelsTheIncomingRemainder() {
        book.add(1, B, SELL, 100, 2, 0);
        book.add(2, A, SELL, 100, 5, 1);
        book.add(3, B, SELL, 100, 5, 2);
        events.drain();
        book.add(4, A, BUY, 100, 10, 3);
        assertEquals(List.of(new Trade(4, 1, BUY, 100, 2, 8, 0), new Cancelled(4, 8, CancelReason.SELF_TRADE)), events.drain(),
                "trader A's buy trades with B's #1, then meets A's own #2: policy 'cancel incoming' cancels the buy's"
                        + " remaining 8 and keeps the trade already done");
        assertArrayEquals(new long[] {2, 3}, book.orderIdsAt(SELL, 100), "the resting #2 keeps its quantity and its place");
        assertEquals(5, book.restingQuantity(2), "the resting order is untouched by self-trade prevention");
        assertEquals(OrderBook.NO_BID, book.bestBid(), "the cancelled remainder does not rest");
    }
    // end::self-trade[]

    @Test
    void selfTradePreventionAppliesToMatchToo() {
        book.add(1, A, BUY, 100, 5, 0);
        events.drain();
        book.match(2, A, SELL, 100, 5, 1);
        assertEquals(List.of(new Cancelled(2, 5, CancelReason.SELF_TRADE)), events.drain(),
                "an IOC sell from the same trader as the best bid is cancelled for self-trade, not for IOC");
        assertEquals(5, book.restingQuantity(1), "the resting bid is untouched");
    }

    @Test
    void malformedOrdersAreRejectedAndChangeNothing() {
        book.add(1, A, BUY, 100, 5, 0);
        events.drain();
        book.add(2, A, BUY, 100, 0, 1);
        book.add(3, A, BUY, 100, -5, 2);
        book.add(4, A, BUY, 0, 5, 3);
        book.add(5, A, SELL, -100, 5, 4);
        book.match(6, B, SELL, 100, 0, 5);
        book.add(1, B, SELL, 90, 5, 6);
        assertEquals(List.of(new Rejected(2, RejectReason.INVALID_QUANTITY), new Rejected(3, RejectReason.INVALID_QUANTITY),
                new Rejected(4, RejectReason.INVALID_PRICE), new Rejected(5, RejectReason.INVALID_PRICE),
                new Rejected(6, RejectReason.INVALID_QUANTITY), new Rejected(1, RejectReason.DUPLICATE_ORDER_ID)), events.drain(),
                "quantity <= 0, price <= 0 and an id that still rests are rejected before any matching");
        assertEquals(5, book.restingQuantity(1), "the duplicate did not trade with or replace #1");
        assertEquals(1, book.orderCount(), "rejects change nothing");
    }

    @Test
    void anIdMayBeUsedAgainOnceItsOrderIsGone() {
        book.add(1, A, BUY, 100, 5, 0);
        book.cancel(1);
        events.drain();
        book.add(1, A, BUY, 101, 5, 1);
        assertEquals(List.of(new Rested(1, BUY, 101, 5)), events.drain(), "only a resting id is a duplicate");
    }

    // tag::best-moves[]
    @Test
    void theBestPriceMovesWhenTheBestLevelEmpties() {
        book.add(1, A, BUY, 100, 5, 0);
        book.add(2, A, BUY, 97, 5, 1);
        book.add(3, A, BUY, 99, 5, 2);
        book.add(4, A, SELL, 103, 5, 3);
        book.add(5, A, SELL, 105, 5, 4);
        book.cancel(1);
        assertEquals(99, book.bestBid(), "after the best bid was cancelled, the next best is 99 (not the newest, 99 is the highest left)");
        book.add(6, B, BUY, 103, 5, 5);
        assertEquals(105, book.bestAsk(), "after the best ask filled, the next best is 105");
        book.cancel(3);
        book.cancel(2);
        assertEquals(OrderBook.NO_BID, book.bestBid(), "no bids left");
    }
    // end::best-moves[]
}
