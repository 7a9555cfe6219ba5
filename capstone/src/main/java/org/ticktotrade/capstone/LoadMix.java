package org.ticktotrade.capstone;

import org.ticktotrade.week02.Side;

/**
 * The kill-metric run's order flow, as a pure function of the request's index: the generator, the receivers and
 * the in-process arm each recompute request i from i alone, so nothing about a request travels between threads
 * but its index, and nothing is allocated or stored per request.
 *
 * <p>Request i belongs to account {@code i % 2} (two accounts on two connections, so orders can trade: one account
 * would only ever meet itself, and self-trade prevention would cancel every cross). Its order id is {@code i + 1}.
 * Out of every 20 requests, on either instrument at random:
 * <ul>
 *   <li>10 makers: a buy 1..5 ticks below the reference price or a sell 1..5 above it, quantity 1..10; one in four
 *       post-only (which never crosses here: every resting bid is below the reference and every ask above), the
 *       rest GTC;</li>
 *   <li>6 takers: an IOC (or, one in three, a FOK) that crosses up to 5 ticks through the reference, quantity
 *       1..30;</li>
 *   <li>4 cancels of the same account's request {@code i - 2k} (k = 1..8): a resting maker is cancelled, anything
 *       else (filled already, or never a maker) is answered UNKNOWN_ORDER, which is still an answer.</li>
 * </ul>
 * Takers ask for about 4.7 lots a request, against 2.8 added by makers (and some cancelled): the books stay
 * shallow however long the run, so their depth does not drift with the run's length, and many takers find too
 * little (an IOC's remainder is cancelled, a FOK is killed), as on a real book.
 */
public final class LoadMix {

    public static final int ACCOUNTS = 2;
    public static final int INSTRUMENTS = 2;
    private static final long[] REFERENCE_PRICE = {10_000, 500}; // ExchangeMain.defaultConfig()'s two instruments

    private LoadMix() {
    }

    /** splitmix64: a well-mixed 64-bit value per index, so that neighbouring requests are unrelated. */
    private static long mix(long i) {
        long z = i * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int slot(long i) {
        return (int) Long.remainderUnsigned(mix(i), 20);
    }

    public static boolean isCancel(long i) {
        return slot(i) >= 16;
    }

    public static boolean isMaker(long i) {
        return slot(i) < 10;
    }

    public static int account(long i) {
        return (int) (i & 1);
    }

    public static long orderId(long i) {
        return i + 1;
    }

    /** The id a cancel request asks to cancel: the same account's request 2..16 before it (never before the first). */
    public static long cancelTarget(long i) {
        long back = 2 * (1 + ((mix(i) >>> 20) & 7));
        return back > i ? orderId(account(i)) : orderId(i - back);
    }

    public static int instrument(long i) {
        // A cancel names the instrument of the request it cancels, so that a resting maker is found in its book.
        long of = isCancel(i) ? cancelTarget(i) - 1 : i;
        return (int) ((mix(of) >>> 8) & 1);
    }

    /**
     * Each account buys one instrument and sells the other, as maker and as taker: account 0 bids for instrument 0
     * and takes its asks, which only account 1 makes. So no order ever meets its own account's, and self-trade
     * prevention (tested on its own elsewhere) never stops a taker short and leaves the books to grow.
     */
    // tag::side[]
    public static Side side(long i) {
        return ((account(i) ^ instrument(i)) & 1) == 0 ? Side.BUY : Side.SELL;
    }
    // end::side[]

    public static OrderType type(long i) {
        long r = mix(i) >>> 12;
        if (isMaker(i)) {
            return (r & 3) == 0 ? OrderType.POST_ONLY : OrderType.GTC;
        }
        return r % 3 == 0 ? OrderType.FOK : OrderType.IOC;
    }

    public static long price(long i) {
        long reference = REFERENCE_PRICE[instrument(i)];
        long ticks = 1 + ((mix(i) >>> 16) & 3) + ((mix(i) >>> 18) & 1); // 1..5
        boolean buy = side(i) == Side.BUY;
        if (isMaker(i)) {
            return buy ? reference - ticks : reference + ticks;        // passive: never crosses the other side
        }
        return buy ? reference + 5 : reference - 5;                     // aggressive: through every resting level
    }

    public static long quantity(long i) {
        long r = (mix(i) >>> 40) & 0xFFFF;
        return isMaker(i) ? 1 + r % 10 : 1 + r % 30;
    }
}
