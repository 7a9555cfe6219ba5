package org.ticktotrade.week03;

import static org.ticktotrade.week02.OrderArena.NONE;

import java.util.Arrays;
import org.ticktotrade.week02.OrderArena;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/**
 * One side of the {@link LadderOrderBook}: a level for every price in a fixed band, found by arithmetic
 * instead of a map, with a bitmap of which levels hold orders.
 *
 * <p><b>Index = price - lowest.</b> A price's level is at {@code price - lowestPrice}: no hashing, no
 * boxing, no tree node, and neighbouring prices are neighbouring array elements. The price is the key
 * and the array is sorted by construction. The cost is memory for every tick in the band, empty or not:
 * 20 bytes per tick per side (65,536 ticks is 1.3 MB), which is why the band is bounded and an add
 * outside it is a reject ({@link org.ticktotrade.week02.RejectReason#PRICE_OUT_OF_BAND}), as exchanges
 * reject prices outside their collars. RSX's CompressionMap and exchange-core's radix tree are two ways
 * of keeping the idea for unbounded prices.
 *
 * <p><b>Best price.</b> Bit {@code i} of {@code occupied} is set exactly when level {@code i} holds an
 * order. When the best level empties, the next best is the nearest set bit below it (bids) or above it
 * (asks): {@link Long#numberOfLeadingZeros} / {@link Long#numberOfTrailingZeros} find it within 64 ticks
 * in one instruction each, so the search reads one word when the book is dense near the touch (the usual
 * case) and at most {@code ticks / 64} words when it is not.
 *
 * <p><b>Invariants.</b> For every index {@code i} in {@code [0, ticks)}: bit {@code i} is set iff
 * {@code count[i] > 0}; a level with orders has {@code head[i]} and {@code tail[i]} at the ends of an
 * intrusive list of arena slots whose level field is {@code i} (slots of this side only), and
 * {@code quantity[i]} is the sum of their remaining quantities; {@code best} is the highest (bids) or
 * lowest (asks) set bit, or NONE.
 */
public final class PriceLadder {

    // tag::fields[]
    private final Side side;
    private final OrderArena arena;
    private final long lowestPrice;
    private final int ticks;
    private final int[] head;
    private final int[] tail;
    private final int[] count;
    private final long[] quantity;
    private final long[] occupied;
    private int best = NONE;
    // end::fields[]

    /**
     * @param lowestPrice the lowest price the ladder covers, at least 1
     * @param ticks       how many consecutive prices it covers, a positive multiple of 64
     */
    public PriceLadder(Side side, OrderArena arena, long lowestPrice, int ticks) {
        if (lowestPrice < 1 || ticks < 64 || ticks % 64 != 0 || lowestPrice > Long.MAX_VALUE - ticks) {
            throw new IllegalArgumentException("need lowestPrice >= 1 and ticks a positive multiple of 64, got "
                    + lowestPrice + " and " + ticks);
        }
        this.side = side;
        this.arena = arena;
        this.lowestPrice = lowestPrice;
        this.ticks = ticks;
        this.head = new int[ticks];
        this.tail = new int[ticks];
        this.count = new int[ticks];
        this.quantity = new long[ticks];
        this.occupied = new long[ticks / 64];
        Arrays.fill(head, NONE);
        Arrays.fill(tail, NONE);
    }

    // tag::band[]
    /** Whether {@code price} has a level in this ladder. */
    public boolean covers(long price) {
        return price >= lowestPrice && price - lowestPrice < ticks;
    }

    /** The level index of a covered price. */
    public int indexOf(long price) {
        return (int) (price - lowestPrice);
    }

    public long priceOf(int index) {
        return lowestPrice + index;
    }
    // end::band[]

    // tag::best[]
    /** The best level's index, or NONE when this side is empty. */
    public int bestIndex() {
        return best;
    }

    /** The best price, or {@link OrderBook#NO_BID} / {@link OrderBook#NO_ASK}. */
    public long bestPrice() {
        return best == NONE ? (side == Side.BUY ? OrderBook.NO_BID : OrderBook.NO_ASK) : lowestPrice + best;
    }
    // end::best[]

    public int head(int index) {
        return head[index];
    }

    public int count(int index) {
        return count[index];
    }

    public long quantity(int index) {
        return quantity[index];
    }

    /** Appends a filled-in slot, whose price this ladder covers, to the back of its level. */
    public void append(int slot) {
        final int index = indexOf(arena.price(slot)); // covered: the book checked before allocating the slot
        // TODO(kata) Link the slot after tail[index] (or make it head and tail), set its level to index, add its quantity and one to the level; when the level was empty set its bit in occupied and make it best if it beats the current best. Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) Link the slot after tail[index] (or make it head and tail), set its level to index, add its quantity and one to the level; when the level was empty set its bit in occupied and make it best if it beats the current best. Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    /** Unlinks a resting slot in O(1); when its level empties, clears its bit and, if it was the best, finds the next. */
    public void remove(int slot) {
        final int index = arena.level(slot);
        // TODO(kata) Unlink the slot from head[index]..tail[index] (prev/next rewired, ends moved), subtract its quantity and one order; when the count reaches 0 clear the level's bit and, if index was best, set best to the next occupied level below (bids) or above (asks). Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) Unlink the slot from head[index]..tail[index] (prev/next rewired, ends moved), subtract its quantity and one order; when the count reaches 0 clear the level's bit and, if index was best, set best to the next occupied level below (bids) or above (asks). Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    /** A resting order at {@code index} traded {@code filled} and still rests: keep the level's total right. */
    public void reduce(int index, long filled) {
        quantity[index] -= filled;
    }

    /** The highest occupied index at or below {@code from}, or NONE. */
    int highestAtOrBelow(int from) {
        // TODO(kata) Mask off the bits above from in its word; while the word is 0 step to the word below (NONE past word 0); the answer is the word's base plus 63 - numberOfLeadingZeros. Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) Mask off the bits above from in its word; while the word is 0 step to the word below (NONE past word 0); the answer is the word's base plus 63 - numberOfLeadingZeros. Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    /** The lowest occupied index at or above {@code from}, or NONE. */
    int lowestAtOrAbove(int from) {
        // TODO(kata) Mask off the bits below from in its word; while the word is 0 step to the word above (NONE past the last word); the answer is the word's base plus numberOfTrailingZeros. Read lesson 4, "A price ladder: sorted by construction, found by arithmetic".
        throw new UnsupportedOperationException("TODO(kata) Mask off the bits below from in its word; while the word is 0 step to the word above (NONE past the last word); the answer is the word's base plus numberOfTrailingZeros. Read lesson 4, \"A price ladder: sorted by construction, found by arithmetic\".");
    }

    /** The ids at one level, oldest first: for inspection, it allocates. */
    public long[] orderIds(int index) {
        long[] ids = new long[count[index]];
        int i = 0;
        for (int slot = head[index]; slot != NONE; slot = arena.next(slot)) {
            ids[i++] = arena.orderId(slot);
        }
        return ids;
    }
}
