package org.ticktotrade.grader.gates;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.fork.ForkResult;
import org.ticktotrade.grader.fork.ForkSpec;
import org.ticktotrade.grader.fork.SignedResults;
import org.ticktotrade.grader.harness.ResultProtocol;
import org.ticktotrade.grader.harness.TestHarness;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.BuildOutput;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.GateContext;

/**
 * Runs the week's JUnit and jqwik tests against the graded code in a forked JVM. Every test listed by
 * the build's inventory gets a verdict: a test that never reported (the JVM crashed, called
 * {@code System.exit}, ran out of memory or out of time) is failed with the reason. Verdicts come
 * only from records signed by the harness, never from what the program printed.
 */
public final class CorrectnessGate implements Gate {

    @Override
    public String id() {
        return "correctness";
    }

    @Override
    public String title() {
        return "Correctness";
    }

    @Override
    public boolean appliesTo(Week week) {
        return week.manifest().gates().correctness() != null;
    }

    @Override
    public double maxScore(Week week) {
        return appliesTo(week) ? week.manifest().gates().correctness().points() : 0;
    }

    @Override
    public GateResult run(GateContext ctx) {
        long t0 = System.nanoTime();
        WeekManifest.Correctness cfg = ctx.week().manifest().gates().correctness();
        BuildOutput build = ctx.requireBuild();
        List<String> expected = build.expectedTests();
        if (expected.isEmpty()) {
            return new GateResult(id(), title(), Status.ERROR, "the week has no tests to run", 0, cfg.points(),
                    0, List.of(), Map.of());
        }

        Path dir = Forks.freshDir(ctx, "correctness");
        Path results = dir.resolve("results.jsonl");
        byte[] key = ResultProtocol.newKey();
        List<String> args = new ArrayList<>(List.of(results.toString(), ctx.week().manifest().basePackage() + ".",
                String.valueOf(cfg.testTimeoutSeconds())));
        args.addAll(build.testClassNames());
        // The same order as Forks.classpath, but the week's two folders go to the harness's child loader:
        // a class path of jars only is one the JVM can keep a CDS archive of.
        List<Path> jars = GraderHome.get().harnessClasspath();
        String[] jvm = {"-ea", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m"};
        Forks.ClassArchive cds = Forks.ClassArchive.forFork(ctx, "correctness", jars, List.of(jvm));
        ForkSpec.Builder builder = ForkSpec.builder("correctness", TestHarness.class.getName())
                .classpath(jars)
                .readOnly(build.testClasses())
                .readOnly(build.mainClasses())
                .args(args)
                .jvmOptions(jvm)
                .jvmOptions(cds.jvmOptions().toArray(String[]::new))
                .jvmOptions("-D" + TestHarness.CLASS_DIRS_PROPERTY + "=" + build.testClasses() + File.pathSeparator
                        + build.mainClasses())
                .heapMb(cfg.heapMb())
                .wallTime(Duration.ofSeconds(cfg.timeoutSeconds()))
                .workDir(dir)
                .stdin(ResultProtocol.keyLine(key))
                .output(results);
        cds.readOnly().forEach(builder::readOnly);
        ForkSpec spec = builder.build();

        ForkResult fork;
        try {
            fork = ctx.forks().run(spec, elapsed -> {
                long done = SignedResults.read(results, key).ofType("finished").stream()
                        .filter(r -> !r.path("invocation").asBoolean()).count();
                ctx.progress().update(done + "/" + expected.size() + " tests");
            });
        } finally {
            cds.finish();
        }
        SignedResults signed = SignedResults.read(results, key);
        List<CheckResult> checks = verdicts(ctx, expected, signed, fork, cfg);

        long passed = checks.stream().filter(c -> c.status() == Status.PASSED).count();
        double each = cfg.points() / expected.size();
        List<CheckResult> scored = checks.stream()
                .map(c -> c.withScore(c.status() == Status.PASSED ? each : 0, each)).toList();
        Status status = passed == expected.size() ? Status.PASSED : Status.FAILED;
        StringBuilder summary = new StringBuilder(passed + "/" + expected.size() + " tests passed");
        long todos = checks.stream().filter(c -> c.details().containsKey("todo")).count();
        if (todos > 0) {
            summary.append(", ").append(todos).append(" still at a TODO");
        }
        if (!signed.has("done")) {
            summary.append("; the test JVM ").append(fork.describeEnd(cfg.timeoutSeconds() + " s"));
        }
        if (signed.rejectedLines() > 0) {
            summary.append("; ").append(signed.rejectedLines()).append(" unsigned result lines ignored");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("expected", expected.size());
        details.put("passed", passed);
        details.put("forkMillis", fork.millis());
        details.put("rejectedLines", signed.rejectedLines());
        return new GateResult(id(), title(), status, summary.toString(), Scores.score(scored), cfg.points(),
                (System.nanoTime() - t0) / 1_000_000, scored, details);
    }

    private List<CheckResult> verdicts(GateContext ctx, List<String> expected, SignedResults signed, ForkResult fork,
                                       WeekManifest.Correctness cfg) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (JsonNode r : signed.records()) {
            String type = r.path("type").asText();
            String k = r.path("key").asText(null);
            switch (type) {
                case "started" -> outcomes.computeIfAbsent(k, x -> new Outcome()).started = true;
                case "skipped" -> outcomes.computeIfAbsent(k, x -> new Outcome()).skipped = r.path("reason").asText();
                case "finished" -> outcomes.computeIfAbsent(k, x -> new Outcome()).add(r);
                default -> { }
            }
        }
        Map<String, JsonNode> failedContainers = new LinkedHashMap<>();
        for (JsonNode r : signed.ofType("container-failed")) {
            failedContainers.put(r.path("class").asText(), r);
        }
        boolean completed = signed.has("done");
        String end = fork.describeEnd(cfg.timeoutSeconds() + " s limit");
        String running = outcomes.entrySet().stream()
                .filter(e -> e.getValue().started && e.getValue().finals == 0 && e.getValue().invocations == 0)
                .map(Map.Entry::getKey).reduce((a, b) -> b).orElse(null);

        List<CheckResult> checks = new ArrayList<>();
        for (String key : expected) {
            String cls = key.substring(0, key.indexOf('#'));
            String method = key.substring(key.indexOf('#') + 1);
            String name = Forks.shortName(cls) + " > " + method;
            String exercise = ctx.week().manifest().exerciseOfClass(topLevel(cls)).map(WeekManifest.Exercise::id).orElse(null);
            Outcome o = outcomes.get(key);
            CheckResult check;
            if (o != null && o.isFinished()) {
                check = o.toCheck(key, name, exercise);
            } else if (o != null && o.skipped != null) {
                check = fail(key, name, exercise, "skipped by the test engine: " + o.skipped, null, Map.of());
            } else if (containerFailure(failedContainers, cls) != null) {
                JsonNode c = containerFailure(failedContainers, cls);
                String todo = c.path("failure").path("todo").asText(null);
                String why = todo != null ? "not implemented yet: " + todo
                        : "the test class could not run: " + Outcome.failureText(c.path("failure"));
                check = fail(key, name, exercise, why, null, todo == null ? Map.of() : Map.of("todo", todo));
            } else if (key.equals(running)) {
                check = fail(key, name, exercise, completed ? "started but never finished"
                        : "this test was running when the test JVM " + end + crashHint(fork), fork.stderr(), Map.of("crashed", true));
            } else if (!completed) {
                check = fail(key, name, exercise, "not run: the test JVM " + end
                        + (running == null ? "" : " while " + Forks.shortName(running.replace('#', '.')) + " ran"),
                        null, Map.of("crashed", true));
            } else {
                check = fail(key, name, exercise, "the test engine never reported this test", null, Map.of());
            }
            checks.add(check);
        }
        return checks;
    }

    private static String crashHint(ForkResult fork) {
        if (fork.timedOut()) {
            return " — an endless loop or a deadlock? Threads blocked forever and spin loops never return.";
        }
        if (fork.outOfMemory()) {
            return " — something keeps allocating: a queue that grows without bound, or a leak.";
        }
        if (fork.exitCode() >= 0 && fork.exitCode() < 128) {
            return " — does your code call System.exit()? The grader counts that as a crash.";
        }
        return "";
    }

    private static JsonNode containerFailure(Map<String, JsonNode> failed, String cls) {
        for (String c = cls; ; c = c.substring(0, c.lastIndexOf('$'))) {
            if (failed.containsKey(c)) {
                return failed.get(c);
            }
            if (c.lastIndexOf('$') < 0) {
                return null;
            }
        }
    }

    private static String topLevel(String cls) {
        int dollar = cls.indexOf('$');
        return dollar < 0 ? cls : cls.substring(0, dollar);
    }

    private static CheckResult fail(String key, String name, String exercise, String message, String output,
                                    Map<String, Object> details) {
        return new CheckResult(key, name, exercise, Status.FAILED, message, output, 0, 0, 0, details);
    }

    /** Everything the harness said about one test method, its invocations included. */
    private static final class Outcome {
        boolean started;
        String skipped;
        int finals;
        int invocations;
        long millis;
        JsonNode worst;
        final List<String> outputs = new ArrayList<>();

        void add(JsonNode r) {
            if (r.path("invocation").asBoolean()) {
                invocations++;
            } else {
                finals++;
                millis = r.path("millis").asLong();
            }
            String status = r.path("status").asText();
            if (!status.equals("SUCCESSFUL") && (worst == null || worst.path("status").asText().equals("ABORTED"))) {
                worst = r;
            }
            if (r.hasNonNull("output") && outputs.size() < 3) {
                outputs.add(r.path("output").asText());
            }
        }

        boolean isFinished() {
            return finals > 0;
        }

        CheckResult toCheck(String key, String name, String exercise) {
            String output = outputs.isEmpty() ? null : String.join("\n", outputs);
            if (worst == null) {
                return new CheckResult(key, name, exercise, Status.PASSED, null, output, 0, 0, millis, Map.of());
            }
            JsonNode failure = worst.path("failure");
            String todo = failure.path("todo").asText(null);
            if (worst.path("status").asText().equals("ABORTED") && todo == null) {
                return new CheckResult(key, name, exercise, Status.FAILED,
                        "aborted: " + failureText(failure), output, 0, 0, millis, Map.of());
            }
            String message = todo != null ? "not implemented yet: " + todo : failureText(failure);
            String frames = framesText(failure);
            String detail = frames.isEmpty() ? output : (output == null ? frames : output + "\n" + frames);
            return new CheckResult(key, name, exercise, Status.FAILED, message, detail, 0, 0, millis,
                    todo == null ? Map.of() : Map.of("todo", todo));
        }

        static String failureText(JsonNode failure) {
            String exception = failure.path("exception").asText("");
            String message = failure.path("message").asText("");
            String simple = exception.substring(exception.lastIndexOf('.') + 1);
            boolean assertion = simple.equals("AssertionFailedError") || simple.equals("AssertionError");
            String text = assertion ? message : simple + ": " + message;
            JsonNode frames = failure.path("frames");
            if (frames.isArray() && !frames.isEmpty()) {
                String at = frames.get(0).asText();
                int paren = at.lastIndexOf('(');
                text += " (at " + (paren >= 0 ? at.substring(paren + 1, at.length() - 1) : at) + ")";
            }
            return text;
        }

        static String framesText(JsonNode failure) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode c : failure.path("causes")) {
                sb.append("caused by ").append(c.asText()).append('\n');
            }
            for (JsonNode f : failure.path("frames")) {
                sb.append("  at ").append(f.asText()).append('\n');
            }
            return sb.toString().stripTrailing();
        }
    }
}
