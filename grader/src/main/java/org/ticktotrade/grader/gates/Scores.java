package org.ticktotrade.grader.gates;

import java.util.List;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.pipeline.Pipeline;

/** Small arithmetic the gates share. */
final class Scores {

    private Scores() {}

    static double score(List<CheckResult> checks) {
        return Pipeline.round(checks.stream().mapToDouble(CheckResult::score).sum());
    }
}
