package org.ticktotrade.peerbench5;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Checks that both codecs write the same bytes ({@link SameBytes}), then runs {@link CodecPeerBench} and
 * {@link SbeUncheckedBench} in one JMH run with {@code -prof gc}, and prints one table: ns per encode+decode for each
 * message and codec, SBE's time over the course's (above 1.00x: the course's codec is the faster), and bytes
 * allocated per operation.
 *
 * <p>Arguments are JMH's own ({@code -f 2 -wi 5 -i 5}, {@code -w 1s}, ...); a run names both classes unless the
 * arguments name benchmarks themselves. On a shared two-core machine compare the ratios within one run, never the
 * figures across runs.
 */
public final class PeerCodecBenchmark {

    private static final String[] MESSAGES = {"NewOrder", "CancelOrder", "ExecutionReport"};

    private PeerCodecBenchmark() {}

    public static void main(String[] args) throws Exception {
        SameBytes.check();
        System.out.println("SameBytes: for 1,024 rows of each message the course's codec and SBE's wrote the same bytes"
                + " (bar the length field: whole message vs SBE blockLength) and SBE read every value back.");

        CommandLineOptions cli = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli).addProfiler(GCProfiler.class);
        if (cli.getIncludes().isEmpty()) {
            options.include(CodecPeerBench.class.getName() + "\\.").include(SbeUncheckedBench.class.getName() + "\\.");
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, double[]> rows = new HashMap<>();   // "CodecPeerBench.sbeNewOrder" -> score, error, B/op
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1");
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(),
                    alloc == null ? Double.NaN : alloc.getScore()});
        }

        System.out.println();
        System.out.println("Peer benchmark, week 05 codecs: encode + decode of one message, ns/op (+- 99.9% error), "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        System.out.println("ratio = SBE ns / course ns: above 1.00x the course's codec is the faster (target >= 1.00x)");
        System.out.printf(Locale.ROOT, "%-16s %17s %17s %7s %17s %7s %21s%n", "message", "course", "SBE", "ratio",
                "SBE unchecked", "ratio", "B/op course/SBE/unch");
        for (String m : MESSAGES) {
            double[] course = rows.get("CodecPeerBench.course" + m);
            double[] sbe = rows.get("CodecPeerBench.sbe" + m);
            double[] unchecked = rows.get("SbeUncheckedBench.sbe" + m);
            if (course == null || sbe == null) {
                System.out.printf(Locale.ROOT, "%-16s (not run)%n", m);
                continue;
            }
            System.out.printf(Locale.ROOT, "%-16s %s %s %6.2fx %s %s %21s%n", m, cell(course), cell(sbe),
                    sbe[0] / course[0], cell(unchecked),
                    unchecked == null ? "      -" : String.format(Locale.ROOT, "%6.2fx", unchecked[0] / course[0]),
                    bytes(course) + "/" + bytes(sbe) + "/" + bytes(unchecked));
        }
        for (String m : MESSAGES) {
            double[] course = rows.get("CodecPeerBench.course" + m);
            double[] sbe = rows.get("CodecPeerBench.sbe" + m);
            if (course == null || sbe == null) {
                continue;
            }
            boolean overlap = Math.abs(sbe[0] - course[0]) <= sbe[1] + course[1];
            System.out.printf(Locale.ROOT, "%-16s target %s (%.2fx)%s%n", m, sbe[0] / course[0] >= 1.0 ? "met" : "NOT met",
                    sbe[0] / course[0], overlap ? ", but the two error bars overlap: a tie within this run's noise" : "");
        }
    }

    private static String cell(double[] row) {
        return row == null ? String.format(Locale.ROOT, "%17s", "-")
                : String.format(Locale.ROOT, "%8.2f +- %5.2f", row[0], row[1]);
    }

    private static String bytes(double[] row) {
        return row == null ? "-" : String.format(Locale.ROOT, "%.0f", row[2]);
    }
}
