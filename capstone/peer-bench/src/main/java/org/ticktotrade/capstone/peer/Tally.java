package org.ticktotrade.capstone.peer;

import java.util.Locale;

/**
 * What one replay of the stream did, counted from the engine's own reports: the figures both engines must agree
 * on before anything is timed. {@link #tradeHash} folds every trade (taker id, maker id, price, quantity) in the
 * order the engine reported it, so equal hashes mean the same trades in the same order, not just as many.
 */
final class Tally {

    long trades;
    long tradedQuantity;
    long iocCancelled;       // IOC remainders that left without trading
    long cancelled;          // cancels that removed a resting order
    long cancelsRefused;     // cancels of no resting order of the account
    long selfTradeCancels;   // the capstone's self-trade prevention; the stream is built so that it never acts
    long otherRejects;       // anything else refused; the stream is built so that there are none
    long tradeHash = 17;

    void trade(long taker, long maker, long price, long quantity) {
        trades++;
        tradedQuantity += quantity;
        tradeHash = 31 * (31 * (31 * (31 * tradeHash + taker) + maker) + price) + quantity;
    }

    void reset() {
        trades = tradedQuantity = iocCancelled = cancelled = cancelsRefused = selfTradeCancels = otherRejects = 0;
        tradeHash = 17;
    }

    Tally copy() {
        Tally c = new Tally();
        c.trades = trades;
        c.tradedQuantity = tradedQuantity;
        c.iocCancelled = iocCancelled;
        c.cancelled = cancelled;
        c.cancelsRefused = cancelsRefused;
        c.selfTradeCancels = selfTradeCancels;
        c.otherRejects = otherRejects;
        c.tradeHash = tradeHash;
        return c;
    }

    /** Every field but the hash, then the hash: equal strings, same work. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "trades %d, traded quantity %d, IOC remainders cancelled %d, cancels done %d,"
                        + " cancels refused %d, self-trade cancels %d, other rejects %d, trade sequence hash %016x",
                trades, tradedQuantity, iocCancelled, cancelled, cancelsRefused, selfTradeCancels, otherRejects, tradeHash);
    }
}
