package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.Side;

/**
 * Lesson 6: the engine allocates nothing per order. A million orders of every type over two instruments and four
 * accounts, each followed by the cancel of the order 64 ids before it, measured with the thread's allocation
 * counter after a warm-up (week 05's codec test does the same). Orders are made from the id by arithmetic, so the
 * loop itself allocates nothing either.
 */
class EngineAllocationTest {

    private static final long BIG = ExchangeConfig.MAX_LIMIT;

    /** Counts reports in primitive fields: what a real sink does is encode them, which allocates nothing either. */
    private static final class CountingReports implements ExecutionReports {
        long rejected;
        long rested;
        long fills;
        long cancelled;

        @Override
        public void onRejected(long account, int instrument, long orderId, Reject reason) {
            rejected++;
        }

        @Override
        public void onRested(long account, int instrument, long orderId, Side side, long price, long quantity) {
            rested++;
        }

        @Override
        public void onFill(long account, int instrument, long orderId, long counterOrderId, Side side, long price,
                           long quantity, long leavesQuantity, boolean maker) {
            fills++;
        }

        @Override
        public void onCancelled(long account, int instrument, long orderId, long quantity, CancelCode reason) {
            cancelled++;
        }
    }

    @Test
    void aMillionOrdersAllocateNothing() {
        // tag::measure[]
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        ExchangeConfig config = new ExchangeConfig(
                List.of(new InstrumentSpec("AAA", 1 << 12, 9_000, 2_048, 10_000, 1_000),
                        new InstrumentSpec("BBB", 1 << 12, 9_000, 2_048, 10_000, 1_000)),
                List.of(new AccountLimits(BIG, BIG, BIG), new AccountLimits(BIG, BIG, BIG), new AccountLimits(BIG, BIG, BIG),
                        new AccountLimits(BIG, BIG, BIG)));
        CountingReports reports = new CountingReports();
        Engine engine = new Engine(config, reports);
        run(engine, 1, 100_000); // warm up: the JIT compiles the whole path
        long before = threads.getThreadAllocatedBytes(me);
        run(engine, 100_001, 1_000_000);
        long allocated = threads.getThreadAllocatedBytes(me) - before;
        assertTrue(allocated < 16 * 1024, "a million orders (and as many cancels) allocated " + allocated + " bytes: look"
                + " for boxing, a lambda or iterator per order, an enum's values(), or a String made for a report");
        // end::measure[]
        assertTrue(reports.fills > 100_000 && reports.rested > 100_000 && reports.cancelled > 100_000,
                "the mix trades, rests and cancels: " + reports.fills + " fills, " + reports.rested + " rested, "
                        + reports.cancelled + " cancelled, " + reports.rejected + " rejected");
    }

    private static void run(Engine engine, long firstId, int orders) {
        for (long id = firstId; id < firstId + orders; id++) {
            long mix = (id * 0x9E3779B97F4A7C15L) >>> 40; // a cheap scramble of the id: 24 random-looking bits
            Side side = (mix & 1) == 0 ? Side.BUY : Side.SELL;
            OrderType type = switch ((int) ((mix >>> 1) % 10)) {
                case 0, 1, 2, 3, 4, 5 -> OrderType.GTC;
                case 6 -> OrderType.IOC;
                case 7 -> OrderType.FOK;
                default -> OrderType.POST_ONLY;
            };
            long price = 9_990 + (mix >>> 5) % 21;
            long quantity = 1 + (mix >>> 10) % 20;
            engine.newOrder(accountOf(id), instrumentOf(id), id, side, type, price, quantity, id);
            long old = id - 64;
            if (old > 0) {
                engine.cancel(accountOf(old), instrumentOf(old), old); // often already filled: an UNKNOWN_ORDER reject
            }
        }
    }

    private static long accountOf(long id) {
        return id & 3;
    }

    private static int instrumentOf(long id) {
        return (int) ((id >>> 2) & 1);
    }
}
