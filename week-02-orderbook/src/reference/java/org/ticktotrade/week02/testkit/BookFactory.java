package org.ticktotrade.week02.testkit;

import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.OrderBook;

/** Makes a fresh, empty book reporting to the given sink: how one set of checks runs against every book. */
@FunctionalInterface
public interface BookFactory {
    OrderBook create(BookEvents events);
}
