package org.ticktotrade.grader.model;

import java.util.List;

/**
 * The grader's own result document: what {@code --json} writes and every other output renders.
 *
 * @param source what was graded: {@code starter}, {@code reference} or {@code submission}
 * @param sourcePath the folder the graded sources came from
 */
public record GradeReport(
        int formatVersion,
        String week,
        String weekTitle,
        String source,
        String sourcePath,
        String started,
        long millis,
        Machine machine,
        Status status,
        double score,
        double maxScore,
        List<GateResult> gates,
        List<String> notes) {

    public static final int FORMAT_VERSION = 1;

    public GradeReport {
        gates = List.copyOf(gates);
        notes = List.copyOf(notes);
    }

    /** Exit code contract of {@code ./kata check}: 0 when every gate passed, 1 otherwise. */
    public int exitCode() {
        return status == Status.PASSED ? 0 : 1;
    }
}
