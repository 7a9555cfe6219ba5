package org.ticktotrade.capstone;

import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The matching engine: every new order goes through {@link Risk}, then its instrument's {@link InstrumentBook};
 * everything that happens is reported to the caller's {@link ExecutionReports}, and every fill updates both
 * accounts' positions.
 *
 * <p><b>One thread.</b> The engine thread owns the engine, its books and its risk state; nothing here is shared,
 * so nothing is locked, fenced or padded (week 03's single-writer argument). Commands are applied one at a time, to
 * completion, in the order they arrive: that order is the exchange's time priority, and (with no clock read
 * inside) it makes the engine deterministic, so replaying the same commands rebuilds the same books, positions
 * and reports (week 06's recovery). Timestamps are carried, never used to decide.
 *
 * <p><b>Nothing allocated per order.</b> Books and risk arrays are allocated here, at start. The books report to
 * one sink, {@link #bookEvents}, which turns each event into reports and risk updates; a book's events do not
 * say which account or instrument the command was about, so the engine keeps that in fields for the command in
 * progress ({@code account}, {@code instrument}): the book calls back on this thread before it returns, so
 * the fields always describe the command being applied.
 */
public final class Engine {

    private final InstrumentBook[] books;
    private final Risk risk;
    private final ExecutionReports reports;
    private final int accounts;

    // tag::in-progress[]
    // The command in progress (see the class comment): set before a book is called, read by its events.
    private int account;
    private int instrument;
    private Side cancelSide;
    // end::in-progress[]

    private final TradeEvents bookEvents = new BookSink();

    public Engine(ExchangeConfig config, ExecutionReports reports) {
        this.reports = reports;
        this.risk = new Risk(config);
        this.accounts = config.accounts().size();
        this.books = new InstrumentBook[config.instruments().size()];
        for (int i = 0; i < books.length; i++) {
            InstrumentSpec spec = config.instruments().get(i);
            books[i] = new InstrumentBook(spec.capacity(), spec.lowestPrice(), spec.ticks(), bookEvents);
        }
    }

    /**
     * A new order of {@code accountId} for {@code instrumentId}. Checks, in order: the instrument and the account
     * exist, the quantity and price are positive (risk's arithmetic relies on it; the book would say the same),
     * then {@link Risk#check}; then the order type's rule in the book.
     */
    public void newOrder(long accountId, int instrumentId, long orderId, Side side, OrderType type, long price,
                         long quantity, long timestampNanos) {
        // TODO(kata) Reject UNKNOWN_INSTRUMENT, UNKNOWN_ACCOUNT, INVALID_QUANTITY, INVALID_PRICE and risk's reason, in that order (reports.onRejected); set the command-in-progress fields; call the book's method for the type (add, match, fillOrKill, postOnly) with the account as the trader id. Read lesson 6, "The engine: risk, then the book, then the reports".
        throw new UnsupportedOperationException("TODO(kata) Reject UNKNOWN_INSTRUMENT, UNKNOWN_ACCOUNT, INVALID_QUANTITY, INVALID_PRICE and risk's reason, in that order (reports.onRejected); set the command-in-progress fields; call the book's method for the type (add, match, fillOrKill, postOnly) with the account as the trader id. Read lesson 6, \"The engine: risk, then the book, then the reports\".");
    }

    /**
     * Cancels a resting order of {@code accountId}. An id that does not rest, or rests for another account, is
     * {@link Reject#UNKNOWN_ORDER} either way: an account learns nothing about others' orders.
     */
    public void cancel(long accountId, int instrumentId, long orderId) {
        // TODO(kata) Reject UNKNOWN_INSTRUMENT and UNKNOWN_ACCOUNT as newOrder does; reject UNKNOWN_ORDER unless book.traderOf(orderId) is this account; remember the order's side (sideOf) for risk, set the fields, then book.cancel. Read lesson 6, "The engine: risk, then the book, then the reports".
        throw new UnsupportedOperationException("TODO(kata) Reject UNKNOWN_INSTRUMENT and UNKNOWN_ACCOUNT as newOrder does; reject UNKNOWN_ORDER unless book.traderOf(orderId) is this account; remember the order's side (sideOf) for risk, set the fields, then book.cancel. Read lesson 6, \"The engine: risk, then the book, then the reports\".");
    }

    /**
     * Recovery from a snapshot: puts a resting order back as it was captured. No risk check (it passed when the
     * order arrived) and no time priority to decide: the snapshot lists each level's orders in their queue order,
     * and levels never cross, so adding them in that order rebuilds every queue. The book's rest event updates
     * risk's resting quantity as it did the first time.
     */
    public void restoreResting(long accountId, int instrumentId, long orderId, Side side, long price, long quantity) {
        account = (int) accountId;
        instrument = instrumentId;
        books[instrumentId].add(orderId, accountId, side, price, quantity, 0);
    }

    /** The book of one instrument, for queries (best prices, depth): the engine thread's, like everything here. */
    public InstrumentBook book(int instrumentId) {
        return books[instrumentId];
    }

    public Risk risk() {
        return risk;
    }

    public int instruments() {
        return books.length;
    }

    /** Turns the book's events for the command in progress into reports and risk updates. */
    private final class BookSink implements TradeEvents {

        @Override
        public void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price,
                           long quantity, long takerRemaining, long makerRemaining) {
            // TODO(kata) Two reports, the taker's (account, maker = false) then the maker's (makerTraderId, maker = true, the opposite side); both accounts' risk.onFill (the maker's wasResting); risk.onTrade with the price. Read lesson 6, "The engine: risk, then the book, then the reports".
            throw new UnsupportedOperationException("TODO(kata) Two reports, the taker's (account, maker = false) then the maker's (makerTraderId, maker = true, the opposite side); both accounts' risk.onFill (the maker's wasResting); risk.onTrade with the price. Read lesson 6, \"The engine: risk, then the book, then the reports\".");
        }

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {
            // TODO(kata) The quantity now rests: tell risk (onRested), then report it. Read lesson 6, "The engine: risk, then the book, then the reports".
            throw new UnsupportedOperationException("TODO(kata) The quantity now rests: tell risk (onRested), then report it. Read lesson 6, \"The engine: risk, then the book, then the reports\".");
        }

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {
            // TODO(kata) REQUESTED is a resting order leaving (risk.onRestingCancelled with the cancel's side); SELF_TRADE and IMMEDIATE_OR_CANCEL are an incoming remainder that never rested. Report with the matching CancelCode. Read lesson 6, "The engine: risk, then the book, then the reports".
            throw new UnsupportedOperationException("TODO(kata) REQUESTED is a resting order leaving (risk.onRestingCancelled with the cancel's side); SELF_TRADE and IMMEDIATE_OR_CANCEL are an incoming remainder that never rested. Report with the matching CancelCode. Read lesson 6, \"The engine: risk, then the book, then the reports\".");
        }

        @Override
        public void onKilled(long orderId, long quantity) {
            reports.onCancelled(account, instrument, orderId, quantity, CancelCode.FILL_OR_KILL);
        }

        @Override
        public void onWouldCross(long orderId) {
            reports.onRejected(account, instrument, orderId, Reject.POST_ONLY_WOULD_CROSS);
        }

        @Override
        public void onRejected(long orderId, RejectReason reason) {
            reports.onRejected(account, instrument, orderId, Reject.of(reason));
        }
    }
}
