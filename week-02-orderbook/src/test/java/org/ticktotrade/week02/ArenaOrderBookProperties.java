package org.ticktotrade.week02;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ticktotrade.week02.testkit.BookFactory;
import org.ticktotrade.week02.testkit.Command;
import org.ticktotrade.week02.testkit.Conformance;
import org.ticktotrade.week02.testkit.ModelBook;

/** The book properties against {@link ArenaOrderBook}, plus the model with a tiny arena (BOOK_FULL often). */
class ArenaOrderBookProperties extends OrderBookProperties {

    @Override
    BookFactory factory() {
        return events -> new ArenaOrderBook(4096, events);
    }

    @Property(tries = 200)
    void aTinyArenaBehavesLikeTheModelWithTheSameCapacity(@ForAll("commandLists") List<Command> commands) {
        Conformance.matchesModel(events -> new ArenaOrderBook(3, events), new ModelBook(3), commands);
    }
}
