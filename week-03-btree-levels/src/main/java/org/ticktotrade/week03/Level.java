package org.ticktotrade.week03;

import java.util.ArrayDeque;
import org.ticktotrade.week02.Order;

/** One price of the {@link TreeMapOrderBook}: its orders oldest first, and their total, kept as orders come and go. */
// tag::level[]
public final class Level {

    private final ArrayDeque<Order> orders = new ArrayDeque<>();
    private long quantity;

    public ArrayDeque<Order> orders() {
        return orders;
    }

    /** The total remaining quantity of the orders here. */
    public long quantity() {
        return quantity;
    }

    /** Adjusts the total by {@code delta} (negative when quantity trades or is cancelled). */
    public void adjust(long delta) {
        quantity += delta;
    }
}
// end::level[]
