package org.ticktotrade.week03;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;

/** Lesson 4, measured: after its constructor the ladder book allocates nothing, levels included. */
class AllocationTest {

    @Test
    void theLadderBookAllocatesNothingOnAReplayedStream() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        OrderFlow flow = OrderFlow.generate(FlowParameters.matchHeavy(7).withCommands(50_000));
        LadderOrderBook book = new LadderOrderBook(4096, 1, 1 << 14, BookEvents.IGNORE);
        flow.applyAll(book);
        long before = threads.getThreadAllocatedBytes(me);
        for (int pass = 0; pass < 3; pass++) {
            flow.applyAll(book);
        }
        long allocated = threads.getThreadAllocatedBytes(me) - before;
        assertTrue(allocated < 64 * 1024, "3 x " + flow.size() + " commands allocated " + allocated + " bytes: opening and"
                + " closing a level must not allocate either (that is the TreeMap's node, which the ladder replaces)");
    }
}
