package org.ticktotrade.week07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The same deliberately stalled system measured two ways: 10,000 requests due at 10,000 a second (one every
 * 100 us), served in 10 us each, except request 5,000, which stalls for 200 ms. A closed loop sends nothing
 * during the stall, so one sample in 10,000 carries it and p99 says 10 us. The open loop keeps the schedule:
 * the ~2,000 requests due during the stall go out late and their latency counts from when they were due.
 */
class CoordinatedOmissionTest {

    private static final long REQUESTS = 10_000;
    private static final long PERIOD = 100_000;
    private static final long SERVICE = 10_000;
    private static final long STALL = 200_000_000;

    // tag::co-gap[]
    @Test
    void aClosedLoopHidesTheStallThatTheOpenLoopReveals() {
        LatencyRecorder closed = new LatencyRecorder(60_000_000_000L);
        ManualClock c1 = new ManualClock(0, 100);
        new ClosedLoopGenerator(c1).run(REQUESTS, PERIOD, new StalledSystem(c1, SERVICE, 5_000, STALL), closed);

        LatencyRecorder open = new LatencyRecorder(60_000_000_000L);
        ManualClock c2 = new ManualClock(0, 100);
        Service stalled = new StalledSystem(c2, SERVICE, 5_000, STALL);
        GeneratorReport report = new OpenLoopGenerator(c2, 1_000_000)
                .run(Schedule.fixedRate(1_000_000_000L / PERIOD, 0), REQUESTS, new SynchronousSender(c2, stalled, open));

        PercentileReport closedLoop = PercentileReport.of(closed.responseTime());
        PercentileReport openLoop = PercentileReport.of(open.responseTime());
        System.out.println(PercentileReport.header());
        System.out.println(closedLoop.row("closed loop"));
        System.out.println(openLoop.row("open loop, from due"));
        System.out.println(PercentileReport.of(open.serviceTime()).row("open loop, from send"));
        System.out.println("open loop: " + report.describe(0.95));
        // Both saw the stall once, as their worst sample ...
        assertTrue(closedLoop.max() >= STALL, "the closed loop's max is the stall: " + closedLoop.max());
        assertTrue(openLoop.max() >= STALL, "so is the open loop's: " + openLoop.max());
        // ... but only the open loop's percentiles show what the stall did to everyone queued behind it.
        assertTrue(closedLoop.p99() < 50_000, "the closed loop says p99 = " + closedLoop.p99() + " ns: all is well");
        assertTrue(openLoop.p90() > 50_000_000, "the open loop's p90 is " + openLoop.p90() + " ns: a fifth of the requests waited");
        assertTrue(openLoop.p50() < 50_000, "and the median is still the service time: " + openLoop.p50());
        // The requests due during the stall went out late: the generator says so.
        assertTrue(report.lateSends() > 1_500, "late sends: " + report.lateSends());
    }
    // end::co-gap[]

    @Test
    void theServiceTimeHistogramShowsWhatAClosedLoopWouldHaveReported() {
        LatencyRecorder open = new LatencyRecorder(60_000_000_000L);
        ManualClock clock = new ManualClock(0, 100);
        Service stalled = new StalledSystem(clock, SERVICE, 5_000, STALL);
        new OpenLoopGenerator(clock, 1_000_000).run(Schedule.fixedRate(10_000, 0), REQUESTS, new SynchronousSender(clock, stalled, open));
        PercentileReport service = PercentileReport.of(open.serviceTime());
        PercentileReport response = PercentileReport.of(open.responseTime());
        assertEquals(REQUESTS, service.count());
        assertTrue(service.p99() < 50_000, "from the actual send, p99 is the service time: " + service.p99());
        assertTrue(response.p99() > 100 * service.p99(), "from the due time it is not: " + response.p99() + " vs " + service.p99());
    }

    @Test
    void intendedTimeRecordingIsNotCorrectedTwice() {
        // recordValueWithExpectedInterval on top of intended-time recording would back-fill samples for the
        // stall that the late requests already recorded: more samples than requests, and the stall counted twice.
        LatencyRecorder open = new LatencyRecorder(60_000_000_000L);
        ManualClock clock = new ManualClock(0, 100);
        Service stalled = new StalledSystem(clock, SERVICE, 5_000, STALL);
        new OpenLoopGenerator(clock, 1_000_000).run(Schedule.fixedRate(10_000, 0), REQUESTS, new SynchronousSender(clock, stalled, open));
        assertEquals(REQUESTS, open.responseTime().getTotalCount(), "one sample per request, no more");
        assertEquals(REQUESTS, open.serviceTime().getTotalCount());
    }
}
