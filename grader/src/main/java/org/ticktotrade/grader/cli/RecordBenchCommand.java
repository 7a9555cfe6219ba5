package org.ticktotrade.grader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Machine;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.SourcesResolver;
import org.ticktotrade.grader.render.Json;
import org.ticktotrade.grader.render.Style;
import org.ticktotrade.grader.render.TerminalProgress;
import org.ticktotrade.grader.render.TerminalRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata author record-bench WEEK}: runs the week's bench gate on the reference and records what
 * it measured, pair by pair, with the machine it ran on, in {@code course/data/WEEK-bench.json}. The
 * site draws its charts from that file, so every plot in the course is a figure the course produced
 * and says where it came from.
 */
@Command(name = "record-bench", description = {
        "Run a week's bench gate on the reference and record the per-pair figures, with the CPU, core",
        "count and JDK they came from, in course/data/WEEK-bench.json (the site's charts read it)."})
public final class RecordBenchCommand implements Callable<Integer> {

    static final String COMMAND = "./kata author record-bench";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WEEK", completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: course/data/WEEK-bench.json)")
    Path out;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        if (week.manifest().gates().bench() == null) {
            System.err.println(week.id() + " has no bench gate: nothing to record");
            return 1;
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        GateContext ctx = new GateContext(course, week, SourcesResolver.reference(week), week.workDir().resolve("record-bench"),
                new ForkedJvm(Isolation.NONE), new TerminalProgress(System.err, Style.isTerminal()), false);
        GradeReport report = StandardGates.pipeline().run(ctx, Set.of("bench"));
        GateResult bench = report.gates().stream().filter(g -> g.gate().equals("bench")).findFirst().orElse(null);
        boolean measured = bench != null && bench.checks().stream().anyMatch(c -> c.details().containsKey("ratio"));
        if (!measured) {
            System.err.print(new TerminalRenderer(Style.detect(), true).render(report));
            System.err.println("nothing measured: no figures recorded");
            return 1;
        }
        Path file = out != null ? out : course.root().resolve("course/data").resolve(week.id() + "-bench.json");
        Json.writeAtomically(file, record(week, bench, started));
        System.out.print(new TerminalRenderer(Style.detect(), false).render(report));
        System.out.println("recorded " + course.root().relativize(file.toAbsolutePath().normalize()) + " (" + bench.status() + ")");
        return 0;
    }

    /** The data file: what was compared, every pair's figures, the verdict, and where it was measured. */
    static Map<String, Object> record(Week week, GateResult bench, Instant started) {
        WeekManifest.Bench cfg = week.manifest().gates().bench();
        @SuppressWarnings("unchecked")
        List<JsonNode> runs = (List<JsonNode>) bench.details().getOrDefault("runs", List.of());
        Machine machine = (Machine) bench.details().get("machine");

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("week", week.id());
        doc.put("title", week.title());
        doc.put("recorded", started.toString());
        doc.put("command", COMMAND + " " + week.id());
        doc.put("sources", "reference");
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("cpuModel", machine.cpuModel());
        where.put("cores", machine.cores());
        where.put("jdk", bench.details().getOrDefault("jdk", machine.jdk()));
        where.put("os", machine.os());
        doc.put("machine", where);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("pairs", cfg.pairs());
        settings.put("warmupIterations", cfg.warmupIterations());
        settings.put("warmupMs", cfg.warmupMs());
        settings.put("measurementIterations", cfg.measurementIterations());
        settings.put("measurementMs", cfg.measurementMs());
        doc.put("settings", settings);
        doc.put("status", bench.status().name());

        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (WeekManifest.Ratio r : cfg.ratios()) {
            CheckResult check = bench.checks().stream().filter(c -> c.id().equals(r.id())).findFirst().orElse(null);
            if (check == null) {
                continue;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", r.id());
            c.put("title", r.title() == null ? r.id() : r.title());
            c.put("candidate", r.candidate());
            c.put("baseline", r.baseline());
            c.put("metric", r.metricName());
            c.put("unit", unit(runs, r));
            c.put("higherIsBetter", !(r.metricName().equals("primary") && unit(runs, r).endsWith("/op")));
            c.put("minRatio", r.minRatio());
            c.put("gated", r.isGated());
            c.put("verdict", check.status().name());
            for (String key : List.of("ratio", "low", "high")) {
                c.put(key, check.details().get(key));
            }
            c.put("pairs", pairs(runs, r));
            comparisons.add(c);
        }
        doc.put("comparisons", comparisons);

        List<Map<String, Object>> allocations = new ArrayList<>();
        for (WeekManifest.Allocation a : cfg.allocations()) {
            bench.checks().stream().filter(c -> c.id().equals(a.id())).findFirst().ifPresent(check -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("benchmark", a.benchmark());
                m.put("maxBytesPerOp", a.maxBytesPerOp());
                m.put("bytesPerOp", check.details().get("bytesPerOp"));
                m.put("verdict", check.status().name());
                allocations.add(m);
            });
        }
        doc.put("allocations", allocations);
        return doc;
    }

    /**
     * Each interleaved pair's two scores, in the order they ran. A re-run after an inconclusive first run
     * restarts pair numbering, which is how the batches are told apart (as the bench gate does).
     */
    static List<Map<String, Object>> pairs(List<JsonNode> runs, WeekManifest.Ratio r) {
        Map<String, double[]> byPair = new LinkedHashMap<>();
        int batch = 0;
        int lastPair = -1;
        for (JsonNode run : runs) {
            if (!r.id().equals(run.path("comparison").asText()) || run.has("error")) {
                continue;
            }
            int pair = run.path("pair").asInt();
            if (pair < lastPair) {
                batch++;
            }
            lastPair = pair;
            double value = r.metricName().equals("primary") ? run.path("score").asDouble()
                    : run.path("secondary").path(r.metricName()).asDouble(Double.NaN);
            double[] slot = byPair.computeIfAbsent(batch + ":" + pair, k -> new double[] {Double.NaN, Double.NaN});
            slot[run.path("benchmark").asText().equals(r.candidate()) ? 0 : 1] = value;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (double[] slot : byPair.values()) {
            if (Double.isNaN(slot[0]) || Double.isNaN(slot[1])) {
                continue;
            }
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("pair", out.size() + 1);
            pair.put("candidate", round(slot[0]));
            pair.put("baseline", round(slot[1]));
            out.add(pair);
        }
        return out;
    }

    private static String unit(List<JsonNode> runs, WeekManifest.Ratio r) {
        for (JsonNode run : runs) {
            if (r.id().equals(run.path("comparison").asText()) && !run.has("error")) {
                return r.metricName().equals("primary") ? run.path("unit").asText("")
                        : run.path("secondaryUnits").path(r.metricName()).asText("");
            }
        }
        return "";
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", v));
    }
}
