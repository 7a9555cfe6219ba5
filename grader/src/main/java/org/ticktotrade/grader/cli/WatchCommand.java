package org.ticktotrade.grader.cli;

import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.learner.LearnerConsole;
import org.ticktotrade.grader.learner.ShellCompleter;
import org.ticktotrade.grader.learner.WatchLoop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kata watch WEEK}: build + correctness on every save, showing what changed. */
@Command(name = "watch", description = {
        "Re-run build + correctness on every save, showing only what changed.",
        "Watches the week's src/main/java. Enter re-runs by hand; q (or Ctrl-C) stops."})
public final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = ShellCompleter.WEEK, description = "week-01, 01 or 1",
            completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Option(names = "--manual", description = "do not watch files; re-run only when you press Enter"
            + " (for folders where file events never arrive: network drives, some containers, WSL)")
    boolean manual;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        new WatchLoop(course, week, LearnerConsole.current(), manual).run();
        return 0;
    }
}
