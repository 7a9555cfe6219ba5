package org.ticktotrade.week05;

import org.ticktotrade.week02.Side;

/**
 * One validated frame on its way from the gateway thread to the engine thread, decoded into fields. A fixed
 * pool of these circulates between the two threads through two week 04 rings (gateway to engine with work, engine
 * back to gateway empty), so nothing is allocated per message and the pool's size bounds what is in flight.
 *
 * <p>Plain fields: the gateway writes them before it offers the command to the ring, the engine reads them after
 * polling it, and the ring's release store and acquire load order the two (week 04, lesson 1). The same holds on
 * the way back.
 */
public final class InboundCommand {

    public static final byte NEW = 1;      // OrderBook.add
    public static final byte IOC = 2;      // OrderBook.match
    public static final byte CANCEL = 3;   // OrderBook.cancel
    public static final byte REJECT = 4;   // refused by the gateway: a report, and the book never sees it

    byte kind;
    long orderId;
    long traderId;
    Side side;
    long price;
    long quantity;
    RejectCode reject;

    void newOrder(boolean immediateOrCancel, long orderId, long traderId, Side side, long price, long quantity) {
        this.kind = immediateOrCancel ? IOC : NEW;
        this.orderId = orderId;
        this.traderId = traderId;
        this.side = side;
        this.price = price;
        this.quantity = quantity;
        this.reject = null;
    }

    void cancel(long orderId) {
        this.kind = CANCEL;
        this.orderId = orderId;
        this.reject = null;
    }

    void reject(long orderId, RejectCode reason) {
        this.kind = REJECT;
        this.orderId = orderId;
        this.reject = reason;
    }
}
