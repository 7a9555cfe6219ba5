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

    // tag::new-order[]
    /**
     * A new order of {@code accountId} for {@code instrumentId}. Checks, in order: the instrument and the account
     * exist, the quantity and price are positive (risk's arithmetic relies on it; the book would say the same),
     * then {@link Risk#check}; then the order type's rule in the book.
     */
    public void newOrder(long accountId, int instrumentId, long orderId, Side side, OrderType type, long price,
                         long quantity, long timestampNanos) {
        // kata:solution lesson-06 Reject UNKNOWN_INSTRUMENT, UNKNOWN_ACCOUNT, INVALID_QUANTITY, INVALID_PRICE and risk's reason, in that order (reports.onRejected); set the command-in-progress fields; call the book's method for the type (add, match, fillOrKill, postOnly) with the account as the trader id.
        if (instrumentId < 0 || instrumentId >= books.length) {
            reports.onRejected(accountId, instrumentId, orderId, Reject.UNKNOWN_INSTRUMENT);
            return;
        }
        if (accountId < 0 || accountId >= accounts) {
            reports.onRejected(accountId, instrumentId, orderId, Reject.UNKNOWN_ACCOUNT);
            return;
        }
        if (quantity <= 0 || price <= 0) {
            reports.onRejected(accountId, instrumentId, orderId, quantity <= 0 ? Reject.INVALID_QUANTITY : Reject.INVALID_PRICE);
            return;
        }
        final Reject refused = risk.check((int) accountId, instrumentId, side, price, quantity);
        if (refused != null) {
            reports.onRejected(accountId, instrumentId, orderId, refused);
            return;
        }
        account = (int) accountId;
        instrument = instrumentId;
        final InstrumentBook book = books[instrumentId];
        switch (type) {
            case GTC -> book.add(orderId, accountId, side, price, quantity, timestampNanos);
            case IOC -> book.match(orderId, accountId, side, price, quantity, timestampNanos);
            case FOK -> book.fillOrKill(orderId, accountId, side, price, quantity, timestampNanos);
            case POST_ONLY -> book.postOnly(orderId, accountId, side, price, quantity, timestampNanos);
        }
        // kata:end
    }
    // end::new-order[]

    // tag::cancel[]
    /**
     * Cancels a resting order of {@code accountId}. An id that does not rest, or rests for another account, is
     * {@link Reject#UNKNOWN_ORDER} either way: an account learns nothing about others' orders.
     */
    public void cancel(long accountId, int instrumentId, long orderId) {
        // kata:solution lesson-06 Reject UNKNOWN_INSTRUMENT and UNKNOWN_ACCOUNT as newOrder does; reject UNKNOWN_ORDER unless book.traderOf(orderId) is this account; remember the order's side (sideOf) for risk, set the fields, then book.cancel.
        if (instrumentId < 0 || instrumentId >= books.length) {
            reports.onRejected(accountId, instrumentId, orderId, Reject.UNKNOWN_INSTRUMENT);
            return;
        }
        if (accountId < 0 || accountId >= accounts) {
            reports.onRejected(accountId, instrumentId, orderId, Reject.UNKNOWN_ACCOUNT);
            return;
        }
        final InstrumentBook book = books[instrumentId];
        if (book.traderOf(orderId) != accountId) {
            reports.onRejected(accountId, instrumentId, orderId, Reject.UNKNOWN_ORDER);
            return;
        }
        account = (int) accountId;
        instrument = instrumentId;
        cancelSide = book.sideOf(orderId);
        book.cancel(orderId);
        // kata:end
    }
    // end::cancel[]

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

        // tag::on-fill[]
        @Override
        public void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price,
                           long quantity, long takerRemaining, long makerRemaining) {
            // kata:solution lesson-06 Two reports, the taker's (account, maker = false) then the maker's (makerTraderId, maker = true, the opposite side); both accounts' risk.onFill (the maker's wasResting); risk.onTrade with the price.
            final Side makerSide = takerSide.opposite();
            final int maker = (int) makerTraderId; // a book's trader ids are the engine's account ids
            risk.onFill(account, instrument, takerSide, quantity, false);
            risk.onFill(maker, instrument, makerSide, quantity, true);
            risk.onTrade(instrument, price);
            reports.onFill(account, instrument, takerOrderId, makerOrderId, takerSide, price, quantity, takerRemaining, false);
            reports.onFill(maker, instrument, makerOrderId, takerOrderId, makerSide, price, quantity, makerRemaining, true);
            // kata:end
        }
        // end::on-fill[]

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {
            // kata:solution lesson-06 The quantity now rests: tell risk (onRested), then report it.
            risk.onRested(account, instrument, side, quantity);
            reports.onRested(account, instrument, orderId, side, price, quantity);
            // kata:end
        }

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {
            // kata:solution lesson-06 REQUESTED is a resting order leaving (risk.onRestingCancelled with the cancel's side); SELF_TRADE and IMMEDIATE_OR_CANCEL are an incoming remainder that never rested. Report with the matching CancelCode.
            final CancelCode code = switch (reason) {
                case REQUESTED -> CancelCode.REQUESTED;
                case SELF_TRADE -> CancelCode.SELF_TRADE;
                case IMMEDIATE_OR_CANCEL -> CancelCode.IMMEDIATE_OR_CANCEL;
            };
            if (reason == CancelReason.REQUESTED) {
                risk.onRestingCancelled(account, instrument, cancelSide, quantity);
            }
            reports.onCancelled(account, instrument, orderId, quantity, code);
            // kata:end
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
