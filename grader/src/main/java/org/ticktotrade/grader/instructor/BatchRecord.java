package org.ticktotrade.grader.instructor;

import java.util.Map;

/**
 * What the batch remembers about one submission, in {@code submissions/<id>/batch.json}. It is the last
 * file written for a submission, so its presence means everything else for it is complete: resume
 * skips a submission whose record matches the entry's current fingerprint and the run's options.
 *
 * @param outcome    {@code graded} or {@code rejected} (at intake: the reason is in {@code rejection})
 * @param millis     wall time of this submission, intake to the last file written
 * @param gateMillis wall time per gate
 */
public record BatchRecord(
        String name,
        String id,
        String entry,
        String fingerprint,
        String optionsKey,
        String outcome,
        String rejection,
        String status,
        double score,
        double maxScore,
        long millis,
        Map<String, Long> gateMillis,
        int slot,
        boolean sandboxed,
        String finishedAt) {

    public static final String GRADED = "graded";
    public static final String REJECTED = "rejected";

    public BatchRecord {
        gateMillis = gateMillis == null ? Map.of() : Map.copyOf(gateMillis);
    }
}
