package org.ticktotrade.course;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a recorded comparison as an SVG bar chart with XChart: both arms' scores side by side, pair by
 * pair, so a reader sees at once the gap and how much the pairs agree. Drawn at build time: the page
 * embeds a local file, no charting script runs in the browser.
 */
public final class BenchChart {

    /** Charts live next to the week's pages, in this folder. */
    public static final String FOLDER = "charts";

    static final Color CANDIDATE = new Color(0x1f, 0x6f, 0xb2);
    static final Color BASELINE = new Color(0xb0, 0xb0, 0xb0);

    private BenchChart() {}

    /** {@code week-01-ring-vs-lock.svg}. */
    public static String fileName(BenchFigures figures, BenchFigures.Comparison c) {
        return figures.week() + "-" + c.id() + ".svg";
    }

    public static void writeAll(BenchFigures figures, Path dir) {
        try {
            Files.createDirectories(dir);
            for (BenchFigures.Comparison c : figures.comparisons()) {
                if (!c.pairs().isEmpty()) {
                    Files.writeString(dir.resolve(fileName(figures, c)), svg(c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String svg(BenchFigures.Comparison c) {
        CategoryChart chart = new CategoryChartBuilder().width(720).height(380)
                .title(title(c))
                .xAxisTitle("interleaved pair (both arms measured back to back, A B A B)")
                .yAxisTitle(c.unit() + (c.higherIsBetter() ? " (higher is better)" : " (lower is better)"))
                .build();
        Styler.ChartTheme theme = Styler.ChartTheme.XChart;
        chart.getStyler().setTheme(theme.newInstance(theme));
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setSeriesColors(new Color[] {CANDIDATE, BASELINE});
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        List<String> x = c.pairs().stream().map(p -> "pair " + p.pair()).toList();
        List<Double> candidate = c.pairs().stream().map(BenchFigures.Pair::candidate).toList();
        List<Double> baseline = c.pairs().stream().map(BenchFigures.Pair::baseline).toList();
        // Cross-thread figures on two shared vCPUs can differ a hundredfold between pairs: on a linear axis
        // the small bars would vanish, so such a chart switches to a logarithmic one (and says so).
        double max = Math.max(candidate.stream().mapToDouble(d -> d).max().orElse(1), baseline.stream().mapToDouble(d -> d).max().orElse(1));
        double min = Math.min(candidate.stream().mapToDouble(d -> d).min().orElse(1), baseline.stream().mapToDouble(d -> d).min().orElse(1));
        chart.addSeries(BenchFigures.shortName(c.candidate()) + " (candidate)", x, candidate);
        chart.addSeries(BenchFigures.shortName(c.baseline()) + " (baseline)", x, baseline);
        if (min > 0 && max / min > 30) {
            chart.getStyler().setYAxisLogarithmic(true);
            // bars start at zero unless told otherwise, and a log axis has no zero: start a decade below the least
            chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
            chart.setYAxisTitle(chart.getYAxisTitle() + ", log scale");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** "typedChannel 2.91x lockedDeque (95% interval 2.50-3.39x; the gate needs 2x)". */
    static String title(BenchFigures.Comparison c) {
        String head = BenchFigures.shortName(c.candidate()) + " vs " + BenchFigures.shortName(c.baseline());
        if (c.ratio() == null) {
            return head;
        }
        String ratio = String.format(Locale.ROOT, ": %.2fx (95%% interval %.2f-%.2fx)", c.ratio(), c.low(), c.high());
        return head + ratio;
    }
}
