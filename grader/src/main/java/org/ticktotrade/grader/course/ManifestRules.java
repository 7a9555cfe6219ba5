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
        if (m.id() == null || !m.id().matches("week-\\d{2}|capstone")) {
            p.add("id must look like week-NN (or capstone), got " + m.id());
        }
        if (m.title() == null || m.title().isBlank()) {
            p.add("title is missing");
        }
        if (m.basePackage() == null || !m.basePackage().startsWith("org.ticktotrade.")) {
            p.add("package must be org.ticktotrade.<module>, got " + m.basePackage());
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
                if (!Files.isRegularFile(weekDir.resolve("src/reference/java").resolve(source))
                        && !Files.isRegularFile(weekDir.resolve("src/main/java").resolve(source))) {
                    p.add("exercise " + e.id() + " lists source " + source + ", which exists in neither the reference nor the starter");
                }
            }
            for (String test : e.tests()) {
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
            if (b.pairs() < 2) {
                p.add("gates.bench.pairs must be at least 2: one pair has no spread to judge noise by");
            }
            positive(p, "gates.bench.measurement-iterations", b.measurementIterations());
            positive(p, "gates.bench.measurement-ms", b.measurementMs());
            positive(p, "gates.bench.timeout-seconds", b.timeoutSeconds());
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
            requireFile(p, weekDir, g.journal().file(), "gates.journal.file");
            requireFile(p, weekDir, g.journal().referenceFile(), "gates.journal.reference-file");
        }
        return p;
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
