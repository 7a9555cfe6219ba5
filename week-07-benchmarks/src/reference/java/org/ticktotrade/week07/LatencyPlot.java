package org.ticktotrade.week07;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The week's two plots, drawn with XChart as PNG. The latency-percentile plot draws what HdrHistogram's own
 * plotter draws: latency against percentile on a log axis of {@code 1 / (1 - percentile)}, so that 90%, 99%,
 * 99.9% and 99.99% sit an equal step apart and the tail, where the trouble lives, gets as much room as the
 * median. Then throughput against latency: p50, p99 and p99.9 at each requested rate.
 */
public final class LatencyPlot {

    private LatencyPlot() {}

    /** Writes the percentile plot at {@code file} and the throughput plot next to it; returns {@code file}. */
    public static Path write(List<LoadRun.RateResult> results, Path file) {
        return write(results, file, "in-process pipeline");
    }

    /** The same plots, with {@code system} in their titles (the capstone plots its own runs with them). */
    public static Path write(List<LoadRun.RateResult> results, Path file, String system) {
        System.setProperty("java.awt.headless", "true"); // no display in a grader fork or on CI
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(percentileChart(results, system), file.toString(), BitmapEncoder.BitmapFormat.PNG);
            String name = file.getFileName().toString().replace("latency-percentiles", "throughput-latency");
            BitmapEncoder.saveBitmap(throughputChart(results, system), file.resolveSibling(name).toString(),
                    BitmapEncoder.BitmapFormat.PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // tag::percentile-plot[]
    static XYChart percentileChart(List<LoadRun.RateResult> results, String system) {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Response time by percentile (from the due time), " + system)
                .xAxisTitle("percentile (log scale: each step is ten times rarer)")
                .yAxisTitle("latency (us)").build();
        // x = log10(1 / (1 - q)) on a linear axis: 1 is the 90th percentile, 2 the 99th, 3 the 99.9th.
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(6.0); // 99.9999%: the points past it are beyond what a few seconds resolve
        chart.getStyler().setXAxisTickMarkSpacingHint(120); // about one tick per decade on a 900-pixel chart
        chart.getStyler().setxAxisTickLabelsFormattingFunction(LatencyPlot::percentileLabel);
        // Log latency too: a run that held its rate sits in microseconds, one that did not in seconds.
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        chart.getStyler().setMarkerSize(0);
        for (LoadRun.RateResult r : results) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            Histogram h = r.measured().responseTime();
            for (HistogramIterationValue v : h.percentiles(5)) {
                double q = v.getPercentileLevelIteratedTo() / 100.0;
                if (q > 0.999999) {
                    break; // the last point is the max, at an infinite x; and 6 is the axis' end
                }
                x.add(Math.log10(1.0 / (1.0 - q)));
                y.add(Math.max(0.1, v.getValueIteratedTo() / 1e3)); // a log axis has no 0: 100 ns is the floor
            }
            if (!x.isEmpty()) {
                String held = r.generator().heldRate(LoadRun.HELD_FRACTION) ? "" : " (rate not held)";
                chart.addSeries(String.format(Locale.ROOT, "%,d/s%s", r.rate(), held), x, y).setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }
    // end::percentile-plot[]

    /**
     * The tick label at {@code x = log10(1 / (1 - q))}: 1 is "90%", 2 "99%", 3 "99.9%". XChart 3.8.8 recomputes its
     * ticks until their labels are distinct, and a function that gives two ticks the same label (a plain
     * {@code "%.0f%%"} prints "100%" for both 99.9% and 99.99%) keeps it at that for ever: each label here keeps
     * as many decimals as its decade needs, so no two ticks share one.
     */
    // tag::percentile-label[]
    static String percentileLabel(double x) {
        double percentile = 100.0 * (1.0 - Math.pow(10.0, -x));
        int decimals = Math.max(0, (int) Math.ceil(x - 1e-9) - 2); // 99% at x = 2, 99.9% at 3, 99.99% at 4
        return String.format(Locale.ROOT, "%." + decimals + "f%%", percentile);
    }
    // end::percentile-label[]

    static XYChart throughputChart(List<LoadRun.RateResult> results, String system) {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Latency against requested rate, " + system)
                .xAxisTitle("requested rate (orders/s)").yAxisTitle("response time (us)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#"); // the log axis formats its decades with this pattern
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        List<Double> rates = results.stream().map(r -> (double) r.rate()).toList();
        double[] qs = {50, 99, 99.9};
        for (double q : qs) {
            List<Double> y = results.stream()
                    .map(r -> Math.max(0.001, r.measured().responseTime().getValueAtPercentile(q) / 1e3)).toList();
            chart.addSeries("p" + (q == Math.rint(q) ? String.valueOf((long) q) : String.valueOf(q)), rates, y);
        }
        return chart;
    }
}
