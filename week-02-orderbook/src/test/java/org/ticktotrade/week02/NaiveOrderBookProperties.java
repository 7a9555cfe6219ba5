package org.ticktotrade.week02;

import org.ticktotrade.week02.testkit.BookFactory;

/** The book properties against {@link NaiveOrderBook}. */
class NaiveOrderBookProperties extends OrderBookProperties {

    @Override
    BookFactory factory() {
        return NaiveOrderBook::new;
    }
}
