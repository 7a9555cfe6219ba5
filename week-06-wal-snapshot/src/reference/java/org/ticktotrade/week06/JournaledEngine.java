package org.ticktotrade.week06;

import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.ticktotrade.week02.OrderBook;

/**
 * The engine's write path in the order that makes recovery possible: every command is appended to the log
 * before the book sees it (a command the book applied but the log lost could never be replayed), and every
 * {@code snapshotEvery} commands the state is snapshotted and the segments it covers are pruned.
 * Acknowledgements are the caller's: a fill of the command with sequence s leaves only once
 * {@link WalWriter#isDurable(long) log().isDurable(s)}.
 */
public final class JournaledEngine implements AutoCloseable {

    private final WalWriter log;
    private final CommandReplayer apply;
    private final SnapshotStore snapshots;
    private final int snapshotEvery;
    private final Supplier<ByteBuffer> capture;
    private long sinceSnapshot;

    /**
     * @param capture the book's state as bytes, for a snapshot (the caller's format: the book restores from it)
     */
    public JournaledEngine(WalWriter log, OrderBook book, SnapshotStore snapshots, int snapshotEvery,
                           Supplier<ByteBuffer> capture) {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery must be at least 1, was " + snapshotEvery);
        }
        this.log = log;
        this.apply = new CommandReplayer(book);
        this.snapshots = snapshots;
        this.snapshotEvery = snapshotEvery;
        this.capture = capture;
    }

    /** Logs the 40-byte command at {@code command}'s position, then applies it. Returns its sequence. */
    public long submit(ByteBuffer command) {
        long sequence = log.append(command);              // first the log ...
        apply.apply(sequence, command, command.position()); // ... then the book, with the sequence as its time
        if (++sinceSnapshot == snapshotEvery) {
            snapshot();
        }
        return sequence;
    }

    /**
     * Snapshots the state now. The log is forced first: a snapshot must never include a command the log could
     * still lose, or after a power cut the log would restart below the snapshot and reuse its sequences.
     * Segments are pruned only after the snapshot is durable and reads back: until then they are the only copy.
     */
    public void snapshot() {
        log.force();
        long covered = log.writtenSequence();
        snapshots.write(covered, capture.get());
        if (snapshots.newestValid().map(SnapshotStore.Snapshot::lastSequence).orElse(0L) == covered) {
            log.pruneSegmentsCoveredBy(covered);
        }
        sinceSnapshot = 0;
    }

    public WalWriter log() {
        return log;
    }

    @Override
    public void close() {
        log.close();
    }
}
