package org.ticktotrade.grader.model;

/** The verdict of a check or a gate. One vocabulary for every output; renderers translate it. */
public enum Status {
    PASSED,
    FAILED,
    /** Measured, but the noise straddles the threshold: neither a pass nor a fail. */
    INCONCLUSIVE,
    /** Not run because an earlier gate did not pass, or because it was not selected. */
    SKIPPED,
    /** The grader could not produce a verdict (its own failure, not the learner's). */
    ERROR,
    /** Measured and reported, deliberately not gated (e.g. cross-thread throughput on two vCPUs). */
    INFO;

    public boolean isPass() {
        return this == PASSED || this == INFO;
    }

    /** Gates after this one may still run: only a failure or an error stops the pipeline. */
    public boolean letsLaterGatesRun() {
        return this == PASSED || this == INCONCLUSIVE;
    }
}
