package org.ticktotrade.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.learner.LearnerConsole;
import org.ticktotrade.grader.learner.LearnerProgress;
import org.ticktotrade.grader.learner.LessonText;
import org.ticktotrade.grader.learner.ProgressStore;
import org.ticktotrade.grader.learner.ShellCompleter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata lesson WEEK [LESSON]}: prints a lesson in the terminal and counts it as read. A lesson
 * read elsewhere (the site, the IDE) is counted with {@code --mark-read}: "read" means the learner
 * opened it here or said they read it, nothing more is claimed.
 */
@Command(name = "lesson", description = {
        "Print a lesson in the terminal and count it as read; without LESSON, list the week's lessons.",
        "Read it on the site or in your IDE instead? --mark-read counts it without printing."})
public final class LessonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = ShellCompleter.WEEK, description = "week-01, 01 or 1",
            completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Parameters(index = "1", arity = "0..1", paramLabel = ShellCompleter.LESSON, description = "the lesson number")
    Integer lessonNumber;

    @Option(names = "--mark-read", description = "count the lesson as read without printing it")
    boolean markOnly;

    @Override
    public Integer call() throws IOException {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        LearnerConsole console = LearnerConsole.current();
        ProgressStore store = ProgressStore.of(course);
        if (lessonNumber == null) {
            LearnerProgress.WeekProgress progress = store.load().week(week.id());
            console.println(console.style().bold(week.id() + "  " + week.title()));
            for (WeekManifest.Lesson l : week.manifest().lessons()) {
                String state = l.file() == null ? "(not written yet)" : progress.lessonsRead().containsKey(l.number()) ? "[x]" : "[ ]";
                console.println(String.format("  %-18s %2d  %s", state, l.number(), l.title()));
            }
            console.println(console.style().dim("Read one: ./kata lesson " + week.id() + " N"));
            return 0;
        }
        WeekManifest.Lesson lesson = week.manifest().lesson(lessonNumber).orElseThrow(() -> new ParameterException(
                spec.commandLine(), week.id() + " has no lesson " + lessonNumber + "; its lessons are "
                        + week.manifest().lessons().stream().map(WeekManifest.Lesson::number).toList()));
        if (lesson.file() == null) {
            console.println("Lesson " + lesson.number() + " of " + week.id() + ", \"" + lesson.title() + "\", is not written yet.");
            return 1;
        }
        Path file = week.dir().resolve(lesson.file());
        if (!markOnly) {
            console.print(new LessonText(console.style()).render(file));
        }
        store.update(p -> p.withWeek(week.id(), w -> w.withLessonRead(lesson.number(), Instant.now().toString())));
        console.println(console.style().dim("\nLesson " + lesson.number() + " counted as read."
                + (lesson.quiz() != null ? " Its quiz: ./kata quiz " + week.id() + " " + lesson.number() : "")
                + (markOnly ? "" : "  Source: " + course.root().relativize(file))));
        return 0;
    }
}
