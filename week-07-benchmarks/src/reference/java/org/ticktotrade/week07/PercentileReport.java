package org.ticktotrade.week07;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The percentiles the course reports, read from one histogram, in nanoseconds. Never an average on its own:
 * latency is not normally distributed, and the mean of a run with one 200 ms stall in it describes no request.
 */
public record PercentileReport(long count, long p50, long p90, long p99, long p999, long p9999, long max, double mean) {

    // tag::percentiles[]
    public static PercentileReport of(Histogram h) {
        // getValueAtPercentile(q) is the smallest recorded value (to the histogram's precision) that q percent
        // of all samples are at or below: p99 of 10,000 samples is the 9,900th smallest, so one bad sample in
        // 10,000 moves p99.99 and max, never p99.
        return new PercentileReport(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getValueAtPercentile(99.99),
                h.getMaxValue(), h.getMean());
    }
    // end::percentiles[]

    /** Name to value, nanoseconds, in the order they are printed: the JSON result's {@code percentiles}. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("p50", p50);
        m.put("p90", p90);
        m.put("p99", p99);
        m.put("p99.9", p999);
        m.put("p99.99", p9999);
        m.put("max", max);
        return m;
    }

    /** One table row, microseconds. */
    public String row(String label) {
        return String.format(Locale.ROOT, "%-22s %10d %9.1f %9.1f %9.1f %9.1f %9.1f %10.1f", label, count,
                p50 / 1e3, p90 / 1e3, p99 / 1e3, p999 / 1e3, p9999 / 1e3, max / 1e3);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-22s %10s %9s %9s %9s %9s %9s %10s", "(microseconds)", "samples",
                "p50", "p90", "p99", "p99.9", "p99.99", "max");
    }
}
