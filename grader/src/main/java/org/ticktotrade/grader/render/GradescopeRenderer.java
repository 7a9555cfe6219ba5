package org.ticktotrade.grader.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;

/**
 * The report as a Gradescope autograder {@code results.json}: {@code score}, {@code max_score},
 * {@code execution_time} (seconds), {@code output}, and {@code tests[]} with {@code score},
 * {@code max_score}, {@code status} (passed / failed), {@code name}, {@code output},
 * {@code visibility}; the machine a benchmark ran on goes to {@code extra_data}.
 */
public final class GradescopeRenderer {

    private GradescopeRenderer() {}

    public static Map<String, Object> render(GradeReport report, String visibility) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("score", report.score());
        root.put("max_score", report.maxScore());
        root.put("execution_time", Math.round(report.millis() / 1000.0));
        root.put("output", report.week() + " (" + report.source() + "): " + report.status().name().toLowerCase()
                + ", " + report.score() + "/" + report.maxScore() + " points");
        root.put("visibility", visibility);
        List<Map<String, Object>> tests = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            if (gate.status() == Status.SKIPPED) {
                tests.add(test(gate.gate() + ": " + gate.title(), 0, gate.maxScore(), false, gate.summary(), visibility));
                continue;
            }
            for (CheckResult c : gate.checks()) {
                StringBuilder out = new StringBuilder();
                if (c.message() != null) {
                    out.append(c.message());
                }
                if (c.output() != null) {
                    out.append(out.isEmpty() ? "" : "\n\n").append(c.output());
                }
                if (c.status() == Status.INCONCLUSIVE) {
                    out.insert(0, "INCONCLUSIVE: ");
                }
                tests.add(test(gate.gate() + ": " + c.name(), c.score(), c.maxScore(), c.status().isPass(), out.toString(), visibility));
            }
        }
        root.put("tests", tests);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("week", report.week());
        extra.put("source", report.source());
        extra.put("status", report.status().name());
        extra.put("machine", report.machine());
        root.put("extra_data", extra);
        return root;
    }

    private static Map<String, Object> test(String name, double score, double max, boolean passed, String output, String visibility) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("score", score);
        t.put("max_score", max);
        t.put("status", passed ? "passed" : "failed");
        t.put("name", name);
        t.put("output", output);
        t.put("visibility", visibility);
        return t;
    }
}
