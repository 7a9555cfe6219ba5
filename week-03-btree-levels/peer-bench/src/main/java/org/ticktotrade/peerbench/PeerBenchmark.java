package org.ticktotrade.peerbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PeerStreamBench} (every book in its own forked JVM, with {@code -prof gc}) and prints one table:
 * ops/s, bytes allocated per operation, and each book's speed relative to the course's ladder book.
 *
 * <p>Arguments (all optional): forks (default 2), then measurement iterations (default 5). On a shared
 * two-core machine treat the figures as smoke: compare ratios within one run, never across runs.
 */
public final class PeerBenchmark {

    private PeerBenchmark() {}

    public static void main(String[] args) throws RunnerException {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(PeerStreamBench.class.getName() + "\\.")
                .forks(forks)
                .warmupIterations(3)
                .warmupTime(TimeValue.milliseconds(500))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.milliseconds(500))
                .jvmArgs("-Xms1g", "-Xmx1g")
                .addProfiler(GCProfiler.class)
                .build()).run();
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(),
                    alloc == null ? Double.NaN : alloc.getScore()});
        }
        double ladder = rows.containsKey("courseLadder") ? rows.get("courseLadder")[0] : Double.NaN;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-20s %14s %12s %10s %12s", "book", "ops/s", "+-", "B/op", "vs ladder"));
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            double[] v = e.getValue();
            lines.add(String.format(Locale.ROOT, "%-20s %,14.0f %,12.0f %10.2f %11.2fx", e.getKey(), v[0], v[1], v[2], v[0] / ladder));
        }
        System.out.println();
        System.out.println("Peer benchmark: week 02's standard stream (seed 42), " + forks + " fork(s) per book, "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        lines.forEach(System.out::println);
    }
}
