package org.ticktotrade.grader.learner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Everything the course remembers about one learner, as {@code .kata/progress.json} holds it: per week,
 * the lessons read, the quiz scores, the hints shown, and the last verdicts of the gates and exercises.
 * Immutable: every change makes a new value, which {@link ProgressStore} writes atomically.
 *
 * @param format the file's format version; a newer one than this grader knows is never overwritten
 */
public record LearnerProgress(int format, Map<String, WeekProgress> weeks) {

    public static final int FORMAT = 1;

    public LearnerProgress {
        weeks = weeks == null ? Map.of() : Map.copyOf(weeks);
    }

    public static LearnerProgress empty() {
        return new LearnerProgress(FORMAT, Map.of());
    }

    public WeekProgress week(String weekId) {
        return weeks.getOrDefault(weekId, WeekProgress.EMPTY);
    }

    public LearnerProgress withWeek(String weekId, UnaryOperator<WeekProgress> change) {
        Map<String, WeekProgress> next = new TreeMap<>(weeks);
        next.put(weekId, change.apply(week(weekId)));
        return new LearnerProgress(format, next);
    }

    /**
     * One week. Map keys are lesson numbers, exercise ids and gate ids; times are ISO-8601 instants.
     *
     * @param lessonsRead when each lesson was read (printed by {@code ./kata lesson}, or marked read)
     * @param quizzes     each lesson's quiz: the last and the best attempt
     * @param hintsShown  how many of each exercise's hints have been shown
     * @param gates       the last verdict of each gate when {@code ./kata check} graded the learner's own code
     * @param exercises   the last verdict of each exercise's tests (from check or watch)
     */
    public record WeekProgress(
            Map<Integer, String> lessonsRead,
            Map<Integer, QuizScore> quizzes,
            Map<String, Integer> hintsShown,
            Map<String, Verdict> gates,
            Map<String, Verdict> exercises) {

        public static final WeekProgress EMPTY = new WeekProgress(null, null, null, null, null);

        public WeekProgress {
            lessonsRead = lessonsRead == null ? Map.of() : Map.copyOf(lessonsRead);
            quizzes = quizzes == null ? Map.of() : Map.copyOf(quizzes);
            hintsShown = hintsShown == null ? Map.of() : Map.copyOf(hintsShown);
            gates = gates == null ? Map.of() : Map.copyOf(gates);
            exercises = exercises == null ? Map.of() : Map.copyOf(exercises);
        }

        public WeekProgress withLessonRead(int lesson, String at) {
            return new WeekProgress(put(lessonsRead, lesson, at), quizzes, hintsShown, gates, exercises);
        }

        /** Records an attempt; the best attempt is kept alongside the latest. */
        public WeekProgress withQuizAttempt(int lesson, int correct, int total, String at) {
            QuizScore previous = quizzes.get(lesson);
            QuizScore next = previous == null ? new QuizScore(correct, total, correct, total, 1, at)
                    : previous.withAttempt(correct, total, at);
            return new WeekProgress(lessonsRead, put(quizzes, lesson, next), hintsShown, gates, exercises);
        }

        public WeekProgress withHintsShown(String exercise, int shown) {
            return new WeekProgress(lessonsRead, quizzes, put(hintsShown, exercise, shown), gates, exercises);
        }

        public WeekProgress withGates(Map<String, Verdict> verdicts) {
            Map<String, Verdict> next = new TreeMap<>(gates);
            next.putAll(verdicts);
            return new WeekProgress(lessonsRead, quizzes, hintsShown, next, exercises);
        }

        public WeekProgress withExercises(Map<String, Verdict> verdicts) {
            Map<String, Verdict> next = new TreeMap<>(exercises);
            next.putAll(verdicts);
            return new WeekProgress(lessonsRead, quizzes, hintsShown, gates, next);
        }

        private static <K extends Comparable<K>, V> Map<K, V> put(Map<K, V> map, K key, V value) {
            Map<K, V> next = new TreeMap<>(map);
            next.put(key, value);
            return next;
        }
    }

    /**
     * A quiz's record. The best attempt is what unlocks the project gates: a retake can only help,
     * as with any quiz a learner may retry.
     */
    public record QuizScore(int lastCorrect, int lastTotal, int bestCorrect, int bestTotal, int attempts, String at) {

        @JsonIgnore
        public double best() {
            return bestTotal == 0 ? 0 : (double) bestCorrect / bestTotal;
        }

        QuizScore withAttempt(int correct, int total, String when) {
            boolean better = total > 0 && (bestTotal == 0 || (double) correct / total >= best());
            return new QuizScore(correct, total, better ? correct : bestCorrect, better ? total : bestTotal, attempts + 1, when);
        }
    }

    /** A verdict word from the result model ({@code PASSED}, {@code FAILED}, ...) and when it was given. */
    public record Verdict(String status, String at) {
        @JsonIgnore
        public boolean passed() {
            return "PASSED".equals(status) || "INFO".equals(status);
        }
    }
}
