package org.ticktotrade.grader.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ticktotrade.grader.bench.RatioVerdict;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.fork.ForkResult;
import org.ticktotrade.grader.fork.ForkSpec;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.SignedResults;
import org.ticktotrade.grader.harness.BenchHarness;
import org.ticktotrade.grader.harness.ResultProtocol;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.Machine;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.GateContext;

/**
 * Benchmarks with JMH: each ratio compares two arms measured in the same run, interleaved fork by fork,
 * and judged pair by pair ({@link RatioVerdict}); an inconclusive ratio gets one automatic re-run
 * before the gate says so. Allocation ceilings read JMH's {@code gc.alloc.rate.norm}. The report
 * keeps the CPU, core count and JDK: a ratio means nothing without the machine it came from.
 */
public final class BenchGate implements Gate {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return "bench";
    }

    @Override
    public String title() {
        return "Benchmarks";
    }

    @Override
    public boolean appliesTo(Week week) {
        return week.manifest().gates().bench() != null;
    }

    @Override
    public double maxScore(Week week) {
        return appliesTo(week) ? week.manifest().gates().bench().points() : 0;
    }

    @Override
    public GateResult run(GateContext ctx) {
        long t0 = System.nanoTime();
        WeekManifest.Bench cfg = ctx.week().manifest().gates().bench();
        List<WeekManifest.Ratio> ratios = cfg.ratios();
        Set<String> armNames = new LinkedHashSet<>();
        ratios.forEach(r -> {
            armNames.add(r.candidate());
            armNames.add(r.baseline());
        });
        List<String> singles = cfg.allocations().stream().map(WeekManifest.Allocation::benchmark)
                .filter(b -> !armNames.contains(b)).distinct().toList();

        List<JsonNode> runs = new ArrayList<>(cfg.hasJmh() ? measure(ctx, cfg, ratios, singles, "bench-1") : List.of());
        List<String> notes = new ArrayList<>();
        List<WeekManifest.Ratio> unsure = ratios.stream().filter(WeekManifest.Ratio::isGated)
                .filter(r -> verdict(r, runs).status() == Status.INCONCLUSIVE).toList();
        if (!unsure.isEmpty()) {
            notes.add("re-ran " + unsure.stream().map(WeekManifest.Ratio::id).toList() + ": the first run was inconclusive");
            runs.addAll(measure(ctx, cfg, unsure, List.of(), "bench-2"));
        }

        List<CheckResult> checks = new ArrayList<>();
        int gated = (int) ratios.stream().filter(WeekManifest.Ratio::isGated).count() + cfg.allocations().size()
                + cfg.loadRuns().stream().mapToInt(l -> l.rates().size()).sum();
        double each = gated == 0 ? 0 : cfg.points() / gated;
        for (WeekManifest.Ratio r : ratios) {
            checks.add(ratioCheck(r, runs, r.isGated() ? each : 0));
        }
        for (WeekManifest.Allocation a : cfg.allocations()) {
            checks.add(allocationCheck(a, runs, each));
        }
        List<Map<String, Object>> loadRuns = new ArrayList<>();
        for (WeekManifest.LoadRun l : cfg.loadRuns()) {
            LoadRuns.Outcome o = LoadRuns.run(ctx, l);
            checks.addAll(LoadRuns.judge(l, o, each));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("id", l.id());
            summary.put("shortForm", l.isShortForm());
            summary.put("machineLoaded", o.loaded());
            summary.put("load", o.load());
            summary.put("timedOut", o.timedOut());
            loadRuns.add(summary);
            if (l.isShortForm()) {
                notes.add("load run " + l.id() + " in its short form: " + l.seconds() + " s per rate after "
                        + l.warmupSeconds() + " s of warm-up");
            }
        }

        Status status = checks.stream().anyMatch(c -> c.status() == Status.FAILED || c.status() == Status.ERROR) ? Status.FAILED
                : checks.stream().anyMatch(c -> c.status() == Status.INCONCLUSIVE) ? Status.INCONCLUSIVE : Status.PASSED;
        Machine machine = Machine.current();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("machine", machine);
        details.put("jdk", runs.stream().map(r -> r.path("jdk").asText(null)).filter(j -> j != null).findFirst().orElse(machine.jdk()));
        details.put("pairs", cfg.pairs());
        details.put("notes", notes);
        details.put("runs", runs);
        if (!loadRuns.isEmpty()) {
            details.put("loadRuns", loadRuns);
        }
        String summary = checks.stream().filter(c -> c.details().containsKey("headline"))
                .map(c -> (String) c.details().get("headline")).reduce((a, b) -> a + "; " + b)
                .orElse(checks.isEmpty() ? "no benchmarks" : checks.stream().filter(c -> c.status().isPass()).count() + "/"
                        + checks.size() + " measured")
                + " — " + machine.cpuModel() + ", " + machine.cores() + " cores";
        return new GateResult(id(), title(), status, summary, Scores.score(checks), cfg.points(),
                (System.nanoTime() - t0) / 1_000_000, checks, details);
    }

    private List<JsonNode> measure(GateContext ctx, WeekManifest.Bench cfg, List<WeekManifest.Ratio> ratios,
                                   List<String> singles, String name) {
        Path dir = Forks.freshDir(ctx, name);
        Path results = dir.resolve("results.jsonl");
        Path planFile = dir.resolve("plan.json");
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("pairs", cfg.pairs());
        plan.put("warmupIterations", cfg.warmupIterations());
        plan.put("warmupMs", cfg.warmupMs());
        plan.put("measurementIterations", cfg.measurementIterations());
        plan.put("measurementMs", cfg.measurementMs());
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms" + cfg.heapMb() + "m", "-Xmx" + cfg.heapMb() + "m",
                "-XX:-UsePerfData", "-Djava.io.tmpdir=" + dir.resolve("tmp")));
        jvmArgs.addAll(ForkedJvm.QUIET_FLAGS);
        plan.put("jvmArgs", jvmArgs);
        plan.put("comparisons", ratios.stream().map(r -> Map.of("id", r.id(), "candidate", r.candidate(), "baseline", r.baseline())).toList());
        plan.put("singles", singles);
        try {
            JSON.writeValue(planFile.toFile(), plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int total = cfg.pairs() * (ratios.size() * 2 + singles.size());
        byte[] key = ResultProtocol.newKey();
        ForkSpec spec = ForkSpec.builder(name, BenchHarness.class.getName())
                .classpath(Forks.classpath(ctx.requireBuild()))
                .args(results.toString(), planFile.toString())
                .heapMb(256)
                .wallTime(Duration.ofSeconds(cfg.timeoutSeconds()))
                .workDir(dir)
                .stdin(ResultProtocol.keyLine(key))
                .output(results)
                .build();
        ForkResult fork = ctx.forks().run(spec, elapsed -> {
            List<JsonNode> done = SignedResults.read(results, key).ofType("run");
            String last = done.isEmpty() ? "" : ", last: " + Forks.shortName(done.getLast().path("benchmark").asText());
            ctx.progress().update("JMH fork " + Math.min(done.size() + 1, total) + "/" + total + last);
        });
        SignedResults signed = SignedResults.read(results, key);
        List<JsonNode> runs = new ArrayList<>(signed.ofType("run"));
        if (!signed.has("done")) {
            runs.add(JSON.createObjectNode().put("type", "run").put("benchmark", "*")
                    .put("error", "the benchmark JVM " + fork.describeEnd(cfg.timeoutSeconds() + " s budget")));
        }
        return runs;
    }

    private static RatioVerdict verdict(WeekManifest.Ratio r, List<JsonNode> runs) {
        return RatioVerdict.of(pairRatios(r, runs), r.minRatio() == null ? 1 : r.minRatio());
    }

    /** Candidate-over-baseline advantage per complete pair: time per op inverted, throughput as is. */
    static List<Double> pairRatios(WeekManifest.Ratio r, List<JsonNode> runs) {
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
            double value = metric(run, r.metricName());
            boolean timePerOp = r.metricName().equals("primary") && run.path("unit").asText().endsWith("/op");
            double goodness = timePerOp ? 1.0 / value : value;
            double[] slot = byPair.computeIfAbsent(batch + ":" + pair, k -> new double[] {Double.NaN, Double.NaN});
            slot[run.path("benchmark").asText().equals(r.candidate()) ? 0 : 1] = goodness;
        }
        List<Double> ratios = new ArrayList<>();
        for (double[] slot : byPair.values()) {
            if (!Double.isNaN(slot[0]) && !Double.isNaN(slot[1]) && slot[1] > 0) {
                ratios.add(slot[0] / slot[1]);
            }
        }
        return ratios;
    }

    private static double metric(JsonNode run, String name) {
        return name.equals("primary") ? run.path("score").asDouble() : run.path("secondary").path(name).asDouble(Double.NaN);
    }

    private CheckResult ratioCheck(WeekManifest.Ratio r, List<JsonNode> runs, double points) {
        String title = r.title() == null ? r.id() : r.title();
        List<String> errors = runs.stream().filter(x -> x.has("error") && (r.id().equals(x.path("comparison").asText())
                || x.path("benchmark").asText().equals("*"))).map(x -> x.path("error").asText()).distinct().toList();
        List<Double> ratios = pairRatios(r, runs);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pairRatios", ratios.stream().map(BenchGate::round2).toList());
        details.put("candidate", r.candidate());
        details.put("baseline", r.baseline());
        details.put("metric", r.metricName());
        details.put("candidateScores", scores(runs, r, r.candidate()));
        details.put("baselineScores", scores(runs, r, r.baseline()));
        String output = describeRuns(runs, r);
        if (ratios.size() < 2) {
            String why = "could not measure: " + (errors.isEmpty() ? "fewer than two complete pairs" : String.join("; ", errors));
            return new CheckResult(r.id(), title, null, r.isGated() ? Status.ERROR : Status.INFO, why, output, 0, points, 0, details);
        }
        double threshold = r.minRatio() == null ? 1 : r.minRatio();
        RatioVerdict v = RatioVerdict.of(ratios, threshold);
        details.put("ratio", round2(v.ratio()));
        details.put("low", round2(v.low()));
        details.put("high", round2(v.high()));
        details.put("pairs", v.pairs());
        String measured = String.format(Locale.ROOT, "%.2fx (95%% interval %.2f-%.2fx over %d interleaved pairs)",
                v.ratio(), v.low(), v.high(), v.pairs());
        details.put("headline", r.id() + " " + String.format(Locale.ROOT, "%.2fx", v.ratio()));
        if (!r.isGated()) {
            return new CheckResult(r.id(), title, null, Status.INFO, "reported, not gated: " + measured, output, 0, 0, 0, details);
        }
        String need = String.format(Locale.ROOT, "needs at least %.1fx", threshold);
        return switch (v.status()) {
            case PASSED -> new CheckResult(r.id(), title, null, Status.PASSED, measured + "; " + need, output, points, points, 0, details);
            case FAILED -> new CheckResult(r.id(), title, null, Status.FAILED, measured + "; " + need + "."
                    + (r.advice() == null ? "" : " " + r.advice()), output, 0, points, 0, details);
            default -> new CheckResult(r.id(), title, null, Status.INCONCLUSIVE, measured + "; " + need
                    + ". The noise straddles the threshold even after a re-run: this machine is too busy to tell. "
                    + "Close what else is running and re-run with --gate bench.", output, 0, points, 0, details);
        };
    }

    private CheckResult allocationCheck(WeekManifest.Allocation a, List<JsonNode> runs, double points) {
        String title = a.title() == null ? a.id() : a.title();
        List<Double> norms = runs.stream().filter(r -> r.path("benchmark").asText().equals(a.benchmark()) && r.has("allocNorm"))
                .map(r -> r.path("allocNorm").asDouble()).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("benchmark", a.benchmark());
        details.put("bytesPerOp", norms.stream().map(BenchGate::round3).toList());
        if (norms.isEmpty()) {
            return new CheckResult(a.id(), title, null, Status.ERROR, "no gc.alloc.rate.norm measured for " + a.benchmark(),
                    null, 0, points, 0, details);
        }
        double worst = norms.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        details.put("headline", String.format(Locale.ROOT, "%s %.1f B/op", Forks.shortName(a.benchmark()), worst));
        // The smallest heap object is 16 bytes: under one byte per operation on average means no
        // operation allocates; JMH's own bookkeeping shows up as a small fraction of a byte.
        boolean ok = worst < a.maxBytesPerOp() + 1.0;
        String measured = String.format(Locale.ROOT, "%.3f B/op at worst over %d forks (ceiling %.0f B/op)",
                worst, norms.size(), a.maxBytesPerOp());
        return ok ? new CheckResult(a.id(), title, null, Status.PASSED, measured, null, points, points, 0, details)
                : new CheckResult(a.id(), title, null, Status.FAILED, measured + "." + (a.advice() == null ? "" : " " + a.advice()),
                        null, 0, points, 0, details);
    }

    private static List<Double> scores(List<JsonNode> runs, WeekManifest.Ratio r, String benchmark) {
        return runs.stream().filter(x -> r.id().equals(x.path("comparison").asText()) && benchmark.equals(x.path("benchmark").asText())
                && !x.has("error")).map(x -> round3(metric(x, r.metricName()))).toList();
    }

    private static String describeRuns(List<JsonNode> runs, WeekManifest.Ratio r) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode x : runs) {
            if (!r.id().equals(x.path("comparison").asText())) {
                continue;
            }
            String arm = x.path("benchmark").asText().equals(r.candidate()) ? "candidate" : "baseline ";
            if (x.has("error")) {
                sb.append(String.format(Locale.ROOT, "pair %d %s %s: %s%n", x.path("pair").asInt() + 1, arm,
                        Forks.shortName(x.path("benchmark").asText()), x.path("error").asText()));
            } else {
                sb.append(String.format(Locale.ROOT, "pair %d %s %-34s %12.3f %s%s%n", x.path("pair").asInt() + 1, arm,
                        Forks.shortName(x.path("benchmark").asText()), metric(x, r.metricName()),
                        r.metricName().equals("primary") ? x.path("unit").asText()
                                : r.metricName() + " " + x.path("secondaryUnits").path(r.metricName()).asText(""),
                        x.has("allocNorm") ? String.format(Locale.ROOT, "  %.2f B/op", x.path("allocNorm").asDouble()) : ""));
            }
        }
        return sb.toString().stripTrailing();
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
