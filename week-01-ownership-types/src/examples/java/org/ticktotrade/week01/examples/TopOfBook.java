package org.ticktotrade.week01.examples;

import java.util.Objects;
import java.util.Optional;

/**
 * The best bid and ask at one sequence number. Lesson 1: a record as an immutable snapshot that can be
 * handed to any thread, and whose constructor refuses a state no exchange may publish (a crossed book).
 */
// tag::snapshot[]
public record TopOfBook(long sequence, Optional<Level> bid, Optional<Level> ask) {

    /** One price level: its price and the total quantity resting there. */
    public record Level(Price price, Quantity size) {
        public Level {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(size, "size");
        }
    }

    public TopOfBook {
        Objects.requireNonNull(bid, "bid (use Optional.empty() for an empty side)");
        Objects.requireNonNull(ask, "ask (use Optional.empty() for an empty side)");
        if (bid.isPresent() && ask.isPresent() && bid.get().price().compareTo(ask.get().price()) >= 0) {
            throw new IllegalArgumentException("crossed book at sequence " + sequence + ": bid "
                    + bid.get().price() + " >= ask " + ask.get().price());
        }
    }
}
// end::snapshot[]
