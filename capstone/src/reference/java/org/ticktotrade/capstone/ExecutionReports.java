package org.ticktotrade.capstone;

import org.ticktotrade.week02.Side;

/**
 * What the engine tells each account about its orders: the sink the caller supplies. Callbacks with primitive
 * arguments and enum constants, on the engine thread, before the command's call returns, so the engine
 * allocates nothing per order. The caller decides what a report becomes (later: an ExecutionReport frame held
 * until the command that caused it is durable in the journal, then sent on the account's TCP session).
 *
 * <p>Every accepted new order ends in exactly one of: filled (its fills add up to its quantity), rested, or
 * cancelled (self-trade, IOC remainder, FOK kill). A refused command produces exactly one {@link #onRejected}.
 */
public interface ExecutionReports {

    /** The order was refused and changed nothing. */
    void onRejected(long account, int instrument, long orderId, Reject reason);

    /** The order (or what is left of it) rests in the book. */
    void onRested(long account, int instrument, long orderId, Side side, long price, long quantity);

    /**
     * One side of a trade: each trade gives one report to the taker's account and one to the maker's.
     *
     * @param leavesQuantity what the order still has to fill
     * @param maker          whether this order was the resting one
     */
    void onFill(long account, int instrument, long orderId, long counterOrderId, Side side, long price, long quantity,
                long leavesQuantity, boolean maker);

    /** {@code quantity} of the order left without trading. */
    void onCancelled(long account, int instrument, long orderId, long quantity, CancelCode reason);
}
