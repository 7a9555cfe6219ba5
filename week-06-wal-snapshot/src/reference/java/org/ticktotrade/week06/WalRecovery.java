package org.ticktotrade.week06;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recovery of the engine: the newest valid snapshot, then the log's records after it. The snapshot saves
 * replaying the whole history; the log supplies everything since; a record the snapshot already includes is
 * skipped, never applied twice.
 */
public final class WalRecovery {

    private WalRecovery() {
    }

    /** What recovery did: the snapshot it started from (if any), and the scan of the log. */
    public record Result(Optional<SnapshotStore.Snapshot> snapshot, long replayed, RecoveryReport log) {}

    /**
     * @param restore receives the snapshot's state (called once, before any record, only if there is one)
     * @param tail    receives each record after the snapshot, in order
     * @throws WalException the log no longer holds the records between the snapshot and its first segment
     */
    public static Result recover(Path walDir, SnapshotStore snapshots, Consumer<ByteBuffer> restore, RecordVisitor tail) {
        Optional<SnapshotStore.Snapshot> snapshot = snapshots.newestValid();
        long covered = snapshot.map(SnapshotStore.Snapshot::lastSequence).orElse(0L);
        snapshot.ifPresent(s -> restore.accept(s.state().duplicate()));
        long[] replayed = {0};
        long[] first = {0};
        RecoveryReport report = RecoveryScanner.scan(walDir, (sequence, segment, payloadOffset, length) -> {
            if (first[0] == 0) {
                first[0] = sequence;
                if (sequence > covered + 1) {
                    throw new WalException(walDir, "the log starts at sequence " + sequence + " but the newest valid"
                            + " snapshot covers only up to " + covered + ": records are missing");
                }
            }
            if (sequence > covered) {
                tail.onRecord(sequence, segment, payloadOffset, length);
                replayed[0]++;
            }
        });
        return new Result(snapshot, replayed[0], report);
    }
}
