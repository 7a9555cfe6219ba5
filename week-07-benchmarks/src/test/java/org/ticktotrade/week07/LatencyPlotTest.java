package org.ticktotrade.week07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plots, drawn from recorded histograms: both PNGs are written, small, and in bounded time (an XChart tick
 * formatter that repeats a label loops for ever), and the percentile axis is labelled with percentiles.
 */
class LatencyPlotTest {

    @Test
    void bothPlotsAreWrittenFromRecordedRunsWithPercentileTickLabels(@TempDir Path dir) throws Exception {
        List<LoadRun.RateResult> results = List.of(run(100_000, 10_000, 100_000), run(1_000_000, 30_000, 250_000));
        Path file = dir.resolve("latency-percentiles.png");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> LatencyPlot.write(results, file));
        for (Path png : List.of(file, dir.resolve("throughput-latency.png"))) {
            byte[] bytes = Files.readAllBytes(png);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), png + " is a PNG");
            assertTrue(bytes.length > 10_000 && bytes.length < 150_000, png + " is " + bytes.length + " bytes");
        }
        assertEquals("90%", LatencyPlot.percentileLabel(1));
        assertEquals("99%", LatencyPlot.percentileLabel(2));
        assertEquals("99.9%", LatencyPlot.percentileLabel(3));
        assertEquals("99.99%", LatencyPlot.percentileLabel(4));
        assertEquals("99.999%", LatencyPlot.percentileLabel(5));
        assertEquals("97%", LatencyPlot.percentileLabel(1.5), "between the decades too, and distinct from 99%");
    }

    /** One rate's result: an exponential latency distribution with the given mean, and a clean generator report. */
    private static LoadRun.RateResult run(long rate, long meanNanos, int samples) {
        LatencyRecorder warmup = new LatencyRecorder(60_000_000_000L);
        LatencyRecorder measured = new LatencyRecorder(60_000_000_000L);
        for (int k = 0; k < samples; k++) {
            long latency = Math.round(-meanNanos * Math.log(1 - (k + 0.5) / samples));
            measured.record(0, latency / 2, latency);
        }
        warmup.record(0, 0, meanNanos);
        GeneratorReport report = new GeneratorReport(samples, rate, rate, 0, 0, samples * 1_000_000_000L / rate);
        return new LoadRun.RateResult(rate, report, warmup, measured, new GcWindow.Counts(0, 0), 0, null, null);
    }
}
