package org.ticktotrade.grader.gates;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.fork.ForkResult;
import org.ticktotrade.grader.fork.ForkSpec;
import org.ticktotrade.grader.fork.SignedResults;
import org.ticktotrade.grader.harness.ResultProtocol;
import org.ticktotrade.grader.harness.StressHarness;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.BuildOutput;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.GateContext;

/**
 * Runs the week's jcstress tests against the graded code. Any FORBIDDEN outcome in any JVM
 * configuration fails its test; ACCEPTABLE_INTERESTING outcomes are reported. A test that produced
 * no result at all (its JVM crashed, it could not be scheduled, the budget ran out) fails with why.
 */
public final class StressGate implements Gate {

    @Override
    public String id() {
        return "stress";
    }

    @Override
    public String title() {
        return "Concurrency stress";
    }

    @Override
    public boolean appliesTo(Week week) {
        return week.manifest().gates().stress() != null;
    }

    @Override
    public double maxScore(Week week) {
        return appliesTo(week) ? week.manifest().gates().stress().points() : 0;
    }

    @Override
    public GateResult run(GateContext ctx) {
        long t0 = System.nanoTime();
        WeekManifest.Stress cfg = ctx.week().manifest().gates().stress();
        BuildOutput build = ctx.requireBuild();
        List<String> expected = build.stressTests().stream().filter(t -> t.startsWith(cfg.testPackage() + ".")).toList();
        if (expected.isEmpty()) {
            return new GateResult(id(), title(), Status.ERROR, "no jcstress tests found in " + cfg.testPackage()
                    + " (did the jcstress annotation processor run?)", 0, cfg.points(), 0, List.of(), Map.of());
        }
        Path dir = Forks.freshDir(ctx, "stress");
        Path results = dir.resolve("results.jsonl");
        byte[] key = ResultProtocol.newKey();
        String filter = expected.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(", ")$"));
        List<String> args = new ArrayList<>(List.of(results.toString(),
                "-m", cfg.mode(), "-t", filter,
                "-iters", String.valueOf(cfg.iterations()), "-time", String.valueOf(cfg.timeMs()),
                "-r", dir.resolve("report").toString(),
                "-jvmArgsPrepend", "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"));
        ForkSpec spec = ForkSpec.builder("stress", StressHarness.class.getName())
                .classpath(Forks.classpath(build))
                .args(args)
                .heapMb(cfg.heapMb())
                .wallTime(Duration.ofSeconds(cfg.timeoutSeconds()))
                .workDir(dir)
                .stdin(ResultProtocol.keyLine(key))
                .output(results)
                .build();
        ForkResult fork = ctx.forks().run(spec, elapsed ->
                ctx.progress().update(expected.size() + " jcstress tests, budget " + cfg.timeoutSeconds() + " s"));
        SignedResults signed = SignedResults.read(results, key);

        Map<String, List<JsonNode>> byTest = new TreeMap<>();
        for (JsonNode r : signed.ofType("result")) {
            byTest.computeIfAbsent(r.path("test").asText(), k -> new ArrayList<>()).add(r);
        }
        String harnessError = signed.ofType("harness-error").stream().map(r -> r.path("message").asText()).findFirst().orElse(null);
        String end = signed.has("done") ? null : (harnessError != null ? harnessError : "the jcstress JVM " + fork.describeEnd(cfg.timeoutSeconds() + " s budget"));

        List<CheckResult> checks = new ArrayList<>();
        double each = cfg.points() / expected.size();
        for (String test : expected) {
            String exercise = ctx.week().manifest().exerciseOfClass(test).map(WeekManifest.Exercise::id).orElse(null);
            checks.add(verdict(test, exercise, byTest.getOrDefault(test, List.of()), end, each));
        }
        long passed = checks.stream().filter(c -> c.status() == Status.PASSED).count();
        long forbidden = checks.stream().mapToLong(c -> ((Number) c.details().getOrDefault("forbiddenSamples", 0L)).longValue()).sum();
        String summary = passed + "/" + expected.size() + " stress tests passed"
                + (forbidden > 0 ? ", " + forbidden + " forbidden outcomes observed" : ", no forbidden outcome")
                + (end != null ? "; " + end : "");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("report", dir.resolve("report/index.html").toString());
        details.put("rejectedLines", signed.rejectedLines());
        return new GateResult(id(), title(), passed == expected.size() ? Status.PASSED : Status.FAILED, summary,
                Scores.score(checks), cfg.points(), (System.nanoTime() - t0) / 1_000_000, checks, details);
    }

    private static CheckResult verdict(String test, String exercise, List<JsonNode> configs, String end, double points) {
        String name = Forks.shortName(test);
        if (configs.isEmpty()) {
            String why = end != null ? "no result: " + end
                    : "no result: jcstress did not run it (too few CPUs for its actors, or it failed to load)";
            return new CheckResult(test, name, exercise, Status.FAILED, why, null, 0, points, 0, Map.of());
        }
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> expect = new TreeMap<>();
        Map<String, String> desc = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        long samples = 0;
        int failedConfigs = 0;
        for (JsonNode c : configs) {
            samples += c.path("samples").asLong();
            if (!c.path("passed").asBoolean()) {
                failedConfigs++;
            }
            if (!c.path("status").asText().equals("NORMAL")) {
                errors.add(c.path("status").asText() + " with " + c.path("jvmArgs") + ": "
                        + String.join(" | ", toList(c.path("messages"))));
            }
            for (JsonNode o : c.path("outcomes")) {
                String id = o.path("id").asText();
                counts.computeIfAbsent(id, k -> new long[1])[0] += o.path("count").asLong();
                expect.put(id, o.path("expect").asText());
                desc.put(id, o.path("description").asText());
            }
        }
        StringBuilder table = new StringBuilder();
        long forbiddenSamples = 0;
        List<String> forbiddenSeen = new ArrayList<>();
        List<String> interesting = new ArrayList<>();
        for (var e : counts.entrySet()) {
            String id = e.getKey();
            long n = e.getValue()[0];
            table.append(String.format("  %-14s %12d  %-24s %s%n", id, n, expect.get(id), desc.get(id)));
            if (n > 0 && expect.get(id).equals("FORBIDDEN")) {
                forbiddenSamples += n;
                forbiddenSeen.add("\"" + id + "\" " + n + "x (" + desc.get(id) + ")");
            }
            if (n > 0 && expect.get(id).equals("ACCEPTABLE_INTERESTING")) {
                interesting.add("\"" + id + "\" " + n + "x");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("configs", configs.size());
        details.put("samples", samples);
        details.put("forbiddenSamples", forbiddenSamples);
        String output = "outcome            samples  expectation              meaning\n" + table
                + (errors.isEmpty() ? "" : "\n" + String.join("\n", errors));
        if (failedConfigs == 0) {
            String msg = interesting.isEmpty() ? null : "interesting (allowed) outcomes seen: " + String.join(", ", interesting);
            return new CheckResult(test, name, exercise, Status.PASSED, msg, output, points, points, 0, details);
        }
        String why = !forbiddenSeen.isEmpty()
                ? "FORBIDDEN outcome observed in " + failedConfigs + " of " + configs.size() + " JVM configurations: "
                        + String.join("; ", forbiddenSeen)
                : "failed in " + failedConfigs + " of " + configs.size() + " JVM configurations"
                        + (errors.isEmpty() ? "" : ": " + errors.getFirst());
        return new CheckResult(test, name, exercise, Status.FAILED, why, output, 0, points, 0, details);
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out.stream().limit(3).toList();
    }
}
