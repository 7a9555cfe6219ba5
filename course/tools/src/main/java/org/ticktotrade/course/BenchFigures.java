package org.ticktotrade.course;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A week's recorded benchmark figures, as {@code ./kata author record-bench WEEK} writes them to
 * {@code course/data/WEEK-bench.json} (grader: {@code cli/RecordBenchCommand}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenchFigures(String week, String title, String recorded, String command, String sources, Machine machine,
                           String status, List<Comparison> comparisons) {

    public BenchFigures {
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Machine(String cpuModel, int cores, String jdk, String os) {}

    /**
     * Two arms measured in the same run, pair by pair.
     *
     * @param higherIsBetter false for a time per operation (JMH's ns/op)
     * @param ratio          candidate's advantage over the baseline (already inverted for times)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparison(String id, String title, String candidate, String baseline, String metric, String unit,
                             boolean higherIsBetter, Double minRatio, boolean gated, String verdict, Double ratio,
                             Double low, Double high, List<Pair> pairs) {
        public Comparison {
            pairs = pairs == null ? List.of() : List.copyOf(pairs);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pair(int pair, double candidate, double baseline) {}

    public static BenchFigures load(Path file) {
        try {
            return SitePlan.JSON.readValue(file.toFile(), BenchFigures.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded benchmark figures " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code org.x.bench.PushPopPairBench.typedChannel} -> {@code typedChannel}. */
    public static String shortName(String benchmark) {
        return benchmark == null ? "" : benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** "2026-11-22" out of the recorded instant. */
    public String recordedDate() {
        return recorded == null ? "an unknown date" : recorded.length() >= 10 ? recorded.substring(0, 10) : recorded;
    }
}
