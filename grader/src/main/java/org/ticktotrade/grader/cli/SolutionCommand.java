package org.ticktotrade.grader.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.learner.LearnerConsole;
import org.ticktotrade.grader.learner.LearnerProgress;
import org.ticktotrade.grader.learner.ProgressStore;
import org.ticktotrade.grader.learner.ShellCompleter;
import org.ticktotrade.grader.learner.SolutionDiff;
import org.ticktotrade.grader.pipeline.Gate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata solution WEEK}: your code against the reference, once your own code has passed every
 * gate of the week (rustlings v6: solutions after solving, so the comparison teaches instead of
 * replacing the attempt).
 */
@Command(name = "solution", description = {
        "Compare your code with the reference solution (a diff: - yours, + the reference's).",
        "Offered once ./kata check WEEK has passed every gate on your code."})
public final class SolutionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = ShellCompleter.WEEK, description = "week-01, 01 or 1",
            completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        LearnerConsole console = LearnerConsole.current();
        if (!week.hasReference()) {
            console.println("This checkout has no reference solutions (it is the student edition).");
            return 1;
        }
        LearnerProgress.WeekProgress progress = ProgressStore.of(course).load().week(week.id());
        List<String> notYet = new ArrayList<>();
        for (Gate gate : StandardGates.pipeline().gates()) {
            if (!gate.appliesTo(week) || gate.id().equals("build")) {
                continue;
            }
            LearnerProgress.Verdict v = progress.gates().get(gate.id());
            if (v == null || !v.passed()) {
                notYet.add(gate.id() + " " + (v == null ? "not run yet" : v.status().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        if (!notYet.isEmpty()) {
            console.println("The reference solution of " + week.id() + " opens once every gate passes on your code"
                    + " (now: " + String.join(", ", notYet) + ").\nRun: ./kata check " + week.id());
            return 1;
        }
        String diff = new SolutionDiff(week, console.style()).render();
        console.print(diff.isEmpty() ? "Your code is the reference, line for line.\n" : diff);
        return 0;
    }
}
