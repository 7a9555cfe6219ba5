package org.ticktotrade.capstone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ticktotrade.week02.Side;

/**
 * Lessons 4 and 6: what must hold after every command, whatever the mix. Limits small enough to bite (orders of at
 * most 8, positions of at most 30, notional 600 at prices near 100, a collar of 4 ticks that follows the trades), two
 * instruments, three accounts, every order type, cancels by the owner and by others.
 */
class EngineProperties {

    private static final int INSTRUMENTS = 2;
    private static final int ACCOUNTS = 3;
    private static final long MAX_POSITION = 30;
    private static final ExchangeConfig CONFIG = new ExchangeConfig(
            List.of(new InstrumentSpec("AAA", 64, 64, 64, 100, 4), new InstrumentSpec("BBB", 64, 64, 64, 100, 4)),
            List.of(new AccountLimits(8, MAX_POSITION, 600), new AccountLimits(8, MAX_POSITION, 600),
                    new AccountLimits(8, MAX_POSITION, 600)));

    record Step(boolean cancel, int account, int instrument, long orderId, Side side, OrderType type, long price, long quantity) {}

    @Property(tries = 300)
    void reportsPositionsAndRestingQuantitiesAgree(@ForAll("steps") List<Step> steps) {
        RecordingReports recording = new RecordingReports();
        Engine engine = new Engine(CONFIG, recording);
        long[][] filled = new long[ACCOUNTS][INSTRUMENTS];       // signed, from fill reports
        Map<Long, Integer> ownerOfRested = new HashMap<>();      // key: instrument * 1e6 + order id
        Map<Long, Side> sideOfRested = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.cancel()) {
                engine.cancel(s.account(), s.instrument(), s.orderId());
            } else {
                engine.newOrder(s.account(), s.instrument(), s.orderId(), s.side(), s.type(), s.price(), s.quantity(), i);
            }
            List<Report> out = recording.drain();
            String where = "after step " + (i + 1) + " " + s + ", which reported " + out;
            long accounted = 0;
            for (int r = 0; r < out.size(); r++) {
                Report report = out.get(r);
                switch (report) {
                    case Report.Fill f -> {
                        filled[(int) f.account()][f.instrument()] += f.side() == Side.BUY ? f.quantity() : -f.quantity();
                        if (!f.maker()) {
                            accounted += f.quantity();
                            Report.Fill m = (Report.Fill) out.get(r + 1); // the maker's report follows the taker's
                            check(m.maker() && m.quantity() == f.quantity() && m.price() == f.price() && m.side() != f.side()
                                    && m.counterOrderId() == f.orderId() && m.account() != f.account(),
                                    "a taker's fill must be followed by its maker's, another account's: " + where);
                        }
                    }
                    case Report.Rested rested -> {
                        ownerOfRested.put(rested.instrument() * 1_000_000L + rested.orderId(), (int) rested.account());
                        sideOfRested.put(rested.instrument() * 1_000_000L + rested.orderId(), rested.side());
                        accounted += rested.quantity();
                    }
                    case Report.Cancelled c -> accounted += c.quantity();
                    case Report.Rejected rej -> check(out.size() == 1, "a reject comes alone: " + where);
                }
            }
            if (!s.cancel() && !(out.getFirst() instanceof Report.Rejected)) {
                check(accounted == s.quantity(), "an accepted order's fills, rest and cancels add up to " + accounted
                        + ", not its quantity " + s.quantity() + ": " + where);
            }
            for (int in = 0; in < INSTRUMENTS; in++) {
                long net = 0;
                for (int a = 0; a < ACCOUNTS; a++) {
                    long position = engine.risk().position(a, in);
                    net += position;
                    check(position == filled[a][in], "account " + a + " position " + position + " but its fills add up to "
                            + filled[a][in] + ": " + where);
                    check(Math.abs(position) <= MAX_POSITION, "account " + a + " position " + position + " is past the limit: " + where);
                    for (Side side : Side.values()) {
                        long resting = 0;
                        for (var e : ownerOfRested.entrySet()) {
                            if (e.getValue() == a && e.getKey() / 1_000_000L == in && sideOfRested.get(e.getKey()) == side) {
                                resting += engine.book(in).restingQuantity(e.getKey() % 1_000_000L);
                            }
                        }
                        check(engine.risk().resting(a, in, side) == resting, "account " + a + " " + side + " resting is "
                                + engine.risk().resting(a, in, side) + " in risk, " + resting + " in the book: " + where);
                    }
                }
                check(net == 0, "positions in instrument " + in + " add up to " + net + ", not 0: " + where);
                check(engine.book(in).bestBid() < engine.book(in).bestAsk(), "instrument " + in + " is crossed: " + where);
            }
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    private record Draft(int kind, int account, int instrument, boolean buy, int priceOffset, int quantity, int back) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Draft> draft = Combinators.combine(
                Arbitraries.integers().between(0, 9),  // 0-3 GTC, 4 IOC, 5 FOK, 6-7 post-only, 8-9 cancel
                Arbitraries.integers().between(0, ACCOUNTS - 1),
                Arbitraries.integers().between(0, INSTRUMENTS - 1),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10), // 95..105 against a collar of 4
                Arbitraries.integers().between(1, 10), // 9 and 10 pass the maximum size of 8
                Arbitraries.integers().between(1, 10)).as(Draft::new);
        return draft.list().ofMaxSize(80).map(EngineProperties::toSteps);
    }

    private static List<Step> toSteps(List<Draft> drafts) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Side side = d.buy() ? Side.BUY : Side.SELL;
            OrderType type = d.kind() <= 3 ? OrderType.GTC : d.kind() == 4 ? OrderType.IOC : d.kind() == 5 ? OrderType.FOK
                    : d.kind() <= 7 ? OrderType.POST_ONLY : null;
            if (type == null) {
                steps.add(new Step(true, d.account(), d.instrument(), Math.max(1, i + 1 - d.back()), side, null, 0, 0));
            } else {
                steps.add(new Step(false, d.account(), d.instrument(), i + 1, side, type, 95 + d.priceOffset(), d.quantity()));
            }
        }
        return steps;
    }
}
