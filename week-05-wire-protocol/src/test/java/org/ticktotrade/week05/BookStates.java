package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/** Two books hold the same state: the same best prices, count, and every level's queue of ids, in order. */
final class BookStates {

    private BookStates() {
    }

    static void assertSame(OrderBook expected, OrderBook actual, long lowestPrice, long highestPrice) {
        assertEquals(expected.orderCount(), actual.orderCount(), "resting orders");
        assertEquals(expected.bestBid(), actual.bestBid(), "best bid");
        assertEquals(expected.bestAsk(), actual.bestAsk(), "best ask");
        for (Side side : Side.values()) {
            for (long price = lowestPrice; price <= highestPrice; price++) {
                long p = price;
                assertEquals(expected.quantityAt(side, price), actual.quantityAt(side, price),
                        () -> side + " quantity at " + p);
                assertArrayEquals(expected.orderIdsAt(side, price), actual.orderIdsAt(side, price),
                        () -> side + " queue at " + p);
            }
        }
    }
}
