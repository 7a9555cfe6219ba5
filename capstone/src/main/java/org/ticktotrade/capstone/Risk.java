package org.ticktotrade.capstone;

import org.ticktotrade.week02.Side;

/**
 * Pre-trade risk: four limits checked on every new order before it reaches a book, and the positions they are
 * checked against, kept up to date from every fill. An order that fails a check is rejected with that check's
 * {@link Reject} and changes nothing.
 *
 * <p><b>Checks</b>, in this order (the first that fails is the reason):
 * <ol>
 *   <li>{@link Reject#MAX_ORDER_SIZE}: quantity above the account's {@code maxOrderQuantity};</li>
 *   <li>{@link Reject#PRICE_COLLAR}: price further than the instrument's {@code collarTicks} from its reference
 *       price, which is the last trade's price (the configured price until the first trade), so the collar moves
 *       with the market, never away from it in one jump (a fat finger's order fails here);</li>
 *   <li>{@link Reject#NOTIONAL_LIMIT}: price times quantity above {@code maxNotional};</li>
 *   <li>{@link Reject#POSITION_LIMIT}: the worst case, every resting order of the account on that side filling
 *       as well as this one, would take the position past {@code maxPosition}, long or short. Counting resting
 *       orders is what stops an account from reaching any exposure through many small orders.</li>
 * </ol>
 * Every limit is inclusive. The size check comes first because it bounds the arithmetic of the others.
 *
 * <p><b>State</b>, per account and instrument: the position (bought minus sold, signed) and the resting buy and
 * sell quantities, in flat {@code long} arrays at {@code account * instruments + instrument}. Only the engine
 * thread reads or writes them (single writer), so they are plain fields: nothing to order between threads.
 */
public final class Risk {

    // tag::state[]
    private final int instruments;
    private final long[] maxOrderQuantity;
    private final long[] maxPosition;
    private final long[] maxNotional;
    private final long[] referencePrice;
    private final long[] collarTicks;
    private final long[] position;
    private final long[] restingBuy;
    private final long[] restingSell;
    // end::state[]

    public Risk(ExchangeConfig config) {
        this.instruments = config.instruments().size();
        int accounts = config.accounts().size();
        this.maxOrderQuantity = new long[accounts];
        this.maxPosition = new long[accounts];
        this.maxNotional = new long[accounts];
        for (int a = 0; a < accounts; a++) {
            AccountLimits limits = config.accounts().get(a);
            maxOrderQuantity[a] = limits.maxOrderQuantity();
            maxPosition[a] = limits.maxPosition();
            maxNotional[a] = limits.maxNotional();
        }
        this.referencePrice = new long[instruments];
        this.collarTicks = new long[instruments];
        for (int i = 0; i < instruments; i++) {
            referencePrice[i] = config.instruments().get(i).referencePrice();
            collarTicks[i] = config.instruments().get(i).collarTicks();
        }
        this.position = new long[accounts * instruments];
        this.restingBuy = new long[accounts * instruments];
        this.restingSell = new long[accounts * instruments];
    }

    /**
     * The reason to refuse this order, or null when every limit holds. {@code price} and {@code quantity} are
     * positive (the engine rejects anything else before asking); the ids are valid.
     */
    public Reject check(int account, int instrument, Side side, long price, long quantity) {
        // TODO(kata) Four checks in order: quantity > maxOrderQuantity; |price - referencePrice| > collarTicks; quantity > maxNotional / price (price * quantity could overflow); position + resting on that side + quantity past maxPosition (a buy adds, a sell subtracts, both signs are limits). Read lesson 4, "Pre-trade risk: size, collar, notional and position".
        throw new UnsupportedOperationException("TODO(kata) Four checks in order: quantity > maxOrderQuantity; |price - referencePrice| > collarTicks; quantity > maxNotional / price (price * quantity could overflow); position + resting on that side + quantity past maxPosition (a buy adds, a sell subtracts, both signs are limits). Read lesson 4, \"Pre-trade risk: size, collar, notional and position\".");
    }

    /** An order of the account now rests with {@code quantity}: it counts towards the worst case from now on. */
    public void onRested(int account, int instrument, Side side, long quantity) {
        // TODO(kata) Add quantity to the account's resting quantity on that side. Read lesson 4, "Pre-trade risk: size, collar, notional and position".
        throw new UnsupportedOperationException("TODO(kata) Add quantity to the account's resting quantity on that side. Read lesson 4, \"Pre-trade risk: size, collar, notional and position\".");
    }

    /**
     * The account bought ({@code side} BUY) or sold {@code quantity}; {@code wasResting} when the order was the
     * maker, whose resting quantity shrinks by what filled.
     */
    public void onFill(int account, int instrument, Side side, long quantity, boolean wasResting) {
        // TODO(kata) A buy adds quantity to the position, a sell subtracts it; a maker's fill also leaves its side's resting quantity (onRested added it there). Read lesson 4, "Pre-trade risk: size, collar, notional and position".
        throw new UnsupportedOperationException("TODO(kata) A buy adds quantity to the position, a sell subtracts it; a maker's fill also leaves its side's resting quantity (onRested added it there). Read lesson 4, \"Pre-trade risk: size, collar, notional and position\".");
    }

    /** A resting order of the account was cancelled with {@code quantity} left. */
    public void onRestingCancelled(int account, int instrument, Side side, long quantity) {
        // TODO(kata) Take quantity off the account's resting quantity on that side. Read lesson 4, "Pre-trade risk: size, collar, notional and position".
        throw new UnsupportedOperationException("TODO(kata) Take quantity off the account's resting quantity on that side. Read lesson 4, \"Pre-trade risk: size, collar, notional and position\".");
    }

    /** A trade printed at {@code price}: the instrument's collar is centred there from now on. */
    public void onTrade(int instrument, long price) {
        // TODO(kata) The reference price becomes the trade's price. Read lesson 4, "Pre-trade risk: size, collar, notional and position".
        throw new UnsupportedOperationException("TODO(kata) The reference price becomes the trade's price. Read lesson 4, \"Pre-trade risk: size, collar, notional and position\".");
    }

    /** Bought minus sold. */
    public long position(int account, int instrument) {
        return position[account * instruments + instrument];
    }

    /** What the account's resting orders on {@code side} still ask for. */
    public long resting(int account, int instrument, Side side) {
        final int at = account * instruments + instrument;
        return side == Side.BUY ? restingBuy[at] : restingSell[at];
    }

    public long referencePrice(int instrument) {
        return referencePrice[instrument];
    }

    /**
     * Recovery from a snapshot: an account's position and an instrument's reference price as they were captured.
     * Resting quantities are not restored here: they come back with the resting orders ({@link #onRested}).
     */
    public void restore(int account, int instrument, long positionValue, long reference) {
        position[account * instruments + instrument] = positionValue;
        referencePrice[instrument] = reference;
    }
}
