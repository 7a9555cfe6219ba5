package org.ticktotrade.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.ManifestException;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.GradedSources;
import org.ticktotrade.grader.pipeline.SourcesResolver;
import org.ticktotrade.grader.render.Json;
import org.ticktotrade.grader.render.Style;
import org.ticktotrade.grader.render.TerminalProgress;
import org.ticktotrade.grader.starter.StarterGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata author verify}: what must hold for a week to ship (rustlings' {@code dev check},
 * nbgrader's {@code validate --invert}): its manifest is valid, its starter is in sync, every TODO
 * names something to read, the untouched starter compiles and FAILS every test, and the reference
 * passes every gate.
 */
@Command(name = "verify", description = {
        "Prove each week is sound: manifest valid, starter in sync, every TODO names a lesson or hint,",
        "the starter compiles and fails every test, the reference passes every gate."})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WEEK", arity = "0..*", description = "weeks to verify (default: all)",
            completionCandidates = WeekArgument.Candidates.class)
    List<String> weeks;

    @Option(names = "--reference-gate", paramLabel = "NAME",
            description = "grade the reference on these gates only (default: all); for quick local runs")
    List<String> referenceGates = List.of();

    @Option(names = "--short", description = {
            "grade the reference on the short form of its stress and bench gates (jcstress sanity mode, 2 JMH",
            "pairs of 2 iterations): proves every gate's wiring; ./kata check gives the full measurement.",
            "./kata author test (CI) uses it."})
    boolean shortForm;

    private final Style style = Style.detect();
    private int failures;
    private int warnings;

    @Override
    public Integer call() {
        Course course = Course.locate();
        List<Path> dirs = new ArrayList<>();
        if (weeks == null || weeks.isEmpty()) {
            dirs.addAll(course.weekDirs());
        } else {
            weeks.forEach(w -> dirs.add(WeekArgument.resolve(spec, course, w).dir()));
        }
        for (Path dir : dirs) {
            System.out.println(style.bold("== " + dir.getFileName()));
            Week week;
            try {
                week = Course.load(dir);
                line(Status.PASSED, "week.toml is valid");
            } catch (ManifestException e) {
                line(Status.FAILED, e.getMessage());
                continue;
            }
            verify(course, week);
        }
        System.out.println();
        System.out.println(failures == 0 ? style.status(Status.PASSED) + " every week verified"
                + (warnings > 0 ? " (" + warnings + " warnings)" : "")
                : style.status(Status.FAILED) + " " + failures + " problems");
        return failures == 0 ? 0 : 1;
    }

    private void verify(Course course, Week week) {
        if (!week.hasReference()) {
            line(Status.SKIPPED, "no reference sources (student edition): nothing more to verify");
            return;
        }
        StarterGenerator generator = new StarterGenerator(week);
        try {
            List<String> drift = generator.drift();
            line(drift.isEmpty() ? Status.PASSED : Status.FAILED, drift.isEmpty() ? "starter in sync with the reference"
                    : "starter drifted: " + drift + " (run ./kata author sync-starters)");
            List<String> todos = generator.todos();
            line(todos.isEmpty() ? Status.FAILED : Status.PASSED, todos.isEmpty()
                    ? "the reference marks nothing for the learner to write"
                    : todos.size() + " TODOs, each naming a lesson or hints to read");
        } catch (IllegalStateException e) {
            line(Status.FAILED, e.getMessage());
            return;
        }

        GradeReport starter = grade(course, week, SourcesResolver.starter(week), Set.of("correctness"));
        GateResult build = gate(starter, "build");
        GateResult correctness = gate(starter, "correctness");
        if (build == null || build.status() != Status.PASSED) {
            line(Status.FAILED, "the starter does not compile with the week's tests: "
                    + (build == null ? "no build" : build.summary() + firstFailure(build)));
        } else if (correctness == null) {
            line(Status.FAILED, "the week has no correctness gate");
        } else {
            List<String> passing = correctness.checks().stream().filter(c -> c.status() == Status.PASSED).map(CheckResult::name).toList();
            long notTodo = correctness.checks().stream().filter(c -> c.status() != Status.PASSED && !c.details().containsKey("todo")).count();
            if (passing.isEmpty()) {
                line(Status.PASSED, "the untouched starter fails all " + correctness.checks().size() + " tests"
                        + (notTodo > 0 ? " (" + notTodo + " not through a TODO: check their messages still guide)" : ""));
            } else {
                line(Status.FAILED, passing.size() + " tests pass on the untouched starter, so they test nothing the learner writes: "
                        + passing);
            }
        }

        Set<String> gates = new LinkedHashSet<>(referenceGates);
        Week graded = shortForm ? new Week(week.dir(), week.manifest().shortForm()) : week;
        GradeReport reference = grade(course, graded, SourcesResolver.reference(graded), gates);
        String form = shortForm ? " [short form]" : "";
        Json.writeAtomically(week.workDir().resolve("author/reference-report.json"), reference);
        for (GateResult g : reference.gates()) {
            Status s = g.status();
            if (s == Status.INCONCLUSIVE) {
                warnings++;
                line(Status.INCONCLUSIVE, "reference " + g.gate() + form + ": " + g.summary()
                        + (shortForm ? " (a short run's interval is wide, or the machine was busy; ./kata check measures in full)"
                                : " (noise on this machine; not counted as a failure)"));
            } else {
                line(s, "reference " + g.gate() + form + ": " + g.summary() + (s.isPass() ? "" : firstFailure(g)));
            }
        }
    }

    private GradeReport grade(Course course, Week week, GradedSources sources, Set<String> gates) {
        // hidden tests too: they must pass on the reference and fail on the starter like the public ones
        GateContext ctx = new GateContext(course, week, sources, week.workDir().resolve("author").resolve(sources.label()),
                new ForkedJvm(Isolation.NONE), new TerminalProgress(System.err, Style.isTerminal()),
                java.nio.file.Files.isDirectory(week.hiddenTestSources()));
        return StandardGates.pipeline().run(ctx, gates);
    }

    private static GateResult gate(GradeReport r, String id) {
        return r.gates().stream().filter(g -> g.gate().equals(id)).findFirst().orElse(null);
    }

    private static String firstFailure(GateResult g) {
        return g.checks().stream().filter(c -> !c.status().isPass()).findFirst()
                .map(c -> "\n      first: " + c.name() + ": " + c.message()).orElse("");
    }

    private void line(Status status, String text) {
        if (status == Status.FAILED || status == Status.ERROR) {
            failures++;
        }
        System.out.println("  " + style.status(status) + "  " + text);
    }
}
