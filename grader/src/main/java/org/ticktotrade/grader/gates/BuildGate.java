package org.ticktotrade.grader.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.build.CompileError;
import org.ticktotrade.grader.build.Compilation;
import org.ticktotrade.grader.build.JavaBuild;
import org.ticktotrade.grader.build.SourceSet;
import org.ticktotrade.grader.build.TestInventory;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.BuildOutput;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.GateContext;

/**
 * Compiles the graded sources, then the week's own tests, stress tests and benchmarks against them,
 * in-process, with JMH and jcstress on the processor path. Two checks, so the learner knows whether
 * their code is broken or merely no longer fits the week's API.
 */
public final class BuildGate implements Gate {

    private static final int MAX_ERRORS_SHOWN = 20;
    private static final String JCSTRESS_TEST = "org.openjdk.jcstress.annotations.JCStressTest";

    @Override
    public String id() {
        return "build";
    }

    @Override
    public String title() {
        return "Build";
    }

    @Override
    public boolean appliesTo(Week week) {
        return true;
    }

    @Override
    public double maxScore(Week week) {
        return 0;
    }

    @Override
    public GateResult run(GateContext ctx) {
        long t0 = System.nanoTime();
        Week week = ctx.week();
        List<Path> libraries = GraderHome.get().weekLibraries();
        Path out = ctx.workDir().resolve("classes");

        List<Path> mainRoots = new ArrayList<>(ctx.sources().roots());
        for (String earlier : week.manifest().usesReferenceOf()) {
            mainRoots.add(ctx.course().week(earlier)
                    .orElseThrow(() -> new IllegalStateException(week.id() + " uses the reference of " + earlier
                            + ", which is not in this checkout"))
                    .referenceSources());
        }
        SourceSet main = new SourceSet("your code", mainRoots);
        Compilation mainBuild = JavaBuild.compile(main, libraries, null, out.resolve("main"), ctx.course().root());
        CheckResult mainCheck = check("compile", "Your code compiles", mainBuild,
                "Your code does not compile. Fix the first error; the ones after it often follow from it.");
        if (!mainBuild.success()) {
            return result(t0, Status.FAILED, "your code does not compile (" + count(mainBuild) + ")", List.of(mainCheck));
        }

        List<Path> testRoots = new ArrayList<>(List.of(week.testSources(), week.stressSources(), week.benchSources(),
                week.exampleSources()));
        if (ctx.hiddenTests()) {
            testRoots.add(week.hiddenTestSources());
        }
        SourceSet tests = new SourceSet("the week's tests", testRoots);
        List<Path> testClasspath = new ArrayList<>();
        testClasspath.add(mainBuild.output());
        testClasspath.addAll(libraries);
        Compilation testBuild = JavaBuild.compile(tests, testClasspath, libraries, out.resolve("test"), ctx.course().root());
        CheckResult testCheck = check("compile-tests", "The week's tests compile against your code", testBuild,
                "The week's tests no longer compile against your code: keep every public class, constructor and "
                        + "method signature of the starter as it was (the exercise is the bodies, not the API).");
        if (!testBuild.success()) {
            return result(t0, Status.FAILED, "the week's tests do not compile against your code (" + count(testBuild) + ")",
                    List.of(mainCheck, testCheck));
        }

        Set<String> shadowed = shadowedClasses(mainBuild.output(), testBuild.output());
        if (!shadowed.isEmpty()) {
            CheckResult clash = new CheckResult("no-shadowing", "Your code leaves the week's own classes alone", null,
                    Status.FAILED, "Your sources define classes that belong to the week's tests or harness: "
                            + String.join(", ", shadowed) + ". Remove them; the course's versions are always the ones used.",
                    null, 0, 0, 0, Map.of());
            return result(t0, Status.FAILED, "your code redefines the week's own classes", List.of(mainCheck, testCheck, clash));
        }

        List<Path> inventoryPath = new ArrayList<>(List.of(testBuild.output(), mainBuild.output()));
        inventoryPath.addAll(libraries);
        List<String> testClassNames = new ArrayList<>(new SourceSet("tests", List.of(week.testSources())).topLevelClassNames());
        if (ctx.hiddenTests()) {
            testClassNames.addAll(new SourceSet("hidden tests", List.of(week.hiddenTestSources())).topLevelClassNames());
        }
        List<String> expected = TestInventory.expectedTests(testClassNames, inventoryPath);
        List<String> stress = TestInventory.annotatedClasses(
                new SourceSet("stress", List.of(week.stressSources())).topLevelClassNames(), inventoryPath, JCSTRESS_TEST);
        List<String> withTests = testClassNames.stream()
                .filter(c -> expected.stream().anyMatch(k -> k.startsWith(c + "#") || k.startsWith(c + "$")))
                .toList();
        ctx.recordBuild(new BuildOutput(mainBuild.output(), testBuild.output(), withTests, expected, stress));

        String summary = "compiled" + (mainBuild.cached() && testBuild.cached() ? " (unchanged, reused)" : "")
                + "; " + expected.size() + " tests, " + stress.size() + " stress tests";
        return result(t0, Status.PASSED, summary, List.of(mainCheck, testCheck));
    }

    private static CheckResult check(String id, String name, Compilation c, String advice) {
        if (c.success()) {
            return new CheckResult(id, name, null, Status.PASSED, null, null, 0, 0, c.millis(),
                    Map.of("cached", c.cached()));
        }
        String errors = c.errors().stream().limit(MAX_ERRORS_SHOWN).map(CompileError::render)
                .collect(Collectors.joining("\n"));
        if (c.errors().size() > MAX_ERRORS_SHOWN) {
            errors += "\n... and " + (c.errors().size() - MAX_ERRORS_SHOWN) + " more";
        }
        String first = c.errors().isEmpty() ? "" : "\n" + c.errors().getFirst().render();
        return new CheckResult(id, name, null, Status.FAILED, advice + first, errors, 0, 0, c.millis(),
                Map.of("errors", c.errors().size()));
    }

    private static String count(Compilation c) {
        return c.errors().size() == 1 ? "1 error" : c.errors().size() + " errors";
    }

    private GateResult result(long t0, Status status, String summary, List<CheckResult> checks) {
        return new GateResult(id(), title(), status, summary, 0, 0, (System.nanoTime() - t0) / 1_000_000, checks, Map.of());
    }

    /** Classes compiled from the graded sources that the week's own test build also defines. */
    private static Set<String> shadowedClasses(Path mainOut, Path testOut) {
        Set<String> mine = classFiles(mainOut);
        Set<String> clash = new HashSet<>(classFiles(testOut));
        clash.retainAll(mine);
        return clash;
    }

    private static Set<String> classFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", ""))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
