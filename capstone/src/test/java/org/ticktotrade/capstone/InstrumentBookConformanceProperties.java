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
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week02.testkit.BookFactory;
import org.ticktotrade.week02.testkit.Command;
import org.ticktotrade.week02.testkit.Conformance;

/**
 * Lesson 2: with GTC as {@code add} and IOC as {@code match}, the capstone's book is a week 02 book, and week 02's
 * conformance checks (its model, no crossed book, quantity conserved, FIFO within a level, determinism) hold on it
 * unchanged: over random command lists and over the course's generated order flow.
 */
class InstrumentBookConformanceProperties {

    private static final BookFactory FACTORY = events -> new InstrumentBook(4096, 1, 1 << 14, TradeEvents.of(events));

    @Property(tries = 200)
    void behavesLikeWeek02sModel(@ForAll("commandLists") List<Command> commands) {
        Conformance.matchesModel(FACTORY, commands);
    }

    @Property(tries = 100)
    void isNeverCrossedAndConservesQuantity(@ForAll("commandLists") List<Command> commands) {
        Conformance.neverCrossed(FACTORY, commands);
        Conformance.quantityConserved(FACTORY, commands);
    }

    @Property(tries = 100)
    void fillsFirstInFirstOutAndIsDeterministic(@ForAll("commandLists") List<Command> commands) {
        Conformance.fifoWithinLevel(FACTORY, commands);
        Conformance.cancelOfUnknownOrFilledIdRejects(FACTORY, commands);
        Conformance.deterministic(FACTORY, commands);
    }

    @Property(tries = 20)
    void generatedStreamsBehaveLikeTheModel(@ForAll long seed) {
        Conformance.matchesModel(FACTORY, OrderFlow.generate(FlowParameters.small(seed, 400)).commands());
    }

    private record Draft(int kind, boolean buy, int priceOffset, int quantity, int trader, int cancelBack) {}

    @Provide
    Arbitrary<List<Command>> commandLists() {
        Arbitrary<Draft> draft = Combinators.combine(
                Arbitraries.integers().between(0, 9),      // 0-5 add (GTC), 6-7 cancel, 8-9 match (IOC)
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 6),      // prices 97..103: few levels, many collisions
                Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 8)).as(Draft::new);
        return draft.list().ofMaxSize(60).map(InstrumentBookConformanceProperties::toCommands);
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
