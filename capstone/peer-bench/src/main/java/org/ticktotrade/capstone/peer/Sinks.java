package org.ticktotrade.capstone.peer;

import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.capstone.CancelCode;
import org.ticktotrade.capstone.ExecutionReports;
import org.ticktotrade.capstone.Reject;
import org.ticktotrade.capstone.TradeEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * Where the capstone's arms report to. Timed: every argument into JMH's {@link Blackhole}, so the JIT cannot prove
 * a report unused and delete the work behind it, while the sink allocates nothing. Counted: into a {@link Tally},
 * for the check that runs before the race. A timed JVM loads only the blackhole sinks, so every call site that
 * reports stays monomorphic, as it is in the exchange with its one outbox.
 */
final class Sinks {

    private Sinks() {}

    static final class BlackholeReports implements ExecutionReports {
        private final Blackhole bh;

        BlackholeReports(Blackhole bh) {
            this.bh = bh;
        }

        @Override
        public void onRejected(long account, int instrument, long orderId, Reject reason) {
            bh.consume(orderId);
            bh.consume(reason);
        }

        @Override
        public void onRested(long account, int instrument, long orderId, Side side, long price, long quantity) {
            bh.consume(account);
            bh.consume(orderId);
            bh.consume(price);
            bh.consume(quantity);
        }

        @Override
        public void onFill(long account, int instrument, long orderId, long counterOrderId, Side side, long price,
                           long quantity, long leavesQuantity, boolean maker) {
            bh.consume(account);
            bh.consume(orderId);
            bh.consume(counterOrderId);
            bh.consume(price);
            bh.consume(quantity);
            bh.consume(leavesQuantity);
        }

        @Override
        public void onCancelled(long account, int instrument, long orderId, long quantity, CancelCode reason) {
            bh.consume(orderId);
            bh.consume(quantity);
            bh.consume(reason);
        }
    }

    static final class CountingReports implements ExecutionReports {
        final Tally tally = new Tally();

        @Override
        public void onRejected(long account, int instrument, long orderId, Reject reason) {
            if (reason == Reject.UNKNOWN_ORDER) {
                tally.cancelsRefused++;
            } else {
                tally.otherRejects++;
            }
        }

        @Override
        public void onRested(long account, int instrument, long orderId, Side side, long price, long quantity) {}

        @Override
        public void onFill(long account, int instrument, long orderId, long counterOrderId, Side side, long price,
                           long quantity, long leavesQuantity, boolean maker) {
            if (!maker) { // each trade reports twice, the taker's report first
                tally.trade(orderId, counterOrderId, price, quantity);
            }
        }

        @Override
        public void onCancelled(long account, int instrument, long orderId, long quantity, CancelCode reason) {
            switch (reason) {
                case REQUESTED -> tally.cancelled++;
                case IMMEDIATE_OR_CANCEL -> tally.iocCancelled++;
                case SELF_TRADE -> tally.selfTradeCancels++;
                default -> tally.otherRejects++;
            }
        }
    }

    static final class BlackholeTradeEvents implements TradeEvents {
        private final Blackhole bh;

        BlackholeTradeEvents(Blackhole bh) {
            this.bh = bh;
        }

        @Override
        public void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price,
                           long quantity, long takerRemaining, long makerRemaining) {
            bh.consume(takerOrderId);
            bh.consume(makerOrderId);
            bh.consume(makerTraderId);
            bh.consume(price);
            bh.consume(quantity);
            bh.consume(makerRemaining);
        }

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {
            bh.consume(orderId);
            bh.consume(price);
            bh.consume(quantity);
        }

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {
            bh.consume(orderId);
            bh.consume(quantity);
            bh.consume(reason);
        }

        @Override
        public void onKilled(long orderId, long quantity) {
            bh.consume(orderId);
        }

        @Override
        public void onWouldCross(long orderId) {
            bh.consume(orderId);
        }

        @Override
        public void onRejected(long orderId, RejectReason reason) {
            bh.consume(orderId);
            bh.consume(reason);
        }
    }

    static final class CountingTradeEvents implements TradeEvents {
        final Tally tally = new Tally();

        @Override
        public void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price,
                           long quantity, long takerRemaining, long makerRemaining) {
            tally.trade(takerOrderId, makerOrderId, price, quantity);
        }

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {}

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {
            switch (reason) {
                case REQUESTED -> tally.cancelled++;
                case IMMEDIATE_OR_CANCEL -> tally.iocCancelled++;
                case SELF_TRADE -> tally.selfTradeCancels++;
            }
        }

        @Override
        public void onKilled(long orderId, long quantity) {
            tally.otherRejects++;
        }

        @Override
        public void onWouldCross(long orderId) {
            tally.otherRejects++;
        }

        @Override
        public void onRejected(long orderId, RejectReason reason) {
            if (reason == RejectReason.UNKNOWN_ORDER) {
                tally.cancelsRefused++;
            } else {
                tally.otherRejects++;
            }
        }
    }
}
