package org.ticktotrade.grader.model;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one gate: its checks, a one-line summary and the share of the week's points it earned.
 */
public record GateResult(
        String gate,
        String title,
        Status status,
        String summary,
        double score,
        double maxScore,
        long millis,
        List<CheckResult> checks,
        Map<String, Object> details) {

    public GateResult {
        checks = List.copyOf(checks);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static GateResult skipped(String gate, String title, String reason, double maxScore) {
        return new GateResult(gate, title, Status.SKIPPED, reason, 0, maxScore, 0, List.of(), Map.of());
    }
}
