package org.ticktotrade.week03;

import org.ticktotrade.week02.testkit.BookFactory;

/** Lesson 2: the book's rules hold with sorted levels. */
class TreeMapOrderBookTest extends OrderBookContract {

    @Override
    BookFactory factory() {
        return TreeMapOrderBook::new;
    }
}
