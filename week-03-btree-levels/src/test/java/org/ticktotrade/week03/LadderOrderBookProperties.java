package org.ticktotrade.week03;

import org.ticktotrade.week02.testkit.BookFactory;

/** The book properties against {@link LadderOrderBook}, over a band that holds every generated price. */
class LadderOrderBookProperties extends OrderBookProperties {

    @Override
    BookFactory factory() {
        return events -> new LadderOrderBook(4096, 1, 1 << 14, events);
    }
}
