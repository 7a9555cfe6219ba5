package org.ticktotrade.grader.model;

import java.util.Map;

/**
 * One acceptance criterion: a test, a stress test, a benchmark comparison, a journal prompt.
 *
 * @param id       stable identifier (e.g. {@code org.x.RingTest#offerFailsWhenFull})
 * @param name     what a learner reads (e.g. {@code RingTest > offerFailsWhenFull})
 * @param exercise the week.toml exercise this check belongs to, or null
 * @param message  what went wrong and what to read, for a learner to act on; null when passed
 * @param output   captured output or supporting detail, already capped
 * @param details  machine-readable figures (ratios, counts, bytes per op)
 */
public record CheckResult(
        String id,
        String name,
        String exercise,
        Status status,
        String message,
        String output,
        double score,
        double maxScore,
        long millis,
        Map<String, Object> details) {

    public CheckResult {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public CheckResult withScore(double newScore, double newMaxScore) {
        return new CheckResult(id, name, exercise, status, message, output, newScore, newMaxScore, millis, details);
    }
}
