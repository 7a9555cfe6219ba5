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

    // tag::open-loop[]
    /** Sends requests {@code 0 .. count-1} to {@code sender} as {@code schedule} says. */
    public GeneratorReport run(Schedule schedule, long count, Sender sender) {
        // end::open-loop[]
        // kata:solution lesson-02 For each index: intended = schedule.intendedTime(i); spin (Thread.onSpinWait) until the clock reaches it, never sleep; note how far behind the send is (lateSends over lateThresholdNanos, maxLagNanos); call sender.send(i, intended, now); never wait for a reply, never move the schedule. Then report the achieved rate over the time from schedule.startNanos() to the last send.
        // tag::open-loop[]
        long lateSends = 0;
        long maxLag = 0;
        long lastSend = schedule.startNanos();
        for (long i = 0; i < count; i++) {
            long intended = schedule.intendedTime(i);
            long now;
            while ((now = clock.nanoTime()) < intended) {
                Thread.onSpinWait(); // a pause instruction: stay on the core, let its sibling hyperthread run
            }
            long lag = now - intended;   // behind schedule: send at once, and keep the due time
            if (lag > lateThresholdNanos) {
                lateSends++;
            }
            maxLag = Math.max(maxLag, lag);
            sender.send(i, intended, now);
            lastSend = now;
        }
        long elapsed = Math.max(1, lastSend - schedule.startNanos());
        double achieved = count <= 1 ? schedule.ratePerSecond() : (count - 1) * 1e9 / elapsed;
        return new GeneratorReport(count, schedule.ratePerSecond(), achieved, lateSends, maxLag, elapsed);
        // end::open-loop[]
        // kata:end
        // tag::open-loop[]
    }
    // end::open-loop[]
}
