package org.ticktotrade.grader.pipeline;

import org.ticktotrade.grader.model.GateResult;

/** How a long-running gate tells the person waiting what it is doing. */
public interface Progress {

    void gateStarted(String gate, String title);

    /** A short status such as "12/35 tests" or "pair 2/3: lockedDeque". */
    void update(String status);

    void gateFinished(GateResult result);

    Progress SILENT = new Progress() {
        @Override
        public void gateStarted(String gate, String title) {}

        @Override
        public void update(String status) {}

        @Override
        public void gateFinished(GateResult result) {}
    };
}
