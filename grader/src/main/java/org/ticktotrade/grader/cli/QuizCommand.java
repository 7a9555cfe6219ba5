package org.ticktotrade.grader.cli;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.learner.LearnerConsole;
import org.ticktotrade.grader.learner.LearnerProgress;
import org.ticktotrade.grader.learner.ProgressStore;
import org.ticktotrade.grader.learner.QuizLock;
import org.ticktotrade.grader.learner.QuizSession;
import org.ticktotrade.grader.learner.ShellCompleter;
import org.ticktotrade.grader.quiz.Quiz;
import org.ticktotrade.grader.quiz.QuizException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kata quiz WEEK [LESSON]}: a lesson's quiz in the terminal; the score is saved and counts toward unlocking the gates. */
@Command(name = "quiz", description = {
        "Take a lesson's quiz: each answer is judged at once and explained; the score is saved.",
        "Without LESSON, the next quiz below 70%. A week's quizzes averaging 70% unlock its project gates."})
public final class QuizCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = ShellCompleter.WEEK, description = "week-01, 01 or 1",
            completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Parameters(index = "1", arity = "0..1", paramLabel = ShellCompleter.LESSON, description = "the lesson number")
    Integer lessonNumber;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        LearnerConsole console = LearnerConsole.current();
        ProgressStore store = ProgressStore.of(course);
        List<WeekManifest.Lesson> withQuiz = week.manifest().lessons().stream().filter(l -> l.quiz() != null).toList();
        if (withQuiz.isEmpty()) {
            console.println(week.id() + " has no quizzes yet: its project gates are not locked.");
            return 0;
        }
        WeekManifest.Lesson lesson;
        if (lessonNumber == null) {
            LearnerProgress.WeekProgress progress = store.load().week(week.id());
            lesson = withQuiz.stream().filter(l -> {
                LearnerProgress.QuizScore s = progress.quizzes().get(l.number());
                return s == null || !QuizLock.reaches(s.best());
            }).findFirst().orElse(null);
            if (lesson == null) {
                console.println("Every quiz of " + week.id() + " is at " + QuizLock.percent(QuizLock.THRESHOLD)
                        + " or more. Retake one with: ./kata quiz " + week.id() + " LESSON");
                return 0;
            }
        } else {
            lesson = withQuiz.stream().filter(l -> l.number() == lessonNumber).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), week.id() + " has no quiz for lesson "
                            + lessonNumber + "; quizzes: lessons " + withQuiz.stream().map(l -> String.valueOf(l.number())).toList()));
        }
        Quiz quiz;
        try {
            quiz = Quiz.load(week.dir().resolve(lesson.quiz()));
        } catch (QuizException e) {
            console.println("kata: this quiz file has problems (the course's, not yours):\n" + e.getMessage());
            return Kata.GRADER_FAILED;
        }
        QuizSession.Result result = new QuizSession(console, new Random())
                .run(quiz, "Quiz: " + week.id() + ", lesson " + lesson.number() + " \"" + lesson.title() + "\"");
        if (!result.finished()) {
            return 1;
        }
        LearnerProgress saved = store.update(p -> p.withWeek(week.id(),
                w -> w.withQuizAttempt(lesson.number(), result.correct(), result.total(), Instant.now().toString())));
        LearnerProgress.WeekProgress after = saved.week(week.id());
        LearnerProgress.QuizScore score = after.quizzes().get(lesson.number());
        console.println("");
        console.println(console.style().bold("Score: " + result.correct() + "/" + result.total() + " ("
                + QuizLock.percent((double) result.correct() / result.total()) + ")") + ", saved; best "
                + QuizLock.percent(score.best()) + " after " + score.attempts() + (score.attempts() == 1 ? " attempt." : " attempts."));
        QuizLock lock = QuizLock.of(week, after);
        console.println(lock.locked()
                ? week.id() + "'s quizzes average " + QuizLock.percent(lock.average()) + "; its project gates unlock at "
                        + QuizLock.percent(QuizLock.THRESHOLD) + ". Next: ./kata quiz " + week.id()
                : week.id() + "'s quizzes average " + QuizLock.percent(lock.average()) + ": its project gates are unlocked"
                        + " (./kata check " + week.id() + ").");
        return 0;
    }
}
