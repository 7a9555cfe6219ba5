package org.ticktotrade.grader.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;

/**
 * A week's project gates open once its quizzes average at least 70% (seed 003's rule): the quizzes
 * are short, and they are where a learner finds out the lesson did not land before spending an hour
 * on a ring that cannot work. Every quiz of the week counts, one not taken yet as 0%, each by its best
 * attempt. A week without quizzes has nothing to unlock.
 *
 * @param quizzes the week's quizzes in lesson order, with their best scores
 */
public record QuizLock(Week week, List<LessonScore> quizzes) {

    public static final double THRESHOLD = 0.70;
    /** Set to 1 for instructor mode: the lock is the learner's, not the instructor's. */
    public static final String INSTRUCTOR_ENV = "KATA_INSTRUCTOR";

    /** @param best the best attempt's score 0..1, or null when the quiz was never finished */
    public record LessonScore(int lesson, Double best) {
        double counted() {
            return best == null ? 0 : best;
        }

        @Override
        public String toString() {
            return "lesson " + lesson + " " + (best == null ? "not taken" : percent(best));
        }
    }

    public QuizLock {
        quizzes = List.copyOf(quizzes);
    }

    public static QuizLock of(Week week, LearnerProgress.WeekProgress progress) {
        List<LessonScore> scores = new ArrayList<>();
        for (WeekManifest.Lesson lesson : week.manifest().lessons()) {
            if (lesson.quiz() != null) {
                LearnerProgress.QuizScore score = progress.quizzes().get(lesson.number());
                scores.add(new LessonScore(lesson.number(), score == null ? null : score.best()));
            }
        }
        return new QuizLock(week, scores);
    }

    /** The mean of the best scores, 0..1 (1 for a week without quizzes). */
    public double average() {
        return quizzes.isEmpty() ? 1 : quizzes.stream().mapToDouble(LessonScore::counted).sum() / quizzes.size();
    }

    public boolean locked() {
        return !quizzes.isEmpty() && !reaches(average());
    }

    /**
     * What {@code ./kata check} prints instead of grading the learner's own code while the week is
     * locked; empty when it may grade (unlocked, or instructor mode).
     */
    public static Optional<String> refusal(Course course, Week week) {
        if ("1".equals(System.getenv(INSTRUCTOR_ENV))) {
            return Optional.empty();
        }
        QuizLock lock = of(week, ProgressStore.of(course).load().week(week.id()));
        return lock.locked() ? Optional.of(lock.explain()) : Optional.empty();
    }

    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append("The project gates of ").append(week.id()).append(" are locked until its quizzes average ")
                .append(percent(THRESHOLD)).append(" (now ").append(percent(average())).append(": ")
                .append(String.join(", ", quizzes.stream().map(LessonScore::toString).toList())).append(").\n");
        sb.append("Unlock them with the quizzes (a few minutes each; a retake counts its best score):\n");
        for (LessonScore s : quizzes) {
            if (s.counted() < 1) {
                sb.append("  ./kata quiz ").append(week.id()).append(' ').append(s.lesson()).append('\n');
            }
        }
        sb.append("or grade anyway: ./kata check ").append(week.id()).append(" --force\n");
        return sb.toString();
    }

    /** Whether a score (0..1) is at the threshold; 7 of 10 is 70%, whatever the floating point says. */
    public static boolean reaches(double score) {
        return score >= THRESHOLD - 1e-9;
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%d%%", Math.round(fraction * 100));
    }
}
