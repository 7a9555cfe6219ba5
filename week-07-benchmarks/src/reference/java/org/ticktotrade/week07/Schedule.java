package org.ticktotrade.week07;

/**
 * The open-loop schedule: when each request of a fixed-rate run is due, decided before the run starts and
 * never moved. Request {@code i} is due at {@code start + i * 1e9 / rate} nanoseconds, computed from the index
 * every time rather than by adding a period again and again: 1e9 / 300,000 is not a whole number of
 * nanoseconds, and a rounded period added a million times drifts by a third of a millisecond.
 */
public final class Schedule {

    public static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long startNanos;
    private final long ratePerSecond;

    private Schedule(long startNanos, long ratePerSecond) {
        this.startNanos = startNanos;
        this.ratePerSecond = ratePerSecond;
    }

    /**
     * @param ratePerSecond requests per second, at least 1 and at most 1e9 (one a nanosecond)
     * @param startNanos    when request 0 is due, on the clock the run uses
     */
    public static Schedule fixedRate(long ratePerSecond, long startNanos) {
        if (ratePerSecond < 1 || ratePerSecond > NANOS_PER_SECOND) {
            throw new IllegalArgumentException("rate must be between 1 and 1e9 per second, was " + ratePerSecond);
        }
        return new Schedule(startNanos, ratePerSecond);
    }

    // tag::schedule[]
    /** When request {@code index} is due: fixed before the run, whatever happens to earlier requests. */
    public long intendedTime(long index) {
        // end::schedule[]
        // kata:solution lesson-02 Return startNanos plus index * NANOS_PER_SECOND / ratePerSecond, computed from the index (no accumulated period). Reject a negative index with an IllegalArgumentException.
        // tag::schedule[]
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        // Multiply first, then divide: exact to the nanosecond for any index below 9.2e9 (2^63 / 1e9),
        // hours of requests at a million a second.
        return startNanos + index * NANOS_PER_SECOND / ratePerSecond;
        // end::schedule[]
        // kata:end
        // tag::schedule[]
    }
    // end::schedule[]

    /** The mean gap between two requests, in nanoseconds (not always a whole number). */
    public double periodNanos() {
        return (double) NANOS_PER_SECOND / ratePerSecond;
    }

    public long ratePerSecond() {
        return ratePerSecond;
    }

    public long startNanos() {
        return startNanos;
    }
}
