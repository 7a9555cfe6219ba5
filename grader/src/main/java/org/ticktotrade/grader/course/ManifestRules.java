package org.ticktotrade.grader.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a week.toml usable, beyond parsing: each rule failing is one line for the author. */
final class ManifestRules {

    private ManifestRules() {}

    static List<String> problems(WeekManifest m, Path weekDir) {
        List<String> p = new ArrayList<>();
        // A student edition ships without src/reference and src/hidden-test: what lives only there is not missing.
        boolean studentEdition = !Files.isDirectory(weekDir.resolve("src/reference/java"));
        if (m.id() == null || !m.id().matches("week-\\d{2}|capstone")) {
            p.add("id must look like week-NN (or capstone), got " + m.id());
        }
        if (m.title() == null || m.title().isBlank()) {
            p.add("title is missing");
        }
        if (m.basePackage() == null || !m.basePackage().startsWith("org.ticktotrade.")) {
            p.add("package must be org.ticktotrade.<module>, got " + m.basePackage());
        }
        if (m.defaultMain() != null && m.basePackage() != null) {
            // ./kata run WEEK starts it: the class must be in the module's own sources (the starter's, as shipped)
            String main = m.defaultMain().contains(".") ? m.defaultMain() : m.basePackage() + "." + m.defaultMain();
            if (!Files.isRegularFile(weekDir.resolve("src/main/java").resolve(main.replace('.', '/') + ".java"))) {
                p.add("main names " + main + ", which is not a class of src/main/java");
            }
        }
        Set<Integer> lessonNumbers = new HashSet<>();
        for (WeekManifest.Lesson lesson : m.lessons()) {
            if (!lessonNumbers.add(lesson.number())) {
                p.add("lesson number " + lesson.number() + " appears twice");
            }
            if (lesson.title() == null || lesson.title().isBlank()) {
                p.add("lesson " + lesson.number() + " has no title");
            }
            requireFile(p, weekDir, lesson.file(), "lesson " + lesson.number() + " file");
            requireFile(p, weekDir, lesson.quiz(), "lesson " + lesson.number() + " quiz");
        }
        Set<String> exerciseIds = new HashSet<>();
        for (WeekManifest.Exercise e : m.exercises()) {
            if (e.id() == null || !e.id().matches("[a-z0-9][a-z0-9-]*")) {
                p.add("exercise id must be lower-case-with-dashes, got " + e.id());
            } else if (!exerciseIds.add(e.id())) {
                p.add("exercise " + e.id() + " appears twice");
            }
            if (e.lesson() != null && !lessonNumbers.contains(e.lesson())) {
                p.add("exercise " + e.id() + " points at lesson " + e.lesson() + ", which is not declared");
            }
            if (e.hints().isEmpty()) {
                p.add("exercise " + e.id() + " has no hints");
            }
            for (String source : e.sources()) {
                if (!studentEdition && !Files.isRegularFile(weekDir.resolve("src/reference/java").resolve(source))
                        && !Files.isRegularFile(weekDir.resolve("src/main/java").resolve(source))) {
                    p.add("exercise " + e.id() + " lists source " + source + ", which exists in neither the reference nor the starter");
                }
            }
            for (String test : e.tests()) {
                if (studentEdition && !Files.isDirectory(weekDir.resolve("src/hidden-test/java"))
                        && !Files.isRegularFile(weekDir.resolve("src/test/java").resolve(test.replace('.', '/') + ".java"))) {
                    continue; // a hidden test, stripped from this edition
                }
                requireClass(p, weekDir, List.of("src/test/java", "src/hidden-test/java"), test, "exercise " + e.id() + " test");
            }
            for (String stress : e.stress()) {
                requireClass(p, weekDir, List.of("src/jcstress/java"), stress, "exercise " + e.id() + " stress test");
            }
        }
        WeekManifest.Gates g = m.gates();
        if (g.correctness() != null) {
            positive(p, "gates.correctness.timeout-seconds", g.correctness().timeoutSeconds());
            positive(p, "gates.correctness.test-timeout-seconds", g.correctness().testTimeoutSeconds());
            positive(p, "gates.correctness.heap-mb", g.correctness().heapMb());
        }
        if (g.stress() != null) {
            WeekManifest.Stress s = g.stress();
            if (s.testPackage() == null || s.testPackage().isBlank()) {
                p.add("gates.stress.package is missing");
            }
            if (!List.of("quick", "default", "tough", "sanity").contains(String.valueOf(s.mode()))) {
                p.add("gates.stress.mode must be quick, default or tough (sanity does not catch races), got " + s.mode());
            }
            positive(p, "gates.stress.timeout-seconds", s.timeoutSeconds());
            positive(p, "gates.stress.heap-mb", s.heapMb());
        }
        if (g.bench() != null) {
            WeekManifest.Bench b = g.bench();
            if (!b.hasJmh() && b.loadRuns().isEmpty()) {
                p.add("gates.bench needs ratios, allocations or load-runs: it has nothing to measure");
            }
            if (b.hasJmh()) {
                if (b.pairs() < 2) {
                    p.add("gates.bench.pairs must be at least 2: one pair has no spread to judge noise by");
                }
                positive(p, "gates.bench.measurement-iterations", b.measurementIterations());
                positive(p, "gates.bench.measurement-ms", b.measurementMs());
                positive(p, "gates.bench.timeout-seconds", b.timeoutSeconds());
            }
            Set<String> loadRunIds = new HashSet<>();
            for (WeekManifest.LoadRun r : b.loadRuns()) {
                loadRunProblems(p, r, loadRunIds);
                if (r.main() != null) {
                    requireClass(p, weekDir, List.of("src/main/java", "src/reference/java"), r.main(),
                            "gates.bench.load-runs " + r.id() + " main");
                }
            }
            for (WeekManifest.Ratio r : b.ratios()) {
                if (r.id() == null || r.candidate() == null || r.baseline() == null) {
                    p.add("every gates.bench.ratios entry needs id, candidate and baseline");
                } else if (r.isGated() && (r.minRatio() == null || r.minRatio() <= 0)) {
                    p.add("gated ratio " + r.id() + " needs a positive min-ratio");
                }
            }
            for (WeekManifest.Allocation a : b.allocations()) {
                if (a.id() == null || a.benchmark() == null) {
                    p.add("every gates.bench.allocations entry needs id and benchmark");
                }
            }
        }
        if (m.asm() != null) {
            if (m.asm().driver() == null || m.asm().paths().size() < 2) {
                p.add("asm needs a driver and at least two paths (the tool compares them)");
            }
            for (WeekManifest.AsmPath path : m.asm().paths()) {
                if (path.id() == null || path.method() == null || !path.method().contains("::")) {
                    p.add("every asm.paths entry needs an id and a method written pkg.Class::name");
                }
            }
        }
        if (g.journal() != null && g.journal().asmPrompt() != null && m.asm() == null) {
            p.add("gates.journal.asm-prompt needs an [asm] section: the quotes are checked against its listing");
        }
        if (g.journal() != null) {
            for (String measured : g.journal().measuredPrompts()) {
                if (!g.journal().prompts().contains(measured)) {
                    p.add("gates.journal.measured-prompts names " + measured + ", which is not in gates.journal.prompts");
                }
            }
            requireFile(p, weekDir, g.journal().file(), "gates.journal.file");
            if (!studentEdition) {
                requireFile(p, weekDir, g.journal().referenceFile(), "gates.journal.reference-file");
            }
        }
        return p;
    }

