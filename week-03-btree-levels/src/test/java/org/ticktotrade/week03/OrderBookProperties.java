package org.ticktotrade.week03;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week02.testkit.BookFactory;
import org.ticktotrade.week02.testkit.Command;
import org.ticktotrade.week02.testkit.Conformance;

/**
 * The book's properties over random command lists, run against every book (a subclass names it).
 *
 * <p>Command lists are drawn from a handful of prices, traders and sizes, so orders queue at the same
 * price, trade through several levels, meet their own trader and cancel ids that filled long ago. Ids are
 * the command's position, so a shrunk counterexample reads "1. add #1 ..., 2. add #2 ...". A second source,
 * {@link OrderFlow}, replays the course's generated streams (the ones the benchmarks use, made smaller).
 */
abstract class OrderBookProperties {

    abstract BookFactory factory();

    @Property(tries = 200)
    void behavesLikeTheModel(@ForAll("commandLists") List<Command> commands) {
        Conformance.matchesModel(factory(), commands);
    }

    @Property(tries = 200)
    void isNeverCrossedAfterMatching(@ForAll("commandLists") List<Command> commands) {
        Conformance.neverCrossed(factory(), commands);
    }

    @Property(tries = 200)
    void conservesQuantity(@ForAll("commandLists") List<Command> commands) {
        Conformance.quantityConserved(factory(), commands);
    }

    @Property(tries = 200)
    void fillsFirstInFirstOutWithinALevel(@ForAll("commandLists") List<Command> commands) {
        Conformance.fifoWithinLevel(factory(), commands);
    }

    @Property(tries = 200)
    void rejectsCancelsOfOrdersThatDoNotRest(@ForAll("commandLists") List<Command> commands) {
        Conformance.cancelOfUnknownOrFilledIdRejects(factory(), commands);
    }

    // tag::deterministic[]
    @Property(tries = 100)
    void sameInputGivesSameOutput(@ForAll("commandLists") List<Command> commands) {
        Conformance.deterministic(factory(), commands);
    }
    // end::deterministic[]

    @Property(tries = 30)
    void generatedStreamsBehaveLikeTheModel(@ForAll long seed) {
        Conformance.matchesModel(factory(), OrderFlow.generate(FlowParameters.small(seed, 400)).commands());
    }

    @Property(tries = 10)
    void theBenchmarkStreamLeavesTheBookEmptyAndUncrossed(@ForAll long seed) {
        OrderFlow flow = OrderFlow.generate(FlowParameters.standard(seed).withCommands(20_000));
        OrderBook book = factory().create(BookEvents.IGNORE);
        for (int i = 0; i < flow.size(); i++) {
            flow.apply(i, book);
            if (book.bestBid() >= book.bestAsk()) {
                throw new AssertionError("crossed after command " + (i + 1) + " (" + flow.command(i) + ") of seed " + seed
                        + ": bid " + book.bestBid() + " >= ask " + book.bestAsk());
            }
        }
        if (book.orderCount() != 0) {
            throw new AssertionError("a closed stream ends by cancelling everything that may rest, yet " + book.orderCount()
                    + " orders still rest (seed " + seed + ")");
        }
    }

    /** One command before ids are assigned: ids come from list positions. */
    private record Draft(int kind, boolean buy, int priceOffset, int quantity, int trader, int cancelBack) {}

    @Provide
    Arbitrary<List<Command>> commandLists() {
        // Built with combine, not oneOf: it shrinks element by element without flatMap's search blow-up.
        Arbitrary<Draft> draft = Combinators.combine(
                Arbitraries.integers().between(0, 9),      // 0-5 add, 6-7 cancel, 8-9 match
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 6),      // prices 97..103: a few levels, many collisions
                Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 8)).as(Draft::new);
        return draft.list().ofMaxSize(60).map(OrderBookProperties::toCommands);
    }

    private static List<Command> toCommands(List<Draft> drafts) {
        List<Command> commands = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            long id = i + 1;
            Side side = d.buy() ? Side.BUY : Side.SELL;
            long price = 97 + d.priceOffset();
            if (d.kind() <= 5) {
                commands.add(new Command.Add(id, d.trader(), side, price, d.quantity(), id));
            } else if (d.kind() <= 7) {
                commands.add(new Command.Cancel(Math.max(1, id - d.cancelBack())));
            } else {
                commands.add(new Command.Match(id, d.trader(), side, price, d.quantity(), id));
            }
        }
        return commands;
    }
}
