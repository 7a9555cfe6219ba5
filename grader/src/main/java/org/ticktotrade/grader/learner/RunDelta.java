package org.ticktotrade.grader.learner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;

/**
 * What changed between two watch runs: the tests that started passing, those that started failing,
 * those that still fail but differently, and whether the build broke or was mended. Watch prints
 * only this, so a save shows its effect and nothing else.
 */
public record RunDelta(
        boolean buildFails,
        boolean buildChanged,
        List<CheckResult> buildProblems,
        List<CheckResult> newlyPassing,
        List<CheckResult> newlyFailing,
        List<CheckResult> failingDifferently,
        int passing,
        int total) {

    /**
     * @param previous   the run before, for the build's outcome
     * @param lastTested the latest earlier run whose tests ran (a broken build in between runs none),
     *                   for the tests' verdicts
     */
    public static RunDelta between(GradeReport previous, GradeReport lastTested, GradeReport current) {
        GateResult build = gate(current, "build");
        GateResult prevBuild = previous == null ? null : gate(previous, "build");
        boolean buildFails = build == null || !build.status().isPass();
        List<CheckResult> buildProblems = build == null ? List.of()
                : build.checks().stream().filter(c -> !c.status().isPass()).toList();
        List<CheckResult> prevProblems = prevBuild == null ? List.of()
                : prevBuild.checks().stream().filter(c -> !c.status().isPass()).toList();
        boolean buildChanged = !sameFailures(buildProblems, prevProblems);

        Map<String, CheckResult> now = tests(current);
        Map<String, CheckResult> before = lastTested == null ? Map.of() : tests(lastTested);
        List<CheckResult> passing = new ArrayList<>();
        List<CheckResult> failing = new ArrayList<>();
        List<CheckResult> differently = new ArrayList<>();
        for (CheckResult c : now.values()) {
            CheckResult old = before.get(c.id());
            boolean passedBefore = old != null && old.status().isPass();
            if (c.status().isPass() && !passedBefore) {
                passing.add(c);
            } else if (!c.status().isPass() && (old == null || passedBefore)) {
                failing.add(c);
            } else if (!c.status().isPass() && !Objects.equals(old.message(), c.message()) && !(atTodo(old) && atTodo(c))) {
                differently.add(c);
            }
        }
        int pass = (int) now.values().stream().filter(c -> c.status().isPass()).count();
        return new RunDelta(buildFails, buildChanged, buildProblems, passing, failing, differently, pass, now.size());
    }

    /** Nothing a learner would notice changed: same build outcome, same verdicts, same messages. */
    public boolean nothingChanged() {
        return !buildChanged && newlyPassing.isEmpty() && newlyFailing.isEmpty() && failingDifferently.isEmpty();
    }

    /**
     * Stopped by an untouched TODO. A property test may reach a different TODO from one run to the next
     * (its inputs are random), which is not news to the learner.
     */
    private static boolean atTodo(CheckResult c) {
        return c.details().containsKey("todo");
    }

    /** Whether the run got as far as its tests. */
    public static boolean testsRan(GradeReport report) {
        return !tests(report).isEmpty();
    }

    private static Map<String, CheckResult> tests(GradeReport report) {
        Map<String, CheckResult> out = new LinkedHashMap<>();
        GateResult correctness = gate(report, "correctness");
        if (correctness != null && correctness.status() != Status.SKIPPED) {
            correctness.checks().forEach(c -> out.put(c.id(), c));
        }
        return out;
    }

    private static boolean sameFailures(List<CheckResult> a, List<CheckResult> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).message(), b.get(i).message()) || !Objects.equals(a.get(i).output(), b.get(i).output())) {
                return false;
            }
        }
        return true;
    }

    static GateResult gate(GradeReport report, String id) {
        return report.gates().stream().filter(g -> g.gate().equals(id)).findFirst().orElse(null);
    }
}
