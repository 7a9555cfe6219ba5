package org.ticktotrade.week07;

/**
 * The way not to measure, kept for contrast: a closed loop sends a request, waits for its reply, then waits
 * out the rest of its period and sends the next. While the service stalls the loop sends nothing, so the
 * requests that would have queued behind the stall are never sent and never measured: one sample carries the
 * stall, and the percentiles below the very top say the system was fine. Coordinated omission: the tester has
 * coordinated with the system to leave out exactly the samples that would have shown the problem.
 */
public final class ClosedLoopGenerator {

    private final NanoClock clock;

    public ClosedLoopGenerator(NanoClock clock) {
        this.clock = clock;
    }

    // tag::closed-loop[]
    /** {@code count} requests, each sent {@code periodNanos} after the previous one was sent or as soon as it returned. */
    public void run(long count, long periodNanos, Service service, LatencyRecorder recorder) {
        long next = clock.nanoTime();
        for (long i = 0; i < count; i++) {
            long now;
            while ((now = clock.nanoTime()) < next) {
                Thread.onSpinWait();
            }
            service.handle(i);
            long done = clock.nanoTime();
            recorder.record(now, now, done); // "intended" is simply when it got round to sending: the bug
            next = now + periodNanos;        // the schedule slides along behind every stall
        }
    }
    // end::closed-loop[]
}
