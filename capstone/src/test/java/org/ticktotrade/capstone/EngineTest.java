package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ticktotrade.week02.Side.BUY;
import static org.ticktotrade.week02.Side.SELL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ticktotrade.capstone.Report.Cancelled;
import org.ticktotrade.capstone.Report.Fill;
import org.ticktotrade.capstone.Report.Rejected;
import org.ticktotrade.capstone.Report.Rested;
import org.ticktotrade.week02.OrderBook;

/** Lesson 6: risk, then the book, then a report to every party, across accounts and instruments. */
class EngineTest {

    private static final int AAA = 0;
    private static final int BBB = 1;
    private static final int CCC = 2;

    // Three accounts: 0 and 1 with room to trade, 2 with orders of at most 10.
    private static final ExchangeConfig CONFIG = new ExchangeConfig(
            List.of(new InstrumentSpec("AAA", 8, 9_000, 2_048, 10_000, 100),
                    new InstrumentSpec("BBB", 8, 1, 1_024, 500, 50),
                    new InstrumentSpec("CCC", 8, 1_000, 64, 1_000, 500)),
            List.of(new AccountLimits(1_000, 1_000, 100_000_000), new AccountLimits(1_000, 1_000, 100_000_000),
                    new AccountLimits(10, 1_000, 100_000_000)));

    private final RecordingReports reports = new RecordingReports();
    private final Engine engine = new Engine(CONFIG, reports);

    // tag::both-parties[]
    @Test
    void aCrossingOrderReportsEachFillToBothAccountsAndMovesBothPositions() {
        engine.newOrder(1, AAA, 1, SELL, OrderType.GTC, 10_001, 30, 0);
        assertEquals(List.of(new Rested(1, AAA, 1, SELL, 10_001, 30)), reports.drain());
        engine.newOrder(0, AAA, 2, BUY, OrderType.IOC, 10_002, 20, 0);
        assertEquals(List.of(new Fill(0, AAA, 2, 1, BUY, 10_001, 20, 0, false), new Fill(1, AAA, 1, 2, SELL, 10_001, 20, 10, true)),
                reports.drain(), "the taker's report, then the maker's, each to its own account");
        assertEquals(20, engine.risk().position(0, AAA));
        assertEquals(-20, engine.risk().position(1, AAA));
        assertEquals(10, engine.risk().resting(1, AAA, SELL), "the maker's resting quantity shrank by the fill");
        assertEquals(10_001, engine.risk().referencePrice(AAA), "the collar follows the trade");
    }
    // end::both-parties[]

    @Test
    void eachOrderTypeReachesTheBookWithItsOwnRule() {
        engine.newOrder(1, AAA, 1, SELL, OrderType.POST_ONLY, 10_005, 10, 0);
        engine.newOrder(0, AAA, 2, BUY, OrderType.POST_ONLY, 10_005, 10, 0);
        engine.newOrder(0, AAA, 3, BUY, OrderType.FOK, 10_005, 11, 0);
        engine.newOrder(0, AAA, 4, BUY, OrderType.IOC, 10_004, 5, 0);
        assertEquals(List.of(new Rested(1, AAA, 1, SELL, 10_005, 10), new Rejected(0, AAA, 2, Reject.POST_ONLY_WOULD_CROSS),
                new Cancelled(0, AAA, 3, 11, CancelCode.FILL_OR_KILL), new Cancelled(0, AAA, 4, 5, CancelCode.IMMEDIATE_OR_CANCEL)),
                reports.drain());
        engine.newOrder(0, AAA, 5, BUY, OrderType.FOK, 10_005, 10, 0);
        assertEquals(List.of(new Fill(0, AAA, 5, 1, BUY, 10_005, 10, 0, false), new Fill(1, AAA, 1, 5, SELL, 10_005, 10, 0, true)),
                reports.drain());
        assertEquals(0, engine.book(AAA).orderCount());
    }

