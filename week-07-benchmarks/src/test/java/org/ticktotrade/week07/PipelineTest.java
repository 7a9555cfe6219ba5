package org.ticktotrade.week07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week06.ForcePolicy;
import org.ticktotrade.week06.WalWriter;

/**
 * The pipeline's wiring, at a rate any machine holds: every order journaled and recorded once, warm-up apart.
 * No latency is asserted here (that is the load run's business, and never a unit test's).
 */
class PipelineTest {

    @Test
    void everyOrderIsJournaledAppliedAndRecordedOnceWithTheWarmUpApart(@TempDir Path dir) throws Exception {
        OrderFlow flow = OrderFlow.generate(FlowParameters.standard(3).withCommands(5_000));
        LatencyRecorder warmup = new LatencyRecorder(60_000_000_000L);
        LatencyRecorder measured = new LatencyRecorder(60_000_000_000L);
        long total = 20_000;
        GeneratorReport report;
        GcWindow.Counts steady;
        InProcessPipeline pipeline;
        try (WalWriter wal = WalWriter.open(dir, new ForcePolicy.Never(), 1 << 22)) {
            pipeline = InProcessPipeline.start(flow, wal, 1 << 10);
            try {
                OpenLoopGenerator generator = new OpenLoopGenerator(NanoClock.SYSTEM, 100_000);
                Schedule warm = Schedule.fixedRate(50_000, System.nanoTime() + 5_000_000);
                pipeline.beginPhase(warm, warmup);
                generator.run(warm, 5_000, pipeline.sender());
                pipeline.awaitProcessed(5_000);
                GcWindow window = GcWindow.open(Thread.currentThread(), pipeline.engineThread());
                Schedule schedule = Schedule.fixedRate(50_000, System.nanoTime() + 1_000_000);
                pipeline.beginPhase(schedule, measured);
                report = generator.run(schedule, total - 5_000, pipeline.sender());
                pipeline.awaitProcessed(total);
                steady = window.close();
            } finally {
                pipeline.close();
            }
            assertEquals(total, wal.writtenSequence(), "every order is in the log");
        }
        assertEquals(total - 5_000, report.requests());
        assertEquals(5_000, warmup.responseTime().getTotalCount(), "the warm-up is recorded apart");
        assertEquals(15_000, measured.responseTime().getTotalCount(), "and left out of the measured histogram");
        assertEquals(15_000, measured.serviceTime().getTotalCount());
        assertTrue(pipeline.trades() > 0, "the book matched something");
        assertTrue(steady.collections() >= 0 && steady.allocatedBytes() >= 0);
        // due time <= send time <= done: response time is never below service time
        assertTrue(measured.responseTime().getValueAtPercentile(50) >= measured.serviceTime().getValueAtPercentile(50));
    }
}
