package org.ticktotrade.week07;

import org.HdrHistogram.Histogram;

/**
 * Two histograms per run, in nanoseconds. <b>Response time</b> runs from when the request was due to when it
 * was done: what a customer waiting on the schedule experiences, and the figure to report. <b>Service time</b>
 * runs from when it was actually sent: what a closed-loop tester measures, and the gap between the two is the
 * coordinated omission a closed loop hides.
 *
 * <p>Recording never allocates: both histograms have a fixed range, chosen up front (an auto-resizing one
 * would allocate in the middle of a run), and a value beyond it is counted at the top and remembered in
 * {@link #clampedValues()} rather than thrown. One thread records into one recorder (HdrHistogram's
 * {@code Histogram} is not thread-safe); histograms add up afterwards.
 */
public final class LatencyRecorder {

    // tag::fixed-range[]
    /** Three significant digits: 0.1% resolution at every magnitude, ~200 KB per histogram up to a minute. */
    public static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram responseTime;
    private final Histogram serviceTime;
    private final long highestNanos;
    private long clamped;

    /** @param highestNanos the largest latency to resolve; larger ones are recorded as this */
    public LatencyRecorder(long highestNanos) {
        this.highestNanos = highestNanos;
        this.responseTime = new Histogram(1, highestNanos, SIGNIFICANT_DIGITS);
        this.serviceTime = new Histogram(1, highestNanos, SIGNIFICANT_DIGITS);
    }
    // end::fixed-range[]

    /** Records one completed request: due at {@code intendedNanos}, sent at {@code sentNanos}, done at {@code doneNanos}. */
    public void record(long intendedNanos, long sentNanos, long doneNanos) {
        // TODO(kata) Record doneNanos - intendedNanos into the response-time histogram and doneNanos - sentNanos into the service-time one, each clamped to 0..highestNanos (count what you clamp). One recordValue each: no recordValueWithExpectedInterval, the intended time has already corrected for coordinated omission. Read lesson 3, "Coordinated omission: response time against service time".
        throw new UnsupportedOperationException("TODO(kata) Record doneNanos - intendedNanos into the response-time histogram and doneNanos - sentNanos into the service-time one, each clamped to 0..highestNanos (count what you clamp). One recordValue each: no recordValueWithExpectedInterval, the intended time has already corrected for coordinated omission. Read lesson 3, \"Coordinated omission: response time against service time\".");
    }

    private long clamp(long nanos) {
        // TODO(kata) Negative (a clock that stepped back) records as 0; above highestNanos records as highestNanos and counts one clamped value. Read lesson 3, "Coordinated omission: response time against service time".
        throw new UnsupportedOperationException("TODO(kata) Negative (a clock that stepped back) records as 0; above highestNanos records as highestNanos and counts one clamped value. Read lesson 3, \"Coordinated omission: response time against service time\".");
    }

    /** From the due time: the latency to report. */
    public Histogram responseTime() {
        return responseTime;
    }

    /** From the actual send: what a closed loop would have reported. */
    public Histogram serviceTime() {
        return serviceTime;
    }

    /** Values recorded at the top of the range instead of their own, counting both histograms. */
    public long clampedValues() {
        return clamped;
    }

    public long highestNanos() {
        return highestNanos;
    }
}
