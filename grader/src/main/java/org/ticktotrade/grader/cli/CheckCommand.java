package org.ticktotrade.grader.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.learner.LearnerRecords;
import org.ticktotrade.grader.learner.QuizLock;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.GradedSources;
import org.ticktotrade.grader.pipeline.Progress;
import org.ticktotrade.grader.pipeline.SourcesResolver;
import org.ticktotrade.grader.render.ExercismRenderer;
import org.ticktotrade.grader.render.GradescopeRenderer;
import org.ticktotrade.grader.render.Json;
import org.ticktotrade.grader.render.Style;
import org.ticktotrade.grader.render.TerminalProgress;
import org.ticktotrade.grader.render.TerminalRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./kata check WEEK}: the gates, in order, on the learner's code, the reference or a submission. */
@Command(name = "check", description = {
        "Grade a week: build, correctness, stress, bench, journal.",
        "Exit code: 0 every gate passed, 1 a gate failed or was inconclusive, 2 usage error, 3 the grader failed."})
public final class CheckCommand implements Callable<Integer> {

    public enum Format { kata, exercism, gradescope }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WEEK", description = "week-01, 01 or 1", completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = "--reference", description = "grade the reference solution instead of your code")
        boolean reference;

        @Option(names = "--submission", paramLabel = "DIR",
                description = "grade a folder: a src/main/java tree, a week folder or a whole clone")
        Path submission;
    }

    @Option(names = "--gate", paramLabel = "NAME", description = "run only these gates (build always runs): ${COMPLETION-CANDIDATES}",
            completionCandidates = GateNames.class)
    List<String> gates = List.of();

    @Option(names = "--json", paramLabel = "FILE", description = "also write the full result document (the grader's own model)")
    Path json;

    @Option(names = "--format", paramLabel = "FORMAT", description = "what to print: ${COMPLETION-CANDIDATES} (default: kata)")
    Format format = Format.kata;

    @Option(names = {"-v", "--verbose"}, description = "show every check and all captured output")
    boolean verbose;

    @Option(names = "--force", description = "grade your code even while the week's quizzes (under 70%) keep its gates locked")
    boolean force;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        Set<String> selected = new LinkedHashSet<>();
        for (String g : gates) {
            if (!StandardGates.IDS.contains(g)) {
                throw new ParameterException(spec.commandLine(), "unknown gate '" + g + "'; gates are " + StandardGates.IDS);
            }
            selected.add(g);
        }
        GradedSources sources;
        try {
            sources = target == null || (!target.reference && target.submission == null) ? SourcesResolver.starter(week)
                    : target.reference ? SourcesResolver.reference(week) : SourcesResolver.submission(week, target.submission);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean learnersOwnCode = sources.kind() == GradedSources.Kind.STARTER;
        if (learnersOwnCode && !force) {
            var refusal = QuizLock.refusal(course, week);
            if (refusal.isPresent()) {
                // a results.json reader gets no stray text on stdout
                var says = format == Format.kata ? spec.commandLine().getOut() : spec.commandLine().getErr();
                says.print(refusal.get());
                says.flush();
                return 1;
            }
        }
        Progress progress = new TerminalProgress(System.err, Style.isTerminal());
        GateContext ctx = new GateContext(course, week, sources, week.workDir().resolve(sources.label()),
                new ForkedJvm(Isolation.NONE), progress, false);
        GradeReport report = StandardGates.pipeline().run(ctx, selected);

        if (learnersOwnCode) {
            LearnerRecords.recordCheck(course, week, report);
        }
        if (json != null) {
            Json.writeAtomically(json, report);
        }
        List<String> exercises = week.manifest().exercises().stream().map(e -> e.id()).toList();
        var out = spec.commandLine().getOut();
        switch (format) {
            case kata -> out.print(new TerminalRenderer(Style.detect(), verbose).render(report));
            case exercism -> out.println(Json.write(ExercismRenderer.render(report, exercises)));
            case gradescope -> out.println(Json.write(GradescopeRenderer.render(report, "visible")));
        }
        out.flush();
        return report.exitCode();
    }

    /** Completion candidates for --gate. */
    public static final class GateNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return StandardGates.IDS.iterator();
        }
    }
}
