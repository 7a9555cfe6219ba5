package org.ticktotrade.week07;

/**
 * The open-loop load generator: each request goes out when the {@link Schedule} says, never when the previous
 * reply came back. It spins until the due time (a sleep wakes tens of microseconds late, and at a million a
 * second the period is one microsecond), sends at once when it is behind, and never shifts the schedule to
 * make up for a stall: the requests a stalled system delayed are sent late, and their latency is then
 * measured from when they were due ({@code intendedNanos}), which is what a customer would have seen.
 */
public final class OpenLoopGenerator {

    private final NanoClock clock;
    private final long lateThresholdNanos;

    /**
     * @param lateThresholdNanos a send more than this behind its due time counts as late (spinning wakes a few
     *                           tens of nanoseconds after the due time, so the threshold cannot be zero)
     */
    public OpenLoopGenerator(NanoClock clock, long lateThresholdNanos) {
        this.clock = clock;
        this.lateThresholdNanos = lateThresholdNanos;
    }

    /** Sends requests {@code 0 .. count-1} to {@code sender} as {@code schedule} says. */
    public GeneratorReport run(Schedule schedule, long count, Sender sender) {
        // TODO(kata) For each index: intended = schedule.intendedTime(i); spin (Thread.onSpinWait) until the clock reaches it, never sleep; note how far behind the send is (lateSends over lateThresholdNanos, maxLagNanos); call sender.send(i, intended, now); never wait for a reply, never move the schedule. Then report the achieved rate over the time from schedule.startNanos() to the last send. Read lesson 2, "Open loop: a schedule that never waits for the reply".
        throw new UnsupportedOperationException("TODO(kata) For each index: intended = schedule.intendedTime(i); spin (Thread.onSpinWait) until the clock reaches it, never sleep; note how far behind the send is (lateSends over lateThresholdNanos, maxLagNanos); call sender.send(i, intended, now); never wait for a reply, never move the schedule. Then report the achieved rate over the time from schedule.startNanos() to the last send. Read lesson 2, \"Open loop: a schedule that never waits for the reply\".");
    }
}
