package org.ticktotrade.capstone;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ticktotrade.week02.Side;

/**
 * Lessons 2 and 3: all four order types and cancels, mixed at random, against {@link OrderTypeModel}; and the two
 * promises the new types make, checked on the book alone.
 *
 * <p>Prices 94..104 over a band of 96..159 (so some GTC and post-only orders fall outside it while IOC and FOK
 * limits may), at most six resting orders (so the book fills), three traders (so self-trade prevention bites).
 */
class OrderTypeProperties {

    private static final int CAPACITY = 6;
    private static final long LOWEST = 96;
    private static final int TICKS = 64;

    /** One command: a new order of a type, or a cancel of an earlier id. */
    record Step(OrderType type, long id, long trader, Side side, long price, long quantity) {
        boolean isCancel() {
            return type == null;
        }

        @Override
        public String toString() {
            return isCancel() ? "cancel #" + id : type + " #" + id + " t" + trader + " " + side + " " + quantity + "@" + price;
        }
    }

    @Property(tries = 300)
    void everyOrderTypeBehavesLikeTheModel(@ForAll("steps") List<Step> steps) {
        RecordingTradeEvents events = new RecordingTradeEvents();
        InstrumentBook book = new InstrumentBook(CAPACITY, LOWEST, TICKS, events);
        OrderTypeModel model = new OrderTypeModel(CAPACITY, LOWEST, TICKS);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            List<BookEvent> expected = s.isCancel() ? model.cancel(s.id()) : model.enter(s.type(), s.id(), s.trader(), s.side(), s.price(), s.quantity());
            apply(book, s);
            List<BookEvent> actual = events.drain();
            String where = "after step " + (i + 1) + " (" + s + ") of " + steps;
            if (!actual.equals(expected)) {
                throw new AssertionError("the book reported " + actual + " but the rules give " + expected + ", " + where);
            }
            check(book.bestBid() == model.bestBid(), "bestBid " + book.bestBid() + " vs " + model.bestBid() + ", " + where);
            check(book.bestAsk() == model.bestAsk(), "bestAsk " + book.bestAsk() + " vs " + model.bestAsk() + ", " + where);
            check(book.orderCount() == model.orderCount(), "orderCount " + book.orderCount() + " vs " + model.orderCount() + ", " + where);
            check(book.restingQuantity(s.id()) == model.restingQuantity(s.id()), "restingQuantity(" + s.id() + ") "
                    + book.restingQuantity(s.id()) + " vs " + model.restingQuantity(s.id()) + ", " + where);
        }
    }

    // tag::promises[]
    @Property(tries = 300)
    void fokFillsWholeOrNotAtAllAndPostOnlyNeverTrades(@ForAll("steps") List<Step> steps) {
        RecordingTradeEvents events = new RecordingTradeEvents();
        InstrumentBook book = new InstrumentBook(CAPACITY, LOWEST, TICKS, events);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            apply(book, s);
            List<BookEvent> out = events.drain();
            String where = "step " + (i + 1) + " (" + s + ") reported " + out;
            long traded = out.stream().filter(e -> e instanceof BookEvent.Fill).mapToLong(e -> ((BookEvent.Fill) e).quantity()).sum();
            if (s.type() == OrderType.FOK && !(out.getFirst() instanceof BookEvent.Rejected)) {
                check(traded == s.quantity() || (traded == 0 && out.equals(List.of(new BookEvent.Killed(s.id(), s.quantity())))),
                        "a fill-or-kill traded " + traded + " of " + s.quantity() + ": " + where);
            }
            if (s.type() == OrderType.POST_ONLY) {
                check(traded == 0, "a post-only order traded: " + where);
            }
            check(book.bestBid() < book.bestAsk(), "the book is crossed: " + where);
        }
    }
    // end::promises[]

    private static void apply(InstrumentBook book, Step s) {
        if (s.isCancel()) {
            book.cancel(s.id());
            return;
        }
        switch (s.type()) {
            case GTC -> book.add(s.id(), s.trader(), s.side(), s.price(), s.quantity(), s.id());
            case IOC -> book.match(s.id(), s.trader(), s.side(), s.price(), s.quantity(), s.id());
            case FOK -> book.fillOrKill(s.id(), s.trader(), s.side(), s.price(), s.quantity(), s.id());
            case POST_ONLY -> book.postOnly(s.id(), s.trader(), s.side(), s.price(), s.quantity(), s.id());
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    private record Draft(int kind, boolean buy, int priceOffset, int quantity, int trader, int back) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Draft> draft = Combinators.combine(
                Arbitraries.integers().between(0, 11),     // 0-3 GTC, 4-5 IOC, 6-7 FOK, 8-9 post-only, 10-11 cancel
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10),     // prices 94..104: 94 and 95 lie below the band
                Arbitraries.integers().between(0, 12),     // 0 is invalid: rejects are part of the rules
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 8)).as(Draft::new); // 0: an id that may still rest (a duplicate)
        return draft.list().ofMaxSize(60).map(OrderTypeProperties::toSteps);
    }

    private static List<Step> toSteps(List<Draft> drafts) {
        List<Step> steps = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            long id = d.back() == 0 && i > 0 ? i : i + 1; // back == 0 reuses the previous id
            Side side = d.buy() ? Side.BUY : Side.SELL;
            long price = 94 + d.priceOffset();
            OrderType type = d.kind() <= 3 ? OrderType.GTC : d.kind() <= 5 ? OrderType.IOC
                    : d.kind() <= 7 ? OrderType.FOK : d.kind() <= 9 ? OrderType.POST_ONLY : null;
            if (type == null) {
                steps.add(new Step(null, Math.max(1, i + 1 - d.back()), 0, side, 0, 0));
            } else {
                steps.add(new Step(type, id, d.trader(), side, price, d.quantity()));
            }
        }
        return steps;
    }
}
