package org.ticktotrade.week03;

import org.ticktotrade.week02.testkit.BookFactory;

/** The book properties against {@link TreeMapOrderBook}. */
class TreeMapOrderBookProperties extends OrderBookProperties {

    @Override
    BookFactory factory() {
        return TreeMapOrderBook::new;
    }
}
