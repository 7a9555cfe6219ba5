package org.ticktotrade.week02;

import org.ticktotrade.week02.testkit.BookFactory;

/** Lessons 1-3: the rules, on the naive book. */
class NaiveOrderBookTest extends OrderBookContract {

    @Override
    BookFactory factory() {
        return NaiveOrderBook::new;
    }
}
