package org.ticktotrade.grader.course;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A week's {@code week.toml}: everything the grader knows about a week. The grader has no per-week
 * code; a new week is a module plus this file.
 */
public record WeekManifest(
        String id,
        String title,
        @JsonProperty("package") String basePackage,
        String summary,
        List<String> usesReferenceOf,
        List<Lesson> lessons,
        List<Exercise> exercises,
        Gates gates,
        Asm asm,
        @JsonProperty("main") String defaultMain) {

    public WeekManifest {
        usesReferenceOf = usesReferenceOf == null ? List.of() : List.copyOf(usesReferenceOf);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        gates = gates == null ? new Gates(null, null, null, null) : gates;
    }

    /**
     * The short form CI runs ({@code ./kata author test}): the same gates, checks and thresholds, sampled
     * less. jcstress in its "sanity" mode (every test and outcome, a handful of samples: the wiring, not
     * the hunt for rare interleavings); JMH with at most {@link #SHORT_PAIRS} interleaved pairs and
     * {@link #SHORT_ITERATIONS} iterations, so a ratio's interval is wide and may come out INCONCLUSIVE
     * (a warning), while allocation ceilings still hold exactly; load runs measure each rate for
     * {@code short-seconds} after {@code short-warmup-seconds}, with the same soundness bounds, and say they
     * were the short form. The full measurement is {@code ./kata check}.
     */
    public WeekManifest shortForm() {
        Stress s = gates.stress() == null ? null : new Stress(gates.stress().points(), gates.stress().testPackage(),
                "sanity", 1, gates.stress().timeMs(), gates.stress().timeoutSeconds(), gates.stress().heapMb());
        Bench b = gates.bench();
        Bench shortBench = b == null ? null : new Bench(b.points(), Math.min(b.pairs(), SHORT_PAIRS),
                Math.min(b.warmupIterations(), SHORT_ITERATIONS), b.warmupMs(),
                Math.min(b.measurementIterations(), SHORT_ITERATIONS), b.measurementMs(), b.timeoutSeconds(), b.heapMb(),
                b.ratios(), b.allocations(), b.loadRuns().stream().map(LoadRun::shortened).toList());
        return new WeekManifest(id, title, basePackage, summary, usesReferenceOf, lessons, exercises,
                new Gates(gates.correctness(), s, shortBench, gates.journal()), asm, defaultMain);
    }

    public static final int SHORT_PAIRS = 2;
    public static final int SHORT_ITERATIONS = 2;

    /** @param file the lesson's AsciiDoc, relative to the week; null while the lesson is planned */
    public record Lesson(int number, String title, String file, String quiz) {}

    /**
     * @param sources learner-owned source files, relative to the source root
     * @param tests   test classes (fully qualified) that check this exercise
     * @param stress  jcstress classes that check this exercise
     * @param hints   shown one at a time by {@code ./kata hint}, mildest first
     */
    public record Exercise(
            String id, String title, Integer lesson, List<String> sources, List<String> tests,
            List<String> stress, List<String> hints) {
        public Exercise {
            sources = sources == null ? List.of() : List.copyOf(sources);
            tests = tests == null ? List.of() : List.copyOf(tests);
            stress = stress == null ? List.of() : List.copyOf(stress);
            hints = hints == null ? List.of() : List.copyOf(hints);
        }
    }

    public record Gates(Correctness correctness, Stress stress, Bench bench, Journal journal) {}

    /**
     * What {@code ./kata asm} disassembles: a driver class whose {@code main} runs the hot paths until the
     * JIT has compiled them, and the paths, each a method the tool keeps from being inlined so that it
     * is compiled (and printed) as a unit with its callees inlined into it.
     */
    public record Asm(String driver, Long iterations, List<AsmPath> paths) {
        public Asm {
            paths = paths == null ? List.of() : List.copyOf(paths);
        }
    }

    /** @param method {@code pkg.Class::name} */
    public record AsmPath(String id, String title, String method) {}

    public record Correctness(
            double points, int timeoutSeconds, int testTimeoutSeconds, int heapMb) {}

    /**
     * jcstress settings. {@code mode = "quick"} with one short iteration is the tuned budget:
     * sanity mode takes too few samples to catch a real race.
     */
    public record Stress(
            double points, @JsonProperty("package") String testPackage, String mode, int iterations,
            int timeMs, int timeoutSeconds, int heapMb) {}

    public record Bench(
            double points, int pairs, int warmupIterations, int warmupMs, int measurementIterations,
            int measurementMs, int timeoutSeconds, int heapMb, List<Ratio> ratios, List<Allocation> allocations,
            List<LoadRun> loadRuns) {
        public Bench {
            ratios = ratios == null ? List.of() : List.copyOf(ratios);
            allocations = allocations == null ? List.of() : List.copyOf(allocations);
            loadRuns = loadRuns == null ? List.of() : List.copyOf(loadRuns);
        }

        /** Whether there is anything for JMH to run: a week may gate on load runs alone. */
        public boolean hasJmh() {
            return !ratios.isEmpty() || !allocations.isEmpty();
        }
    }

    /**
     * A load run: a week's {@code main} driven at fixed rates in a forked JVM, which writes one JSON result
     * (schema {@code kata-load-run/1}: a {@code runs} entry per rate). The gate checks that the measurement
     * is sound, never an absolute latency: every request recorded, the warm-up excluded and reported, the
     * rate held (for {@code must-hold} rates; the others report whether they held), no collection and at most
     * {@code max-bytes-per-op} allocated in the steady state, the percentiles present and monotone.
     *
     * @param main           the class whose {@code main} runs the load
     * @param args           its arguments; {@code {rates}}, {@code {seconds}}, {@code {warmup-seconds}}, {@code {out}}
     *                       (a fresh folder) and {@code {result}} (the JSON the gate reads) are filled in
     * @param rates          requested rates, per second, in the order they run
     * @param mustHold       the rates that must be held; a rate not listed reports whether it held
     * @param seconds        measured time per rate; {@code shortSeconds} in the short form
     * @param minHeldFraction achieved over requested rate at or above which a rate counts as held
     * @param percentiles    the JSON's percentile keys the result must carry, in ascending order
     * @param files          files the main writes under {@code {out}} ({@code {rate}} filled in): kept by a sandbox
     * @param shortForm      set by {@link WeekManifest#shortForm()}, never in week.toml
     */
    public record LoadRun(
            String id, String title, String main, List<String> args, List<Long> rates, List<Long> mustHold,
            double seconds, double warmupSeconds, Double shortSeconds, Double shortWarmupSeconds,
            Double minHeldFraction, Integer maxGcCount, Double maxBytesPerOp, List<String> percentiles,
            List<String> files, Integer heapMb, Integer timeoutSeconds, Boolean shortForm, String advice) {
        public LoadRun {
            args = args == null ? List.of() : List.copyOf(args);
            rates = rates == null ? List.of() : List.copyOf(rates);
            mustHold = mustHold == null ? List.of() : List.copyOf(mustHold);
            percentiles = percentiles == null ? List.of("p50", "p90", "p99", "p99.9", "p99.99", "max") : List.copyOf(percentiles);
            files = files == null ? List.of() : List.copyOf(files);
        }

        public double heldFraction() {
            return minHeldFraction == null ? 0.95 : minHeldFraction;
        }

        public long gcCeiling() {
            return maxGcCount == null ? 0 : maxGcCount;
        }

        public double bytesPerOpCeiling() {
            return maxBytesPerOp == null ? 1.0 : maxBytesPerOp;
        }

        public int heap() {
            return heapMb == null ? 512 : heapMb;
        }

        public boolean isShortForm() {
            return shortForm != null && shortForm;
        }

        /**
         * The fork's budget: the configured one, or JVM start plus ten times the planned run (a rate not held
         * takes longer than planned: every request is still sent, late).
         */
        public int budgetSeconds() {
            return timeoutSeconds != null ? timeoutSeconds : (int) Math.ceil(60 + 10 * rates.size() * (seconds + warmupSeconds));
        }

        LoadRun shortened() {
            double s = shortSeconds == null ? Math.min(seconds, SHORT_LOAD_SECONDS) : shortSeconds;
            double w = shortWarmupSeconds == null ? Math.min(warmupSeconds, SHORT_LOAD_WARMUP_SECONDS) : shortWarmupSeconds;
            return new LoadRun(id, title, main, args, rates, mustHold, s, w, shortSeconds, shortWarmupSeconds, minHeldFraction,
                    maxGcCount, maxBytesPerOp, percentiles, files, heapMb, timeoutSeconds, true, advice);
        }
    }

    public static final double SHORT_LOAD_SECONDS = 1.0;
    public static final double SHORT_LOAD_WARMUP_SECONDS = 0.5;

    /**
     * Two arms measured in the same run. {@code metric} is "primary" (JMH's score) or the name of a
     * secondary metric (an {@code @AuxCounters} field). {@code gated = false} reports without a verdict.
     */
    public record Ratio(
            String id, String title, String candidate, String baseline, Double minRatio, String metric,
            Boolean gated, String advice) {
        public boolean isGated() {
            return gated == null || gated;
        }

        public String metricName() {
            return metric == null ? "primary" : metric;
        }
    }

    /** An allocation ceiling read from JMH's {@code gc.alloc.rate.norm}. */
    public record Allocation(String id, String title, String benchmark, double maxBytesPerOp, String advice) {}

    /**
     * @param file          the learner's journal, relative to the week
     * @param referenceFile the filled-in example journal graded under {@code --reference}
     * @param prompts       anchors of the sections that need an answer
     * @param asmPrompt     the anchor of the section that quotes {@code ./kata asm} output, or null
     * @param minWords      the least an answer may say to count as answered
     * @param measuredPrompts prompts whose answer reports measurements: every number carries a unit, and the
     *                      command that produced them is quoted (see {@code journal.Measurements})
     */
    public record Journal(double points, String file, String referenceFile, List<String> prompts, String asmPrompt,
                          int minWords, List<String> measuredPrompts) {
        public Journal {
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
            measuredPrompts = measuredPrompts == null ? List.of() : List.copyOf(measuredPrompts);
        }
    }

    public Optional<Exercise> exercise(String exerciseId) {
        return exercises.stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }

    public Optional<Lesson> lesson(int number) {
        return lessons.stream().filter(l -> l.number() == number).findFirst();
    }

    /** The exercise a test or stress class belongs to, for per-exercise reporting (Exercism's task_id). */
    public Optional<Exercise> exerciseOfClass(String className) {
        return exercises.stream()
                .filter(e -> e.tests().contains(className) || e.stress().contains(className))
                .findFirst();
    }
}
