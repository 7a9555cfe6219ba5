package org.ticktotrade.week06;

import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * Folds every event a book emits into one 64-bit hash, in order: two replays of the same log produce the same
 * hash only if they produced the same events in the same order. That is the deterministic-replay check: no
 * wall clock, no hash-map iteration order, no thread timing may leak into what the engine does.
 * Allocation-free: every event is a few multiplications.
 */
public final class EventHash implements BookEvents {

    private static final long PRIME = 0x100000001b3L; // the 64-bit FNV prime, as a multiplier
    private long hash = 0xcbf29ce484222325L;
    private long events;

    private void mix(long value) {
        hash = (hash ^ value) * PRIME;
        hash ^= hash >>> 29; // FNV mixes bytes; whole longs need their high bits folded down
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                        long takerRemaining, long makerRemaining) {
        mix(1);
        mix(takerOrderId);
        mix(makerOrderId);
        mix(takerSide.ordinal());
        mix(price);
        mix(quantity);
        mix(takerRemaining);
        mix(makerRemaining);
        events++;
    }

    @Override
    public void onRested(long orderId, Side side, long price, long quantity) {
        mix(2);
        mix(orderId);
        mix(side.ordinal());
        mix(price);
        mix(quantity);
        events++;
    }

    @Override
    public void onCancelled(long orderId, long quantity, CancelReason reason) {
        mix(3);
        mix(orderId);
        mix(quantity);
        mix(reason.ordinal());
        events++;
    }

    @Override
    public void onRejected(long orderId, RejectReason reason) {
        mix(4);
        mix(orderId);
        mix(reason.ordinal());
        events++;
    }

    public long hash() {
        return hash;
    }

    public long events() {
        return events;
    }
}
