package org.ticktotrade.grader.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.learner.LearnerConsole;
import org.ticktotrade.grader.learner.LearnerProgress;
import org.ticktotrade.grader.learner.ProgressStore;
import org.ticktotrade.grader.learner.ShellCompleter;
import org.ticktotrade.grader.learner.StarterReset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kata reset WEEK}: the week's starter back, your files kept in a timestamped backup. */
@Command(name = "reset", description = {
        "Put the week's starter code back, keeping a backup of yours.",
        "Your files are copied to .kata/backups/WEEK-TIMESTAMP/ first. Lessons read, quiz scores and hints are kept."})
public final class ResetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = ShellCompleter.WEEK, description = "week-01, 01 or 1",
            completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Option(names = {"-y", "--yes"}, description = "do not ask for confirmation")
    boolean yes;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        LearnerConsole console = LearnerConsole.current();
        if (!yes) {
            String answer = console.readLine("Reset " + course.root().relativize(week.starterSources())
                    + " to the starter? Your files are backed up first. [y/N] ");
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                console.println("Nothing was reset.");
                return 1;
            }
        }
        StarterReset.Outcome outcome = new StarterReset(course, week).reset();
        // The gates' verdicts were about the code just replaced.
        ProgressStore.of(course).update(p -> p.withWeek(week.id(), w -> new LearnerProgress.WeekProgress(
                w.lessonsRead(), w.quizzes(), w.hintsShown(), Map.of(), Map.of())));
        if (outcome.backup() != null) {
            console.println("Your files: " + course.root().relativize(outcome.backup()));
        }
        console.println("The starter of " + week.id() + " is back (" + outcome.how() + "; "
                + outcome.changed().size() + " files changed).");
        return 0;
    }
}
