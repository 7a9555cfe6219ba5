package org.ticktotrade.grader.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Machine;
import org.ticktotrade.grader.model.Status;

/** Runs the gates in order and gathers one {@link GradeReport}. */
public final class Pipeline {

    private final List<Gate> gates;

    public Pipeline(List<Gate> gates) {
        this.gates = List.copyOf(gates);
    }

    public List<Gate> gates() {
        return gates;
    }

    /**
     * @param selected gate ids to run; empty means all. The build gate always runs: every other gate
     *                 needs what it produces.
     */
    public GradeReport run(GateContext ctx, Set<String> selected) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<GateResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String blockedBy = null;
        for (Gate gate : gates) {
            boolean wanted = selected.isEmpty() || selected.contains(gate.id()) || gate.id().equals("build");
            if (!wanted) {
                continue;
            }
            double max = gate.maxScore(ctx.week());
            if (!gate.appliesTo(ctx.week())) {
                notes.add(gate.id() + ": not configured for " + ctx.week().id());
                continue;
            }
            GateResult result;
            if (blockedBy != null) {
                result = GateResult.skipped(gate.id(), gate.title(), blockedBy, max);
            } else {
                ctx.progress().gateStarted(gate.id(), gate.title());
                result = runGuarded(gate, ctx, max);
                if (!result.status().letsLaterGatesRun()) {
                    blockedBy = "skipped: the " + gate.id() + " gate did not pass"
                            + (result.summary() == null ? "" : " (" + result.summary() + ")");
                }
            }
            ctx.progress().gateFinished(result);
            results.add(result);
        }
        Status overall = overall(results);
        double score = results.stream().mapToDouble(GateResult::score).sum();
        double maxScore = results.stream().mapToDouble(GateResult::maxScore).sum();
        return new GradeReport(GradeReport.FORMAT_VERSION, ctx.week().id(), ctx.week().title(), ctx.sources().kindName(),
                ctx.sources().displayRoot().toString(), started.toString(), (System.nanoTime() - t0) / 1_000_000,
                Machine.current(), overall, round(score), round(maxScore), results, notes);
    }

    /** A gate that throws is the grader's failure, reported as ERROR with the reason, never a pass. */
    private static GateResult runGuarded(Gate gate, GateContext ctx, double max) {
        long t0 = System.nanoTime();
        try {
            return gate.run(ctx);
        } catch (RuntimeException e) {
            return new GateResult(gate.id(), gate.title(), Status.ERROR,
                    "the grader failed in this gate: " + e, 0, max, (System.nanoTime() - t0) / 1_000_000,
                    List.of(), java.util.Map.of());
        }
    }

    static Status overall(List<GateResult> results) {
        if (results.isEmpty()) {
            return Status.ERROR;
        }
        if (results.stream().anyMatch(r -> r.status() == Status.ERROR)) {
            return Status.ERROR;
        }
        if (results.stream().anyMatch(r -> r.status() == Status.FAILED || r.status() == Status.SKIPPED)) {
            return Status.FAILED;
        }
        if (results.stream().anyMatch(r -> r.status() == Status.INCONCLUSIVE)) {
            return Status.INCONCLUSIVE;
        }
        return Status.PASSED;
    }

    public static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
