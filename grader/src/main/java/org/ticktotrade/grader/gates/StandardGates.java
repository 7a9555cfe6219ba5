package org.ticktotrade.grader.gates;

import java.util.List;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.Pipeline;

/** The gates every week is graded by, in order (design section 4). */
public final class StandardGates {

    public static final List<String> IDS = List.of("build", "correctness", "stress", "bench", "journal");

    private StandardGates() {}

    public static Pipeline pipeline() {
        List<Gate> gates = List.of(new BuildGate(), new CorrectnessGate(), new StressGate(), new BenchGate(), new JournalGate());
        return new Pipeline(gates);
    }
}
