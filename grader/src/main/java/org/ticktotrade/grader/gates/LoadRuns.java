package org.ticktotrade.grader.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.fork.ForkResult;
import org.ticktotrade.grader.fork.ForkSpec;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.MachineLoad;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.GateContext;

/**
 * The bench gate's load runs: a week's load generator forked at fixed rates, and its JSON result judged for
 * soundness, never for an absolute latency (a shared 2-core machine's p99 says more about its neighbours than
 * about the code). One check per rate. Unsound is a failure whatever the machine did: a result missing or
 * malformed, a request sent but not recorded (or recorded twice), the warm-up mixed in or not reported,
 * percentiles missing or not monotone. A collection, or more than the ceiling allocated per request, in the steady
 * state fails too: those are counts, which a busy machine does not change. What a busy machine does change is
 * whether the generator keeps up: a must-hold rate not held fails on a quiet machine and is INCONCLUSIVE when
 * other processes took more than {@link MachineLoad#LOADED_FOREIGN_SHARE} of the CPU during the run (the load
 * average at the start would count the grader's own build and tests). A rate that need not be held says whether
 * it held: a reported fact, not a verdict.
 */
final class LoadRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadRuns() {}

    /** What one fork left: its parsed result (null when there is none), why not, and how busy the machine was. */
    record Outcome(JsonNode result, String missing, Path resultFile, boolean loaded, String load, String forkOutput,
                   boolean timedOut) {}

    static Outcome run(GateContext ctx, WeekManifest.LoadRun cfg) {
        Path dir = Forks.freshDir(ctx, "load-" + cfg.id());
        Path out = dir.resolve("out");
        Path result = out.resolve("result.json");
        List<String> args = cfg.args().stream().map(a -> expand(a, cfg, out, result)).toList();
        ForkSpec.Builder spec = ForkSpec.builder("load-" + cfg.id(), cfg.main())
                .classpath(Forks.classpath(ctx.requireBuild()))
                .args(args)
                .jvmOptions("-Xms" + cfg.heap() + "m", "-Djava.awt.headless=true")
                .heapMb(cfg.heap())
                .wallTime(Duration.ofSeconds(cfg.budgetSeconds()))
                .workDir(dir)
                .output(result);
        // A load run may plot what it measured: the machine's fonts, read-only (a sandbox has none of its own).
        for (String fonts : List.of("/etc/fonts", "/usr/share/fonts", "/var/cache/fontconfig")) {
            if (Files.isDirectory(Path.of(fonts))) {
                spec.readOnly(Path.of(fonts));
            }
        }
        java.util.Set<Path> kept = new java.util.LinkedHashSet<>();
        for (String f : cfg.files()) {
            for (Long rate : cfg.rates()) {
                kept.add(out.resolve(f.replace("{rate}", String.valueOf(rate))));
            }
        }
        kept.forEach(spec::output);
        MachineLoad before = MachineLoad.now();
        int cores = Runtime.getRuntime().availableProcessors();
        ForkResult fork = ctx.forks().run(spec.build(), elapsed -> ctx.progress().update(String.format(Locale.ROOT,
                "load run %s: %.0f s (%d rates, %s s of warm-up and measurement each)", cfg.id(), elapsed / 1e3,
                cfg.rates().size(), number(cfg.seconds() + cfg.warmupSeconds()))));
        MachineLoad after = MachineLoad.now();
        double foreign = before.foreignShare(after);
        // The share of the CPU other processes used while the fork ran; the load average at the start only when
        // that is unknown: by the bench gate the grader has been compiling and testing for a while itself.
        boolean loaded = foreign < 0 ? before.loaded(cores) : foreign > MachineLoad.LOADED_FOREIGN_SHARE;
        String load = String.format(Locale.ROOT, "load average %.2f on %d cores at the start, %s of the CPU to other processes during the run",
                before.one(), cores, foreign < 0 ? "an unknown share" : String.format(Locale.ROOT, "%.0f%%", 100 * foreign));
        // an exception's first lines say what broke; a clean exit's last lines say how far it got
        String tail = fork.stderr().isBlank() ? tail(fork.stdout(), 12) : head(fork.stderr(), 12);
        JsonNode json = null;
        String missing = null;
        try {
            if (!Files.isRegularFile(result) || Files.size(result) == 0) {
                missing = "the load run wrote no result (" + result.getFileName() + "); its JVM "
                        + (fork.exitCode() == 0 && !fork.timedOut() ? "exited normally" : fork.describeEnd(cfg.budgetSeconds() + " s budget"));
            } else {
                json = JSON.readTree(result.toFile());
            }
        } catch (IOException e) {
            missing = "the result " + result.getFileName() + " is not well-formed JSON: " + e.getMessage().lines().findFirst().orElse("");
        }
        return new Outcome(json, missing, result, loaded, load, tail, fork.timedOut());
    }

    static String expand(String arg, WeekManifest.LoadRun cfg, Path out, Path result) {
        return arg.replace("{rates}", String.join(",", cfg.rates().stream().map(String::valueOf).toList()))
                .replace("{seconds}", number(cfg.seconds()))
                .replace("{warmup-seconds}", number(cfg.warmupSeconds()))
                .replace("{out}", out.toString())
                .replace("{result}", result.toString());
    }

    /** One check per requested rate, in order. */
    static List<CheckResult> judge(WeekManifest.LoadRun cfg, Outcome o, double points) {
        List<CheckResult> checks = new ArrayList<>();
        for (long rate : cfg.rates()) {
            // what the fork printed goes with the first rate only: it is one JVM's output, not one per rate
            Outcome mine = checks.isEmpty() ? o : new Outcome(o.result(), o.missing(), o.resultFile(), o.loaded(), o.load(),
                    o.forkOutput().isBlank() ? "" : "(the load run's output is under the first rate)", o.timedOut());
            checks.add(judgeRate(cfg, mine, rate, points));
        }
        return checks;
    }

    private static CheckResult judgeRate(WeekManifest.LoadRun cfg, Outcome o, long rate, double points) {
        String id = cfg.id() + "-" + rate;
        String title = (cfg.title() == null ? cfg.id() : cfg.title()) + String.format(Locale.ROOT, " at %,d/s", rate);
        boolean mustHold = cfg.mustHold().contains(rate);
        String form = cfg.isShortForm() ? String.format(Locale.ROOT, " [short form: %s s per rate after %s s of warm-up; "
                + "./kata check measures in full]", number(cfg.seconds()), number(cfg.warmupSeconds())) : "";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("loadRun", cfg.id());
        details.put("requestedRate", rate);
        details.put("mustHold", mustHold);
        details.put("seconds", cfg.seconds());
        details.put("warmupSeconds", cfg.warmupSeconds());
        details.put("shortForm", cfg.isShortForm());
        details.put("machineLoaded", o.loaded());
        details.put("result", o.resultFile().toString());
        if (o.result() == null) {
            if (o.timedOut() && o.loaded()) {
                // a rate not held stretches the run: on a busy machine the budget says nothing about the code
                return new CheckResult(id, title, null, Status.INCONCLUSIVE, o.missing() + ". The machine was busy (" + o.load()
                        + "): this is not a verdict on the code. Close what else is running and re-run with --gate bench." + form,
                        o.forkOutput(), 0, points, 0, details);
            }
            return new CheckResult(id, title, null, Status.FAILED, o.missing() + form, o.forkOutput(), 0, points, 0, details);
        }
        JsonNode run = null;
        for (JsonNode r : o.result().path("runs")) {
            if (r.path("requestedRate").asLong(-1) == rate) {
                run = r;
            }
        }
        if (!o.result().path("runs").isArray()) {
            return new CheckResult(id, title, null, Status.FAILED, "the result is not a load-run result: it has no runs array" + form,
                    o.forkOutput(), 0, points, 0, details);
        }
        if (run == null) {
            return new CheckResult(id, title, null, Status.FAILED, String.format(Locale.ROOT,
                    "the result has no run with requestedRate %d", rate) + form, o.forkOutput(), 0, points, 0, details);
        }

        List<String> unsound = new ArrayList<>();
        List<String> noisy = new ArrayList<>();
        List<String> allocates = new ArrayList<>();
        List<String> facts = new ArrayList<>();

        // Every request recorded exactly once, and only the measured phase's.
        long expected = Math.max(1, (long) (rate * cfg.seconds()));
        long sent = longField(run, "sent", unsound);
        long samples = longField(run, "samples", unsound);
        if (sent >= 0 && sent != expected) {
            unsound.add(String.format(Locale.ROOT, "%,d requests sent, but %,d/s for %s s schedules %,d", sent, rate, number(cfg.seconds()), expected));
        }
        if (sent >= 0 && samples >= 0 && samples != sent) {
            unsound.add(String.format(Locale.ROOT, "%,d requests sent but %,d recorded: every request must be recorded exactly once "
                    + "(a lost sample hides a slow request, a doubled one counts a stall twice)", sent, samples));
        }
        details.put("sent", sent);
        details.put("samples", samples);
        // Optional, for a system that answers each request: none may go unanswered (lost), and none may be refused
        // (a reject the offered load should not cause, such as a rate limit or a full book): either way the figures
        // would describe a system that did not take the load it was offered.
        long unanswered = run.path("unanswered").asLong(0);
        if (unanswered > 0) {
            unsound.add(String.format(Locale.ROOT, "%,d requests were never answered: an accepted request was lost", unanswered));
            details.put("unanswered", unanswered);
        }
        long refused = run.path("refused").asLong(0);
        if (refused > 0) {
            unsound.add(String.format(Locale.ROOT, "%,d requests were refused (%s): the system did not take the load it was offered",
                    refused, run.path("answers").isObject() ? run.path("answers").toString() : "see the result's answers"));
            details.put("refused", refused);
        }

        // The warm-up: excluded from the figures, and reported apart.
        long warmupSamples = run.path("warmupSamples").asLong(-1);
        details.put("warmupSamples", warmupSamples);
        if (!run.path("warmupExcluded").asBoolean(false)) {
            unsound.add("the result does not say the warm-up was excluded (warmupExcluded)");
        }
        if (cfg.warmupSeconds() > 0 && (warmupSamples < 1 || !run.path("warmupPercentilesNanos").isObject())) {
            unsound.add("the warm-up is not reported apart (warmupSamples, warmupPercentilesNanos)");
        }

        // The percentiles: all there, and never decreasing.
        Map<String, Long> percentiles = new LinkedHashMap<>();
        JsonNode pn = run.path("percentilesNanos");
        for (String key : cfg.percentiles()) {
            JsonNode v = pn.path(key);
            if (!v.isIntegralNumber() || v.asLong() < 0) {
                unsound.add("percentile " + key + " is missing from percentilesNanos (or not a whole number of nanoseconds >= 0)");
            } else {
                percentiles.put(key, v.asLong());
            }
        }
        String previous = null;
        for (Map.Entry<String, Long> e : percentiles.entrySet()) {
            if (previous != null && e.getValue() < percentiles.get(previous)) {
                unsound.add(String.format(Locale.ROOT, "%s (%s) is below %s (%s): percentiles never decrease", e.getKey(),
                        latency(e.getValue()), previous, latency(percentiles.get(previous))));
            }
            previous = e.getKey();
        }
        details.put("percentilesNanos", percentiles);

        // The histogram file the result names.
        String hgrm = run.path("hgrm").asText(null);
        putIfPresent(details, "hgrm", hgrm);
        putIfPresent(details, "serviceHgrm", run.path("serviceHgrm").asText(null));
        putIfPresent(details, "plot", o.result().path("plot").asText(null));
        if (hgrm == null || !nonEmptyFile(hgrm)) {
            unsound.add("the response-time histogram (hgrm) was not written" + (hgrm == null ? "" : ": " + hgrm));
        }

        // What noise can spoil: the rate, and the steady state's collections and allocation.
        double achieved = run.path("achievedRate").asDouble(Double.NaN);
        if (Double.isNaN(achieved)) {
            unsound.add("the result has no achievedRate");
        } else {
            double fraction = achieved / rate;
            boolean held = fraction >= cfg.heldFraction();
            details.put("achievedRate", Math.round(achieved));
            details.put("achievedFraction", Math.round(fraction * 1000) / 1000.0);
            details.put("held", held);
            String said = String.format(Locale.ROOT, "achieved %,.0f/s, %.1f%% of requested (held means at least %.0f%%)",
                    achieved, 100 * fraction, 100 * cfg.heldFraction());
            if (held) {
                facts.add("rate held: " + said);
            } else if (mustHold) {
                noisy.add("rate NOT held: " + said + "; this rate must be held");
            } else {
                facts.add("rate NOT held (reported; only " + cfg.mustHold().stream()
                        .map(r -> String.format(Locale.ROOT, "%,d/s", r)).toList() + " must hold): " + said);
            }
        }
        long gcs = longField(run, "steadyStateGcCount", unsound);
        long bytes = longField(run, "steadyStateAllocatedBytes", unsound);
        details.put("steadyStateGcCount", gcs);
        details.put("steadyStateAllocatedBytes", bytes);
        if (gcs > cfg.gcCeiling()) {
            allocates.add(String.format(Locale.ROOT, "%d collections in the steady state (at most %d)", gcs, cfg.gcCeiling()));
        }
        if (bytes >= 0 && samples > 0) {
            double perOp = (double) bytes / samples;
            details.put("bytesPerOp", Math.round(perOp * 1000) / 1000.0);
            if (perOp > cfg.bytesPerOpCeiling()) {
                allocates.add(String.format(Locale.ROOT, "%.3f B allocated per request in the steady state (at most %.3f B/op)",
                        perOp, cfg.bytesPerOpCeiling()));
            } else {
                facts.add(String.format(Locale.ROOT, "steady state: %d GCs, %.3f B/op (%,d B over %,d requests)", gcs, perOp, bytes, samples));
            }
        }
        if (sent >= 0 && samples == sent) {
            facts.add(String.format(Locale.ROOT, "%,d requests sent and recorded, %,d warm-up requests excluded and reported apart",
                    sent, Math.max(0, warmupSamples)));
        }
        String figures = percentiles.isEmpty() ? "" : "response time " + String.join(", ", percentiles.entrySet().stream()
                .map(e -> e.getKey() + " " + latency(e.getValue())).toList());
        if (percentiles.containsKey("p99")) {
            details.put("headline", String.format(Locale.ROOT, "%s %,d/s%s p99 %s", cfg.id(), rate,
                    details.get("held") == Boolean.FALSE ? " (not held)" : "", latency(percentiles.get("p99"))));
        }
        // the percentiles lead the output, which every rendering shows (Exercism keeps a passing check's message to itself)
        String output = (figures.isEmpty() ? "" : figures + "\n") + files(o, run);

        if (!unsound.isEmpty()) {
            return new CheckResult(id, title, null, Status.FAILED, "unsound measurement: " + String.join("; ", unsound) + form,
                    output + (o.forkOutput().isBlank() ? "" : "\n" + o.forkOutput()), 0, points, 0, details);
        }
        String measured = String.join("; ", facts);
        if (!allocates.isEmpty()) {
            // bytes per request and collections are counts, not times: a busy machine does not change them
            return new CheckResult(id, title, null, Status.FAILED, String.join("; ", allocates)
                    + (cfg.advice() == null ? "" : ". " + cfg.advice()) + form, output, 0, points, 0, details);
        }
        if (!noisy.isEmpty()) {
            String why = String.join("; ", noisy);
            if (o.loaded()) {
                return new CheckResult(id, title, null, Status.INCONCLUSIVE, why + ". The machine was busy (" + o.load()
                        + "): this is not a verdict on the code. Close what else is running and re-run with --gate bench." + form,
                        output, 0, points, 0, details);
            }
            return new CheckResult(id, title, null, Status.FAILED, why + (cfg.advice() == null ? "" : ". " + cfg.advice())
                    + " (" + o.load() + ")" + form, output, 0, points, 0, details);
        }
        return new CheckResult(id, title, null, Status.PASSED, measured + form, output, points, points, 0, details);
    }

    /** A check's details are copied with Map.copyOf: no null values. */
    private static void putIfPresent(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    private static long longField(JsonNode run, String name, List<String> unsound) {
        JsonNode v = run.path(name);
        if (!v.isIntegralNumber()) {
            unsound.add("the result has no " + name);
            return -1;
        }
        return v.asLong();
    }

    private static String files(Outcome o, JsonNode run) {
        StringBuilder sb = new StringBuilder();
        sb.append("result JSON: ").append(o.resultFile()).append('\n');
        appendFile(sb, "response .hgrm", run.path("hgrm").asText(null));
        appendFile(sb, "service .hgrm", run.path("serviceHgrm").asText(null));
        appendFile(sb, "plot", o.result().path("plot").asText(null));
        if (o.result().hasNonNull("plotError")) {
            sb.append("plot not drawn: ").append(o.result().path("plotError").asText()).append('\n');
        }
        return sb.toString().strip();
    }

    private static void appendFile(StringBuilder sb, String what, String path) {
        if (path != null) {
            sb.append(what).append(": ").append(path).append(nonEmptyFile(path) ? "" : " (not written)").append('\n');
        }
    }

    private static boolean nonEmptyFile(String path) {
        try {
            Path p = Path.of(path);
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Nanoseconds in the unit a person reads them in. */
    static String latency(long nanos) {
        if (nanos < 1_000) {
            return nanos + " ns";
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String head(String text, int lines) {
        return String.join("\n", text.strip().lines().limit(lines).toList());
    }

    private static String tail(String text, int lines) {
        String[] all = text.strip().split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
    }
}
