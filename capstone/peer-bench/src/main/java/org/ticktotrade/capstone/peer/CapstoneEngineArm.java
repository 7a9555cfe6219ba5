package org.ticktotrade.capstone.peer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ticktotrade.capstone.AccountLimits;
import org.ticktotrade.capstone.Engine;
import org.ticktotrade.capstone.ExchangeConfig;
import org.ticktotrade.capstone.ExecutionReports;
import org.ticktotrade.capstone.InstrumentSpec;
import org.ticktotrade.capstone.OrderType;
import org.ticktotrade.week02.Side;

/**
 * The capstone's {@link Engine}, as the exchange's engine thread drives it, minus the ring, the journal and the
 * sessions: every new order through {@code Risk.check}, then its instrument's book; every fill updates both
 * accounts' positions and the collar's reference price, and gives two reports (taker's and maker's).
 *
 * <p>Risk runs in full, with limits that always pass ({@link #config}): the checks and the position updates are
 * work this arm does on every command and exchange-core's bench arm does not.
 */
final class CapstoneEngineArm implements Arm {

    private final Engine engine;

    CapstoneEngineArm(CommandStream stream, int capacity, ExecutionReports reports) {
        this.engine = new Engine(config(stream.instruments, stream.accounts, capacity), reports);
    }

    // tag::config[]
    /**
     * Books of {@code capacity} slots, a band of 1024 ticks around each reference price (the stream stays within
     * 8 ticks of it), a collar of 2^30 ticks, and account limits of 2^40 (order size) and 2^60 (position and
     * notional): every risk check runs and passes.
     */
    static ExchangeConfig config(int instruments, int accounts, int capacity) {
        List<InstrumentSpec> specs = new ArrayList<>();
        for (int i = 0; i < instruments; i++) {
            long reference = CommandStream.referencePrice(i);
            specs.add(new InstrumentSpec("I" + i, capacity, reference - 512, 1024, reference, 1L << 30));
        }
        AccountLimits unlimited = new AccountLimits(1L << 40, ExchangeConfig.MAX_LIMIT, ExchangeConfig.MAX_LIMIT);
        return new ExchangeConfig(specs, Collections.nCopies(accounts, unlimited));
    }
    // end::config[]

    // tag::replay[]
    @Override
    public void replay(CommandStream s) {
        final Engine e = engine;
        for (int n = 0; n < s.size; n++) {
            if (s.kind[n] == CommandStream.CANCEL) {
                e.cancel(s.account[n], s.instrument[n], s.orderId[n]);
            } else {
                e.newOrder(s.account[n], s.instrument[n], s.orderId[n], s.buy[n] ? Side.BUY : Side.SELL,
                        s.kind[n] == CommandStream.GTC ? OrderType.GTC : OrderType.IOC, s.price[n], s.quantity[n], 0);
            }
        }
    }
    // end::replay[]

    @Override
    public long resting() {
        long r = 0;
        for (int i = 0; i < engine.instruments(); i++) {
            r += engine.book(i).orderCount();
        }
        return r;
    }
}
