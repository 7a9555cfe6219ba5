package org.ticktotrade.week01.examples;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deliberately small book that only rests orders (matching is week 02): enough to show the
 * writer/view split of lesson 1. Single-threaded by design: only the matching thread holds the
 * {@link BookWriter}; every other thread gets the {@link BookView} and, through it, immutable
 * {@link TopOfBook} snapshots.
 */
public final class SimpleBook implements BookWriter {

    private record Resting(Side side, Price price, Quantity quantity) {}

    private final NavigableMap<Price, Quantity> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<Price, Quantity> asks = new TreeMap<>();
    private final Map<Long, Resting> orders = new HashMap<>();
    private long sequence;

    // tag::view-object[]
    // A separate object, not `this`: a reader handed the view cannot cast it back to BookWriter.
    private final BookView view = this::top;

    @Override
    public BookView view() {
        return view;
    }
    // end::view-object[]

    @Override
    public boolean add(long orderId, Side side, Price price, Quantity quantity) {
        if (orders.containsKey(orderId) || wouldCross(side, price)) {
            return false;
        }
        levels(side).merge(price, quantity, Quantity::plus);
        orders.put(orderId, new Resting(side, price, quantity));
        sequence++;
        return true;
    }

    @Override
    public boolean cancel(long orderId) {
        Resting resting = orders.remove(orderId);
        if (resting == null) {
            return false;
        }
        NavigableMap<Price, Quantity> level = levels(resting.side());
        long left = level.get(resting.price()).lots() - resting.quantity().lots();
        if (left == 0) {
            level.remove(resting.price());
        } else {
            level.put(resting.price(), new Quantity(left));
        }
        sequence++;
        return true;
    }

    @Override
    public boolean replace(long orderId, Price price, Quantity quantity) {
        Resting resting = orders.get(orderId);
        if (resting == null || wouldCross(resting.side(), price)) {
            return false;
        }
        cancel(orderId);
        return add(orderId, resting.side(), price, quantity);
    }

    private TopOfBook top() {
        return new TopOfBook(sequence, best(bids), best(asks));
    }

    /** This book does not match yet, so an order that would trade is refused instead. */
    private boolean wouldCross(Side side, Price price) {
        return side == Side.BUY
                ? !asks.isEmpty() && price.compareTo(asks.firstKey()) >= 0
                : !bids.isEmpty() && price.compareTo(bids.firstKey()) <= 0;
    }

    private NavigableMap<Price, Quantity> levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    private static Optional<TopOfBook.Level> best(NavigableMap<Price, Quantity> side) {
        Map.Entry<Price, Quantity> first = side.firstEntry();
        return first == null ? Optional.empty() : Optional.of(new TopOfBook.Level(first.getKey(), first.getValue()));
    }
}
