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
 * The report as an Exercism test-runner v3 {@code results.json}: {@code version}, {@code status}
 * (pass / fail / error, error only when nothing could run), {@code message}, and {@code tests[]} with
 * {@code name}, {@code test_code}, {@code status}, {@code message}, {@code output} (at most 500
 * characters) and {@code task_id}.
 */
public final class ExercismRenderer {

    static final int OUTPUT_LIMIT = 500;

    private ExercismRenderer() {}

    public static Map<String, Object> render(GradeReport report, List<String> exerciseOrder) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 3);
        GateResult build = report.gates().stream().filter(g -> g.gate().equals("build")).findFirst().orElse(null);
        boolean nothingRan = build == null || build.status() != Status.PASSED || report.status() == Status.ERROR;
        if (nothingRan) {
            root.put("status", "error");
            root.put("message", build == null ? "the grader produced no build"
                    : build.checks().stream().filter(c -> c.status() != Status.PASSED)
                            .map(c -> c.message() + (c.output() == null ? "" : "\n" + c.output()))
                            .findFirst().orElse(build.summary()));
        } else {
            root.put("status", report.status() == Status.PASSED ? "pass" : "fail");
            root.put("message", null);
        }
        List<Map<String, Object>> tests = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            if (gate.gate().equals("build")) {
                continue;
            }
            if (gate.status() == Status.SKIPPED) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("name", gate.gate() + ": " + gate.title());
                t.put("test_code", "");
                t.put("status", "error");
                t.put("message", gate.summary());
                t.put("output", null);
                tests.add(t);
                continue;
            }
            for (CheckResult c : gate.checks()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("name", gate.gate() + ": " + c.name());
                t.put("test_code", c.id());
                t.put("status", c.status().isPass() ? "pass" : c.status() == Status.ERROR ? "error" : "fail");
                t.put("message", c.status().isPass() ? null : c.message());
                t.put("output", cap(c.output()));
                int task = c.exercise() == null ? -1 : exerciseOrder.indexOf(c.exercise());
                if (task >= 0) {
                    t.put("task_id", task + 1);
                }
                tests.add(t);
            }
        }
        root.put("tests", tests);
        return root;
    }

    static String cap(String output) {
        if (output == null || output.isEmpty()) {
            return null;
        }
        if (output.length() <= OUTPUT_LIMIT) {
            return output;
        }
        String notice = "\n[output truncated to " + OUTPUT_LIMIT + " characters]";
        return output.substring(0, OUTPUT_LIMIT - notice.length()) + notice;
    }
}
