package org.ticktotrade.grader.learner;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Run in a forked JVM by {@link ProgressKillTest}: rewrites a large progress file as fast as it can,
 * until it is killed.
 */
public final class ProgressWriterLoop {

    /** Hints in the file: about 800 KB of JSON, so each write takes a while. */
    static final int ENTRIES = 20_000;

    private ProgressWriterLoop() {}

    public static void main(String[] args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]), System.err);
        for (long round = 1; ; round++) {
            Map<String, Integer> hints = new TreeMap<>();
            for (int i = 0; i < ENTRIES; i++) {
                hints.put("exercise-" + i, (int) (round % 1000));
            }
            store.update(p -> p.withWeek("week-01", w -> new LearnerProgress.WeekProgress(
                    w.lessonsRead(), w.quizzes(), hints, w.gates(), w.exercises())));
        }
    }
}
