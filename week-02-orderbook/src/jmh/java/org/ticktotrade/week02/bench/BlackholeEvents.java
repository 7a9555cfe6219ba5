package org.ticktotrade.week02.bench;

import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The benchmarks' event sink: hands every argument to JMH's {@link Blackhole}, so the JIT cannot prove an
 * event unused and delete the work that produced it, while the sink itself allocates nothing.
 */
public final class BlackholeEvents implements BookEvents {

    private final Blackhole blackhole;

    public BlackholeEvents(Blackhole blackhole) {
        this.blackhole = blackhole;
    }

    // tag::trade[]
    @Override
    public void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                        long takerRemaining, long makerRemaining) {
        blackhole.consume(takerOrderId);
        blackhole.consume(makerOrderId);
        blackhole.consume(price);
        blackhole.consume(quantity);
        blackhole.consume(takerRemaining);
        blackhole.consume(makerRemaining);
    }
    // end::trade[]

    @Override
    public void onRested(long orderId, Side side, long price, long quantity) {
        blackhole.consume(orderId);
        blackhole.consume(price);
        blackhole.consume(quantity);
    }

    @Override
    public void onCancelled(long orderId, long quantity, CancelReason reason) {
        blackhole.consume(orderId);
        blackhole.consume(quantity);
        blackhole.consume(reason);
    }

    @Override
    public void onRejected(long orderId, RejectReason reason) {
        blackhole.consume(orderId);
        blackhole.consume(reason);
    }
}
