package org.ticktotrade.week02.testkit;

import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/** One instruction to a book, as a value: what tests generate, shrink, print and replay. */
public sealed interface Command {

    /** The order the command is about. */
    long orderId();

    /** Sends this command to {@code book}. */
    void applyTo(OrderBook book);

    /** {@link OrderBook#add}: a limit order that rests what it does not fill. */
    record Add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) implements Command {
        @Override
        public void applyTo(OrderBook book) {
            book.add(orderId, traderId, side, price, quantity, timestampNanos);
        }

        @Override
        public String toString() {
            return "add #" + orderId + " t" + traderId + " " + side + " " + quantity + "@" + price;
        }
    }

    /** {@link OrderBook#match}: immediate-or-cancel. */
    record Match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) implements Command {
        @Override
        public void applyTo(OrderBook book) {
            book.match(orderId, traderId, side, limitPrice, quantity, timestampNanos);
        }

        @Override
        public String toString() {
            return "match #" + orderId + " t" + traderId + " " + side + " " + quantity + "@" + limitPrice;
        }
    }

    /** {@link OrderBook#cancel}. */
    record Cancel(long orderId) implements Command {
        @Override
        public void applyTo(OrderBook book) {
            book.cancel(orderId);
        }

        @Override
        public String toString() {
            return "cancel #" + orderId;
        }
    }
}
