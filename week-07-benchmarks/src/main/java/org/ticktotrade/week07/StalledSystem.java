package org.ticktotrade.week07;

// tag::stalled-system[]
/**
 * A deliberately stalled system under test: every request takes {@code serviceNanos}, except one, which takes
 * {@code stallNanos} (a stop-the-world pause, a page fault storm, a full disk queue: the cause does not matter
 * to the measurement). With a manual {@link NanoClock} the stall costs no wall time and the result is exact.
 */
public final class StalledSystem implements Service {

    private final NanoClock clock;
    private final long serviceNanos;
    private final long stallAt;
    private final long stallNanos;

    public StalledSystem(NanoClock clock, long serviceNanos, long stallAt, long stallNanos) {
        this.clock = clock;
        this.serviceNanos = serviceNanos;
        this.stallAt = stallAt;
        this.stallNanos = stallNanos;
    }

    @Override
    public void handle(long sequence) {
        clock.spend(sequence == stallAt ? stallNanos : serviceNanos);
    }
}
// end::stalled-system[]
