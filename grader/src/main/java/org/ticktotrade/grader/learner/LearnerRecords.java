package org.ticktotrade.grader.learner;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;

/** What a grading run of the learner's own code leaves in their progress: gate and exercise verdicts. */
public final class LearnerRecords {

    private LearnerRecords() {}

    /** After {@code ./kata check} on the learner's sources: every gate that ran, and every exercise. */
    public static void recordCheck(Course course, Week week, GradeReport report) {
        String at = Instant.now().toString();
        Map<String, LearnerProgress.Verdict> gates = new LinkedHashMap<>();
        for (GateResult g : report.gates()) {
            gates.put(g.gate(), new LearnerProgress.Verdict(g.status().name(), at));
        }
        Map<String, LearnerProgress.Verdict> exercises = exerciseVerdicts(report);
        try {
            ProgressStore.of(course).update(p -> p.withWeek(week.id(), w -> w.withGates(gates).withExercises(exercises)));
        } catch (RuntimeException e) {
            // The grading happened and is reported either way; only its trace in the progress view is lost.
            System.err.println("kata: could not record this check in your progress: " + e.getMessage());
        }
    }

    /** An exercise passes when every one of its tests passed in the run's correctness gate. */
    static Map<String, LearnerProgress.Verdict> exerciseVerdicts(GradeReport report) {
        String at = Instant.now().toString();
        Map<String, Boolean> allPassed = new LinkedHashMap<>();
        for (GateResult g : report.gates()) {
            if (!g.gate().equals("correctness") || g.status() == Status.SKIPPED) {
                continue;
            }
            for (CheckResult c : g.checks()) {
                if (c.exercise() != null) {
                    allPassed.merge(c.exercise(), c.status().isPass(), Boolean::logicalAnd);
                }
            }
        }
        Map<String, LearnerProgress.Verdict> out = new LinkedHashMap<>();
        allPassed.forEach((id, ok) -> out.put(id, new LearnerProgress.Verdict(ok ? "PASSED" : "FAILED", at)));
        return out;
    }
}
