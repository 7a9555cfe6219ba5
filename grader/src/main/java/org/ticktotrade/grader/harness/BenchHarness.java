package org.ticktotrade.grader.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs JMH inside a forked JVM for the bench gate. Each comparison's two arms are measured in the same
 * run, one JMH fork at a time and interleaved (pair 1: A then B, pair 2: B then A, ...), so drift on a
 * shared machine hits both arms alike and a ratio can be taken pair by pair. The benchmarks run in
 * JMH's own child JVMs; this JVM only drives them and signs the results.
 * Started only by the grader: {@code BenchHarness <results-file> <plan.json>}.
 */
public final class BenchHarness {

    private static final String ALLOC = "gc.alloc.rate.norm";

    private BenchHarness() {}

    public static void main(String[] args) throws IOException {
        ResultWriter out = ResultWriter.open(Path.of(args[0]));
        JsonNode plan = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        int pairs = plan.path("pairs").asInt();
        out.write(Map.of("type", "harness-started"));
        for (int pair = 0; pair < pairs; pair++) {
            for (JsonNode c : plan.path("comparisons")) {
                List<String> arms = List.of(c.path("candidate").asText(), c.path("baseline").asText());
                if (pair % 2 == 1) {
                    arms = arms.reversed();
                }
                for (String benchmark : arms) {
                    out.write(run(plan, benchmark, c.path("id").asText(), pair));
                }
            }
            for (JsonNode single : plan.path("singles")) {
                out.write(run(plan, single.asText(), null, pair));
            }
        }
        out.write(Map.of("type", "done"));
        out.close();
        Runtime.getRuntime().halt(0);
    }

    private static Map<String, Object> run(JsonNode plan, String benchmark, String comparison, int pair) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "run");
        m.put("benchmark", benchmark);
        if (comparison != null) {
            m.put("comparison", comparison);
        }
        m.put("pair", pair);
        List<String> jvmArgs = new ArrayList<>();
        plan.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .forks(1)
                .warmupForks(0)
                .warmupIterations(plan.path("warmupIterations").asInt())
                .warmupTime(TimeValue.milliseconds(plan.path("warmupMs").asInt()))
                .measurementIterations(plan.path("measurementIterations").asInt())
                .measurementTime(TimeValue.milliseconds(plan.path("measurementMs").asInt()))
                .addProfiler(GCProfiler.class)
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        try {
            Collection<RunResult> results = new Runner(options.build()).run();
            if (results.isEmpty()) {
                m.put("error", "JMH found no benchmark named " + benchmark);
                return m;
            }
            RunResult rr = results.iterator().next();
            Result<?> primary = rr.getPrimaryResult();
            m.put("score", primary.getScore());
            m.put("scoreError", primary.getScoreError());
            m.put("unit", primary.getScoreUnit());
            m.put("mode", rr.getParams().getMode().shortLabel());
            Map<String, Double> secondary = new LinkedHashMap<>();
            Map<String, String> units = new LinkedHashMap<>();
            for (Map.Entry<String, Result> e : rr.getSecondaryResults().entrySet()) {
                secondary.put(e.getKey(), e.getValue().getScore());
                units.put(e.getKey(), e.getValue().getScoreUnit());
            }
            m.put("secondary", secondary);
            m.put("secondaryUnits", units);
            if (secondary.containsKey(ALLOC)) {
                m.put("allocNorm", secondary.get(ALLOC));
            }
            m.put("jdk", rr.getParams().getJdkVersion() + " " + rr.getParams().getVmName() + " " + rr.getParams().getVmVersion());
        } catch (RunnerException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            m.put("error", root.getClass().getSimpleName() + ": " + root.getMessage());
        }
        return m;
    }
}
