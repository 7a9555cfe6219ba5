package org.ticktotrade.week02;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;

/**
 * Lesson 7, measured in a test: after the constructor, the arena book allocates nothing. The JVM counts the
 * bytes each thread allocates ({@code com.sun.management.ThreadMXBean}); replaying a stream of adds,
 * cancels and matches must not move that counter (the bench gate checks the same under JMH).
 */
class AllocationTest {

    // tag::zero-bytes[]
    @Test
    void theArenaBookAllocatesNothingOnAReplayedStream() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        OrderFlow flow = OrderFlow.generate(FlowParameters.standard(7).withCommands(50_000));
        ArenaOrderBook book = new ArenaOrderBook(4096, BookEvents.IGNORE);
        flow.applyAll(book); // first pass: classes load, code warms up
        long before = threads.getThreadAllocatedBytes(me);
        for (int pass = 0; pass < 3; pass++) {
            flow.applyAll(book);
        }
        long allocated = threads.getThreadAllocatedBytes(me) - before;
        // The measurement itself may allocate a little; any per-command allocation would be megabytes here.
        assertTrue(allocated < 64 * 1024, "3 x " + flow.size() + " commands allocated " + allocated + " bytes: the arena book must"
                + " allocate nothing per add, cancel or match (look for boxing, iterators, lambdas, event objects)");
    }
    // end::zero-bytes[]
}