    @Test
    void anAccountDoesNotTradeWithItselfAcrossItsOrders() {
        engine.newOrder(0, AAA, 1, SELL, OrderType.GTC, 10_001, 5, 0);
        engine.newOrder(0, AAA, 2, BUY, OrderType.GTC, 10_001, 5, 0);
        assertEquals(List.of(new Rested(0, AAA, 1, SELL, 10_001, 5), new Cancelled(0, AAA, 2, 5, CancelCode.SELF_TRADE)),
                reports.drain());
        assertEquals(0, engine.risk().position(0, AAA));
        assertEquals(0, engine.risk().resting(0, AAA, BUY), "a remainder cancelled by self-trade prevention never rested");
    }

    @Test
    void unknownIdsAndBadNumbersAreRejectedBeforeRisk() {
        engine.newOrder(0, 3, 1, BUY, OrderType.GTC, 10_000, 1, 0);
        engine.newOrder(0, -1, 2, BUY, OrderType.GTC, 10_000, 1, 0);
        engine.newOrder(3, AAA, 3, BUY, OrderType.GTC, 10_000, 1, 0);
        engine.newOrder(-1, AAA, 4, BUY, OrderType.GTC, 10_000, 1, 0);
        engine.newOrder(2, AAA, 5, BUY, OrderType.GTC, 10_000, 0, 0);
        engine.newOrder(2, AAA, 6, BUY, OrderType.GTC, -5, 11, 0);
        assertEquals(List.of(new Rejected(0, 3, 1, Reject.UNKNOWN_INSTRUMENT), new Rejected(0, -1, 2, Reject.UNKNOWN_INSTRUMENT),
                new Rejected(3, AAA, 3, Reject.UNKNOWN_ACCOUNT), new Rejected(-1, AAA, 4, Reject.UNKNOWN_ACCOUNT),
                new Rejected(2, AAA, 5, Reject.INVALID_QUANTITY), new Rejected(2, AAA, 6, Reject.INVALID_PRICE)), reports.drain(),
                "account 2's limit of 10 is never reached: the invalid quantity and price are reported first");
    }

    @Test
    void riskRejectsChangeNothing() {
        engine.newOrder(2, AAA, 1, BUY, OrderType.GTC, 10_000, 11, 0);
        engine.newOrder(0, AAA, 2, BUY, OrderType.GTC, 10_101, 1, 0);
        engine.newOrder(0, BBB, 3, BUY, OrderType.GTC, 449, 1, 0);
        assertEquals(List.of(new Rejected(2, AAA, 1, Reject.MAX_ORDER_SIZE), new Rejected(0, AAA, 2, Reject.PRICE_COLLAR),
                new Rejected(0, BBB, 3, Reject.PRICE_COLLAR)), reports.drain());
        assertEquals(0, engine.book(AAA).orderCount());
        assertEquals(0, engine.book(BBB).orderCount());
        assertEquals(0, engine.risk().resting(2, AAA, BUY));
    }

    @Test
    void restingOrdersCountTowardsThePositionLimitUntilCancelled() {
        engine.newOrder(0, AAA, 1, BUY, OrderType.GTC, 9_950, 600, 0);
        engine.newOrder(0, AAA, 2, BUY, OrderType.GTC, 9_950, 401, 0);
        engine.newOrder(0, AAA, 3, BUY, OrderType.GTC, 9_950, 400, 0);
        assertEquals(List.of(new Rested(0, AAA, 1, BUY, 9_950, 600), new Rejected(0, AAA, 2, Reject.POSITION_LIMIT),
                new Rested(0, AAA, 3, BUY, 9_950, 400)), reports.drain(), "600 resting + 401 passes 1,000; 400 reaches it");
        engine.cancel(0, AAA, 1);
        engine.newOrder(0, AAA, 4, BUY, OrderType.GTC, 9_950, 600, 0);
        assertEquals(List.of(new Cancelled(0, AAA, 1, 600, CancelCode.REQUESTED), new Rested(0, AAA, 4, BUY, 9_950, 600)),
                reports.drain(), "a cancel gives the room back");
        assertEquals(1_000, engine.risk().resting(0, AAA, BUY));
    }

