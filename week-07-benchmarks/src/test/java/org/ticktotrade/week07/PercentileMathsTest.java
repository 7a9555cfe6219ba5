package org.ticktotrade.week07;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Percentiles recorded through {@link LatencyRecorder} against distributions whose percentiles are known in
 * closed form. HdrHistogram at three significant digits is exact to 0.1% of the value at every magnitude.
 */
class PercentileMathsTest {

    private static final double PRECISION = 0.001;

    @Test
    void uniformOneToOneHundredThousand() {
        LatencyRecorder r = new LatencyRecorder(1_000_000_000L);
        for (long v = 1; v <= 100_000; v++) {
            r.record(1_000, 1_000, 1_000 + v); // latency v ns
        }
        PercentileReport p = PercentileReport.of(r.responseTime());
        assertEquals(100_000, p.count());
        assertNear(50_000, p.p50());
        assertNear(90_000, p.p90());
        assertNear(99_000, p.p99());
        assertNear(99_900, p.p999());
        assertNear(99_990, p.p9999());
        assertNear(100_000, p.max());
        assertEquals(50_000.5, p.mean(), 50_000.5 * PRECISION);
    }

    @Test
    void exponentialWithAMeanOfTenMicroseconds() {
        // The q-quantile of an exponential distribution is -mean * ln(1 - q): p99 = mean * ln 100 = 4.605 mean.
        // Samples at the mid-points of N equal slices of probability have exactly those quantiles.
        double mean = 10_000;
        int n = 1_000_000;
        LatencyRecorder r = new LatencyRecorder(1_000_000_000L);
        for (int k = 0; k < n; k++) {
            r.record(0, 0, Math.round(-mean * Math.log(1 - (k + 0.5) / n)));
        }
        PercentileReport p = PercentileReport.of(r.responseTime());
        assertNear(mean * Math.log(2), p.p50());
        assertNear(mean * Math.log(10), p.p90());
        assertNear(mean * Math.log(100), p.p99());
        assertNear(mean * Math.log(1_000), p.p999());
        assertNear(mean * Math.log(10_000), p.p9999());
        assertEquals(mean, p.mean(), mean * 0.01);
    }

    // tag::one-outlier[]
    @Test
    void oneOutlierInTenThousandMovesOnlyTheTopOfTheDistribution() {
        LatencyRecorder r = new LatencyRecorder(60_000_000_000L);
        for (int i = 0; i < 9_999; i++) {
            r.record(0, 0, 10_000);
        }
        r.record(0, 0, 1_000_000_000L);
        PercentileReport p = PercentileReport.of(r.responseTime());
        assertNear(10_000, p.p99());
        assertNear(10_000, p.p999());
        assertNear(1_000_000_000L, p.max());
    }
    // end::one-outlier[]

    @Test
    void valuesBeyondTheRangeAreClampedAndCountedAndNegativeOnesRecordAsZero() {
        LatencyRecorder r = new LatencyRecorder(1_000_000L);
        r.record(0, 0, 5_000_000L);
        r.record(100, 100, 50); // a clock that stepped back
        assertEquals(2, r.responseTime().getTotalCount());
        assertEquals(2, r.clampedValues(), "the request was beyond the range in both histograms");
        assertNear(1_000_000L, r.responseTime().getMaxValue());
        assertEquals(0, r.responseTime().getMinValue());
    }

    private static void assertNear(double expected, long actual) {
        assertEquals(expected, actual, Math.max(1, expected * PRECISION), "expected ~" + expected + ", got " + actual);
    }
}
