package org.ticktotrade.week02;

/**
 * A resting order of the {@link NaiveOrderBook}: who, which side, what price, how much, when.
 *
 * <p>Everything but the remaining quantity is fixed when the order arrives. The remaining quantity
 * shrinks as the order fills; an order whose remainder reaches zero has left the book. Price is a
 * {@code long} count of ticks ($150.05 with a $0.01 tick is 15005): integer arithmetic is exact and
 * deterministic, where a {@code double} would round.
 */
public final class Order {

    // tag::fields[]
    private final long id;
    private final long traderId;
    private final Side side;
    private final long price;
    private final long quantity;
    private final long timestampNanos;
    private long remaining;
    // end::fields[]

    public Order(long id, long traderId, Side side, long price, long quantity, long timestampNanos) {
        this.id = id;
        this.traderId = traderId;
        this.side = side;
        this.price = price;
        this.quantity = quantity;
        this.timestampNanos = timestampNanos;
        this.remaining = quantity;
    }

    public long id() {
        return id;
    }

    public long traderId() {
        return traderId;
    }

    public Side side() {
        return side;
    }

    public long price() {
        return price;
    }

    /** The quantity the order arrived with. */
    public long quantity() {
        return quantity;
    }

    public long timestampNanos() {
        return timestampNanos;
    }

    /** What is left to fill. */
    public long remaining() {
        return remaining;
    }

    /** Takes {@code filled} off the remainder; {@code 0 < filled <= remaining()}. Only the book holding the order calls this. */
    public void fill(long filled) {
        remaining -= filled;
    }

    @Override
    public String toString() {
        return "Order[id=" + id + ", trader=" + traderId + ", " + side + " " + remaining + "/" + quantity + " @ " + price
                + ", t=" + timestampNanos + "]";
    }
}
