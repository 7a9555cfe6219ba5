package org.ticktotrade.week06;

import java.nio.file.Path;

/**
 * What a recovery scan found: how many good records, which sequences, and where and why it stopped.
 *
 * @param records        good records visited
 * @param firstSequence  the first one's sequence (0 when none)
 * @param lastSequence   the last one's sequence (0 when none): the log's durable end after a crash
 * @param nextSequence   the sequence the next append must carry
 * @param stopSegment    the segment file the scan stopped in (null: there are no segments)
 * @param stopOffset     the byte offset in that file where the first record not accepted starts
 * @param reason         why the scan stopped there
 * @param detail         the numbers behind the reason, for a person
 */
public record RecoveryReport(long records, long firstSequence, long lastSequence, long nextSequence,
                             Path stopSegment, long stopOffset, StopReason reason, String detail) {

    /** Whether the log ended cleanly, with no torn tail. */
    public boolean clean() {
        return reason == StopReason.END_OF_LOG;
    }

    @Override
    public String toString() {
        return records + " records (" + firstSequence + ".." + lastSequence + "), stopped at "
                + (stopSegment == null ? "<no segment>" : stopSegment.getFileName()) + " offset " + stopOffset
                + ": " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