    // tag::cancel-own[]
    @Test
    void anAccountMayCancelOnlyItsOwnOrders() {
        engine.newOrder(1, AAA, 1, SELL, OrderType.GTC, 10_010, 5, 0);
        reports.drain();
        engine.cancel(0, AAA, 1);
        engine.cancel(1, BBB, 1);
        engine.cancel(1, 7, 1);
        engine.cancel(9, AAA, 1);
        assertEquals(List.of(new Rejected(0, AAA, 1, Reject.UNKNOWN_ORDER), new Rejected(1, BBB, 1, Reject.UNKNOWN_ORDER),
                new Rejected(1, 7, 1, Reject.UNKNOWN_INSTRUMENT), new Rejected(9, AAA, 1, Reject.UNKNOWN_ACCOUNT)), reports.drain(),
                "another account's order reads as unknown; so does the right id on the wrong instrument");
        assertEquals(5, engine.book(AAA).restingQuantity(1));
        engine.cancel(1, AAA, 1);
        assertEquals(List.of(new Cancelled(1, AAA, 1, 5, CancelCode.REQUESTED)), reports.drain());
        assertEquals(0, engine.risk().resting(1, AAA, SELL));
    }
    // end::cancel-own[]

    @Test
    void instrumentsHaveTheirOwnBooksPositionsAndCollars() {
        engine.newOrder(1, AAA, 1, SELL, OrderType.GTC, 10_000, 5, 0);
        engine.newOrder(1, BBB, 1, SELL, OrderType.GTC, 500, 5, 0);
        assertEquals(List.of(new Rested(1, AAA, 1, SELL, 10_000, 5), new Rested(1, BBB, 1, SELL, 500, 5)), reports.drain(),
                "order ids are per instrument's book: the same id rests in both");
        engine.newOrder(0, BBB, 2, BUY, OrderType.IOC, 10_000, 5, 0);
        assertEquals(List.of(new Rejected(0, BBB, 2, Reject.PRICE_COLLAR)), reports.drain(), "BBB's collar is around 500");
        engine.newOrder(0, BBB, 2, BUY, OrderType.IOC, 500, 2, 0);
        assertEquals(List.of(new Fill(0, BBB, 2, 1, BUY, 500, 2, 0, false), new Fill(1, BBB, 1, 2, SELL, 500, 2, 3, true)),
                reports.drain());
        assertEquals(2, engine.risk().position(0, BBB));
        assertEquals(0, engine.risk().position(0, AAA));
        assertEquals(5, engine.book(AAA).restingQuantity(1), "AAA's order did not trade");
        assertEquals(10_000, engine.risk().referencePrice(AAA));
    }

    @Test
    void theBooksOwnRejectsArePassedOnWithTheExchangesCodes() {
        engine.newOrder(0, AAA, 1, BUY, OrderType.GTC, 9_950, 1, 0);
        engine.newOrder(0, AAA, 1, BUY, OrderType.GTC, 9_950, 1, 0);
        engine.newOrder(0, CCC, 2, BUY, OrderType.GTC, 1_100, 1, 0);
        engine.newOrder(0, CCC, 3, BUY, OrderType.IOC, 1_100, 1, 0);
        assertEquals(List.of(new Rested(0, AAA, 1, BUY, 9_950, 1), new Rejected(0, AAA, 1, Reject.DUPLICATE_ORDER_ID),
                new Rejected(0, CCC, 2, Reject.PRICE_OUT_OF_BAND), new Cancelled(0, CCC, 3, 1, CancelCode.IMMEDIATE_OR_CANCEL)),
                reports.drain(), "CCC's collar allows 1,100, its band (1,000..1,063) does not: for an order that would rest");
        for (int i = 10; i < 17; i++) {
            engine.newOrder(1, AAA, i, SELL, OrderType.GTC, 10_050, 1, 0);
        }
        reports.drain();
        engine.newOrder(1, AAA, 17, SELL, OrderType.GTC, 10_050, 1, 0);
        assertEquals(List.of(new Rejected(1, AAA, 17, Reject.BOOK_FULL)), reports.drain(), "eight orders rest in AAA's book of 8");
        assertEquals(OrderBook.NO_ASK, engine.book(BBB).bestAsk(), "and none in BBB's");
    }
}
