package org.ticktotrade.grader.cli;

import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.learner.LearnerConsole;
import org.ticktotrade.grader.learner.ProgressStore;
import org.ticktotrade.grader.learner.ProgressView;
import picocli.CommandLine.Command;

/** {@code ./kata progress}: per week, lessons read, quiz scores, gates passed, with a bar. */
@Command(name = "progress", description = "Show your progress: per week, lessons read, quiz scores, gates passed.")
public final class ProgressCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Course course = Course.locate();
        LearnerConsole console = LearnerConsole.current();
        console.print(new ProgressView(console.style()).render(course, ProgressStore.of(course).load()));
        return 0;
    }
}
