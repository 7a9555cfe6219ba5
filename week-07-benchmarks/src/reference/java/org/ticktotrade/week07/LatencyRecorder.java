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

    // tag::intended-time[]
    /** Records one completed request: due at {@code intendedNanos}, sent at {@code sentNanos}, done at {@code doneNanos}. */
    public void record(long intendedNanos, long sentNanos, long doneNanos) {
        // end::intended-time[]
        // kata:solution lesson-03 Record doneNanos - intendedNanos into the response-time histogram and doneNanos - sentNanos into the service-time one, each clamped to 0..highestNanos (count what you clamp). One recordValue each: no recordValueWithExpectedInterval, the intended time has already corrected for coordinated omission.
        // tag::intended-time[]
        // From the due time, not the send time: a request that waited behind a stall waited for real.
        responseTime.recordValue(clamp(doneNanos - intendedNanos));
        serviceTime.recordValue(clamp(doneNanos - sentNanos));
        // No recordValueWithExpectedInterval here: it back-fills samples a stalled closed loop never took,
        // and these samples were taken. Correcting an intended-time measurement again counts the stall twice.
        // end::intended-time[]
        // kata:end
        // tag::intended-time[]
    }
    // end::intended-time[]

    private long clamp(long nanos) {
        // kata:solution lesson-03 Negative (a clock that stepped back) records as 0; above highestNanos records as highestNanos and counts one clamped value.
        if (nanos < 0) {
            return 0;
        }
        if (nanos > highestNanos) {
            clamped++;
            return highestNanos;
        }
        return nanos;
        // kata:end
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
