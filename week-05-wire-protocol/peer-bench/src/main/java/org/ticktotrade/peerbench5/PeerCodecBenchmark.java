package org.ticktotrade.peerbench5;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Checks that both codecs write the same bytes ({@link SameBytes}), then runs {@link CodecPeerBench} and
 * {@link SbeUncheckedBench} with {@code -prof gc} in rounds: each round gives every arm one fresh JMH fork, one arm
 * after the other, so a burst of load from the rest of a shared machine lands on every arm about equally. Then one
 * table: ns per encode+decode for each message and codec over all rounds' measured iterations (mean with its 99.9%
 * error, and the best iteration: load only ever adds time), SBE's time over the course's (above 1.00x the course's
 * codec is the faster), and bytes allocated per operation (the worst fork's).
 *
 * <p>Arguments: the number of rounds (default 2), then JMH's own options ({@code -wi 5 -i 5 -w 1s -r 1s}; a fork
 * count is ignored, a round is one fork per arm). Compare the ratios within one run, never figures across runs.
 */
public final class PeerCodecBenchmark {

    private static final String[] MESSAGES = {"NewOrder", "CancelOrder", "ExecutionReport"};

    private PeerCodecBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 2;
        String[] jmhArgs = args.length > 0 && args[0].matches("\\d+") ? Arrays.copyOfRange(args, 1, args.length) : args;

        SameBytes.check();
        System.out.println("SameBytes: for 1,024 rows of each message the course's codec and SBE's wrote the same bytes"
                + " (bar the length field: whole message vs SBE blockLength) and SBE read every value back.");

        CommandLineOptions cli = new CommandLineOptions(jmhArgs);
        Map<String, List<Double>> iterations = new LinkedHashMap<>();   // "CodecPeerBench.sbeNewOrder" -> ns/op
        Map<String, List<Double>> cpuIterations = new LinkedHashMap<>(); // the same key -> worker CPU ns/op
        Map<String, Double> allocation = new LinkedHashMap<>();         // the same key -> worst fork's B/op
        for (int round = 1; round <= rounds; round++) {
            System.out.println();
            System.out.println("==== round " + round + " of " + rounds + " ====");
            ChainedOptionsBuilder options = new OptionsBuilder().parent(cli).forks(1).addProfiler(GCProfiler.class)
                    .addProfiler(WorkerCpuTimeProfiler.class);
            if (cli.getIncludes().isEmpty()) {
                options.include(CodecPeerBench.class.getName() + "\\.").include(SbeUncheckedBench.class.getName() + "\\.");
            }
            for (RunResult r : new Runner(options.build()).run()) {
                String name = r.getParams().getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1");
                for (BenchmarkResult fork : r.getBenchmarkResults()) {
                    for (IterationResult it : fork.getIterationResults()) {
                        iterations.computeIfAbsent(name, n -> new ArrayList<>()).add(it.getPrimaryResult().getScore());
                        Result<?> cpu = it.getSecondaryResults().get(WorkerCpuTimeProfiler.CPU_NORM);
                        cpuIterations.computeIfAbsent(name, n -> new ArrayList<>())
                                .add(cpu == null ? Double.NaN : cpu.getScore());
                    }
                }
                Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                allocation.merge(name, alloc == null ? Double.NaN : alloc.getScore(), Math::max);
            }
        }

        Map<String, Row> wall = new LinkedHashMap<>();
        Map<String, Row> cpu = new LinkedHashMap<>();
        iterations.forEach((name, scores) -> wall.put(name, Row.of(scores, allocation.get(name))));
        cpuIterations.forEach((name, scores) -> cpu.put(name, Row.of(scores, allocation.get(name))));
        System.out.println();
        System.out.println("Peer benchmark, week 05 codecs: encode + decode of one message (header included), ns/op; "
                + rounds + " round(s), one fork per arm per round; " + Runtime.getRuntime().availableProcessors()
                + " CPUs, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        System.out.println("mean +- 99.9% error over every measured iteration of every round; best = fastest iteration;"
                + " ratio = SBE ns / course ns (above 1.00x the course's codec is the faster; target >= 1.00x)");
        table("wall clock (JMH's score)", wall);
        table("CPU time of the benchmark thread (WorkerCpuTimeProfiler)", cpu);
        System.out.println("SBE nochk: SBE with -Dagrona.disable.bounds.checks=true, an extra row; the like-for-like"
                + " pair is course against SBE. B/op: gc.alloc.rate.norm, the worst fork's.");
        verdicts("wall", wall);
        verdicts("cpu ", cpu);
    }

    private static void table(String title, Map<String, Row> rows) {
        System.out.println();
        System.out.println(title);
        System.out.printf(Locale.ROOT, "%-16s %-10s %18s %8s %8s %8s %8s%n", "message", "codec", "mean ns/op", "ratio",
                "best", "ratio", "B/op");
        for (String m : MESSAGES) {
            Row course = rows.get("CodecPeerBench.course" + m);
            print(m, "course", course, course);
            print(m, "SBE", rows.get("CodecPeerBench.sbe" + m), course);
            print(m, "SBE nochk", rows.get("SbeUncheckedBench.sbe" + m), course);
        }
    }

    private static void verdicts(String clock, Map<String, Row> rows) {
        for (String m : MESSAGES) {
            Row course = rows.get("CodecPeerBench.course" + m);
            Row sbe = rows.get("CodecPeerBench.sbe" + m);
            if (course == null || sbe == null) {
                continue;
            }
            double ratio = sbe.mean / course.mean;
            boolean overlap = Math.abs(sbe.mean - course.mean) <= sbe.error + course.error;
            System.out.printf(Locale.ROOT, "%s %-16s target %s: %.2fx on the means, %.2fx on the best iterations%s%n",
                    clock, m, ratio >= 1.0 ? "met" : "NOT met", ratio, sbe.best / course.best,
                    overlap ? "; the error bars overlap (a tie within this run's noise)" : "");
        }
    }

    private static void print(String message, String codec, Row row, Row course) {
        if (row == null) {
            System.out.printf(Locale.ROOT, "%-16s %-10s %18s%n", message, codec, "(not run)");
            return;
        }
        boolean base = row == course;
        System.out.printf(Locale.ROOT, "%-16s %-10s %8.2f +- %6.2f %8s %8.2f %8s %8.2f%n", message, codec, row.mean,
                row.error, base || course == null ? "" : String.format(Locale.ROOT, "%.2fx", row.mean / course.mean),
                row.best, base || course == null ? "" : String.format(Locale.ROOT, "%.2fx", row.best / course.best),
                row.bytesPerOp);
    }

    private record Row(double mean, double error, double best, double bytesPerOp) {
        static Row of(List<Double> scores, double bytesPerOp) {
            ListStatistics s = new ListStatistics();
            scores.forEach(s::addValue);
            return new Row(s.getMean(), s.getN() > 1 ? s.getMeanErrorAt(0.999) : Double.NaN, s.getMin(), bytesPerOp);
        }
    }
}