    private static void loadRunProblems(List<String> p, WeekManifest.LoadRun r, Set<String> ids) {
        String at = "gates.bench.load-runs " + r.id();
        if (r.id() == null || !r.id().matches("[a-z0-9][a-z0-9-]*")) {
            p.add("every gates.bench.load-runs entry needs an id, lower-case-with-dashes, got " + r.id());
        } else if (!ids.add(r.id())) {
            p.add(at + " appears twice");
        }
        if (r.main() == null || !r.main().matches("[\\w.$]+\\.[A-Z][\\w$]*")) {
            p.add(at + ": main must be a fully qualified class name, got " + r.main());
        }
        if (!r.args().contains("{result}")) {
            p.add(at + ": args must pass {result}, the JSON file the gate reads");
        }
        if (r.rates().isEmpty() || r.rates().stream().anyMatch(x -> x == null || x <= 0)) {
            p.add(at + ": rates must be a non-empty list of positive rates per second");
        }
        for (Long hold : r.mustHold()) {
            if (!r.rates().contains(hold)) {
                p.add(at + ": must-hold names " + hold + "/s, which is not in rates");
            }
        }
        if (r.mustHold().isEmpty()) {
            p.add(at + ": must-hold is empty, so no rate is gated on being held");
        }
        if (r.seconds() <= 0 || r.warmupSeconds() < 0) {
            p.add(at + ": seconds must be positive and warmup-seconds at least 0");
        }
        if (r.shortSeconds() != null && r.shortSeconds() <= 0) {
            p.add(at + ": short-seconds must be positive");
        }
        if (r.heldFraction() <= 0 || r.heldFraction() > 1) {
            p.add(at + ": min-held-fraction must be in (0, 1], got " + r.heldFraction());
        }
        if (r.gcCeiling() < 0 || r.bytesPerOpCeiling() < 0) {
            p.add(at + ": max-gc-count and max-bytes-per-op must be at least 0");
        }
        if (r.percentiles().isEmpty()) {
            p.add(at + ": percentiles must name at least one percentile key of the result");
        }
        if (r.shortForm() != null) {
            p.add(at + ": short-form is the grader's to set (./kata author verify --short), not week.toml's");
        }
        if (r.timeoutSeconds() != null && r.timeoutSeconds() <= 0 || r.heapMb() != null && r.heapMb() <= 0) {
            p.add(at + ": timeout-seconds and heap-mb must be positive");
        }
    }

    private static void requireClass(List<String> p, Path weekDir, List<String> roots, String className, String what) {
        String file = className.replace('.', '/') + ".java";
        if (roots.stream().noneMatch(r -> Files.isRegularFile(weekDir.resolve(r).resolve(file)))) {
            p.add(what + " " + className + " has no source in " + roots);
        }
    }

    private static void requireFile(List<String> p, Path weekDir, String file, String what) {
        if (file != null && !Files.isRegularFile(weekDir.resolve(file))) {
            p.add(what + " " + file + " does not exist");
        }
    }

    private static void positive(List<String> p, String what, int value) {
        if (value <= 0) {
            p.add(what + " must be positive, got " + value);
        }
    }
}
