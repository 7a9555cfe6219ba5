package org.ticktotrade.grader.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.learner.LearnerConsole;
import org.ticktotrade.grader.learner.LearnerProgress;
import org.ticktotrade.grader.learner.ProgressStore;
import org.ticktotrade.grader.learner.ShellCompleter;
import org.ticktotrade.grader.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata hint WEEK [EXERCISE]}: the next hint of an exercise, mildest first, remembering how
 * many were shown. Without EXERCISE, the first exercise whose tests do not pass yet (as far as the
 * last check or watch saw).
 */
@Command(name = "hint", description = {
        "Show the next hint for an exercise, one more each time.",
        "Without EXERCISE: the first exercise whose tests did not pass in your last check or watch."})
public final class HintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = ShellCompleter.WEEK, description = "week-01, 01 or 1",
            completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Parameters(index = "1", arity = "0..1", paramLabel = ShellCompleter.EXERCISE, description = "an exercise id of the week")
    String exerciseId;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        LearnerConsole console = LearnerConsole.current();
        Style style = console.style();
        List<WeekManifest.Exercise> exercises = week.manifest().exercises();
        if (exercises.isEmpty()) {
            console.println(week.id() + " has no exercises yet.");
            return 0;
        }
        ProgressStore store = ProgressStore.of(course);
        WeekManifest.Exercise exercise;
        if (exerciseId == null) {
            LearnerProgress.WeekProgress progress = store.load().week(week.id());
            exercise = exercises.stream()
                    .filter(e -> !(progress.exercises().containsKey(e.id()) && progress.exercises().get(e.id()).passed()))
                    .findFirst().orElse(exercises.getFirst());
        } else {
            exercise = week.manifest().exercise(exerciseId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    week.id() + " has no exercise '" + exerciseId + "'; its exercises: "
                            + exercises.stream().map(WeekManifest.Exercise::id).toList()));
        }
        List<String> hints = exercise.hints();
        int[] shownNow = new int[1];
        store.update(p -> p.withWeek(week.id(), w -> {
            shownNow[0] = Math.min(w.hintsShown().getOrDefault(exercise.id(), 0) + 1, hints.size());
            return w.withHintsShown(exercise.id(), shownNow[0]);
        }));
        int shown = shownNow[0];
        console.println(style.bold(exercise.id() + ": " + exercise.title()));
        for (int i = 0; i < shown; i++) {
            String text = console.prose(hints.get(i), "Hint " + (i + 1) + "/" + hints.size() + ": ", "  ");
            console.println(i < shown - 1 ? style.dim(text) : text);
        }
        if (shown == hints.size()) {
            String lesson = exercise.lesson() == null ? "" : week.manifest().lesson(exercise.lesson())
                    .map(l -> " Lesson " + l.number() + ", \"" + l.title() + "\", has the rest: ./kata lesson " + week.id() + " " + l.number())
                    .orElse("");
            console.println(style.dim("That was the last hint." + lesson));
        } else {
            console.println(style.dim("Another: ./kata hint " + week.id() + " " + exercise.id()));
        }
        return 0;
    }
}
