package org.ticktotrade.grader.pipeline;

import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.model.GateResult;

/**
 * One stage of grading. Gates run in a fixed order; a gate runs only if every gate before it passed
 * (or was inconclusive). What a gate checks and its thresholds come from the week's week.toml.
 */
public interface Gate {

    /** Stable id used by {@code --gate}, the JSON and the gradebook: build, correctness, stress, bench, journal. */
    String id();

    String title();

    /** Whether the week's manifest configures this gate at all. */
    boolean appliesTo(Week week);

    /** The share of the week's points this gate carries. */
    double maxScore(Week week);

    GateResult run(GateContext context);
}
