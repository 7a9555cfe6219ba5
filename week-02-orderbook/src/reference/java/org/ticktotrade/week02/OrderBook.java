package org.ticktotrade.week02;

/**
 * A limit order book for one instrument, matching by price-time priority. Every book of weeks 02 and
 * 03 implements this, so the same tests, properties and benchmarks run against each.
 *
 * <p><b>Rules</b>, the same for every implementation:
 * <ul>
 *   <li>Prices are positive whole ticks ({@code long}); quantities positive whole units. Nothing on the
 *       trade path is floating point.</li>
 *   <li>An incoming order trades with the best opposite price first (lowest ask for a buy, highest bid
 *       for a sell) as long as that price is at or better than its limit; within one price, resting
 *       orders fill in the order they arrived (FIFO). Each trade is at the resting order's price.</li>
 *   <li>Partial fills: an order may trade with several resting orders and leave one partly filled,
 *       keeping its place in the queue.</li>
 *   <li>Self-trade prevention, policy <em>cancel incoming</em>: if the next resting order to trade
 *       belongs to the incoming order's trader, matching stops, the incoming remainder is cancelled
 *       ({@link CancelReason#SELF_TRADE}) and the resting order keeps its quantity and its place.
 *       Trades done before that point stand.</li>
 *   <li>Time priority is arrival order at the book. The timestamp is carried for reports, never used to
 *       reorder: a sequencer's clock is not trusted to be monotonic, its order of arrival is.</li>
 *   <li>Events go to the {@link BookEvents} sink the book was built with, in the order they happen.</li>
 * </ul>
 *
 * <p>A book is single-threaded: one thread owns it (week 03 argues why that is the fast design).
 */
public interface OrderBook {

    // tag::sentinels[]
    /** {@link #bestBid()} of a book with no bids: lower than any price, so "bid below ask" still reads right. */
    long NO_BID = Long.MIN_VALUE;

    /** {@link #bestAsk()} of a book with no asks: higher than any price. */
    long NO_ASK = Long.MAX_VALUE;
    // end::sentinels[]

    // tag::commands[]
    /**
     * A limit order that stays: trade what crosses, then rest the remainder at {@code price}.
     * Rejected ({@link RejectReason}) for a non-positive quantity or price, an id that is resting already,
     * or a book with no room.
     */
    void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos);

    /**
     * An immediate-or-cancel order: trade what crosses {@code limitPrice}, cancel the remainder
     * ({@link CancelReason#IMMEDIATE_OR_CANCEL}). Never rests, so a full book still accepts it.
     */
    void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos);

    /** Removes a resting order ({@link CancelReason#REQUESTED}), or rejects with {@link RejectReason#UNKNOWN_ORDER}. */
    void cancel(long orderId);
    // end::commands[]

    /** The highest resting buy price, or {@link #NO_BID}. */
    long bestBid();

    /** The lowest resting sell price, or {@link #NO_ASK}. */
    long bestAsk();

    /** Total resting quantity at one price on one side; 0 when there is no such level. */
    long quantityAt(Side side, long price);

    /** How many orders rest in the book, both sides together. */
    int orderCount();

    /** The quantity the order still rests with, or 0 when it does not rest. */
    long restingQuantity(long orderId);

    /**
     * The ids resting at one price, oldest first (the order they will fill in); empty when no level.
     * For inspection and tests: it allocates its answer.
     */
    long[] orderIdsAt(Side side, long price);
}
