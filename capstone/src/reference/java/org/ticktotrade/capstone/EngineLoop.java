package org.ticktotrade.capstone;

import org.ticktotrade.week04.SpscRing;
import org.ticktotrade.week06.SnapshotStore;
import org.ticktotrade.week06.WalWriter;

/**
 * The engine thread: the only thread that touches the journal's writer, the {@link Engine} (books, risk) and the
 * {@link Outbox}. It takes commands off the ring in batches and, for each one, in this order:
 * <ol>
 *   <li>journals the frame (week 06: a command the book applied but the log lost could never be replayed);</li>
 *   <li>applies it through {@link OrderWire#apply}, with the journal's sequence as its time, exactly as recovery
 *       will; its reports wait in the outbox;</li>
 *   <li>hands the command back to the gateway's pool.</li>
 * </ol>
 * At the end of a batch (the ring is empty, or {@code batch} commands were taken) it makes the batch durable,
 * then releases the outbox. That is group commit: one msync pays for the whole batch, and no report of a command
 * leaves before the command's record is durable.
 */
final class EngineLoop implements Runnable {

    private final SpscRing<Command> work;
    private final SpscRing<Command> free;
    private final WalWriter journal;
    private final Engine engine;
    private final Outbox outbox;
    private final boolean fsync;
    private final int batch;
    private final SnapshotStore snapshots;
    private final ExchangeConfig config;
    private final int snapshotEvery;
    private long sinceSnapshot;
    private volatile boolean running = true;
    // Plain: written by this thread only, read after it has ended (Exchange.close joins it: a happens-before edge).
    // A volatile would put a store fence on every command for the sake of a figure read once.
    private long commands;

    EngineLoop(SpscRing<Command> work, SpscRing<Command> free, WalWriter journal, Engine engine, Outbox outbox,
               boolean fsync, int batch, SnapshotStore snapshots, ExchangeConfig config, int snapshotEvery) {
        this.snapshots = snapshots;
        this.config = config;
        this.snapshotEvery = snapshotEvery;
        this.work = work;
        this.free = free;
        this.journal = journal;
        this.engine = engine;
        this.outbox = outbox;
        this.fsync = fsync;
        this.batch = batch;
    }

    // tag::batch[]
    @Override
    public void run() {
        // Stop only with the ring empty: every command the gateway accepted is journalled and answered.
        while (running || !work.isEmpty()) {
            int taken = 0;
            Command command;
            while (taken < batch && (command = work.poll()) != null) {
                apply(command);
                free.offer(command); // never full: it holds the whole pool
                taken++;
            }
            if (outbox.pending() > 0) {
                makeDurable();
                outbox.release();
                if (snapshotEvery > 0 && sinceSnapshot >= snapshotEvery) {
                    snapshot();
                }
            } else if (taken == 0) {
                idle(++idleLoops);
                continue;
            }
            idleLoops = 0;
        }
    }

    /** Empty polls in a row; the engine thread's only. */
    private int idleLoops;
    /** Empty polls spent spinning before the thread starts yielding its core. */
    static final int SPINS_BEFORE_YIELD = 1_000;

    /**
     * Nothing to do. Spin first: a command arriving now is taken within a few hundred nanoseconds. Then yield: on a
     * machine with fewer cores than busy threads (two cores here, for the gateway, this thread and the clients), a
     * thread that spins forever holds a core the gateway needs to read the next order. Yield keeps the thread
     * runnable, so it is back within a scheduler tick at worst, without the wake-up of a park.
     */
    private static void idle(int loops) {
        if (loops < SPINS_BEFORE_YIELD) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }
    // end::batch[]

    // tag::journal-then-apply[]
    private void apply(Command command) {
        if (command.rejectCode != 0) {
            outbox.reject(command.replyTo, command.rejectOrderId, command.rejectCode); // changes nothing: not journalled
            return;
        }
        command.frame.position(0);
        final long sequence = journal.append(command.frame); // first the journal ...
        OrderWire.apply(command.frame, 0, sequence, engine);   // ... then the books, with the sequence as time
        commands++;
        sinceSnapshot++;
    }
    // end::journal-then-apply[]

    // tag::durable[]
    /**
     * Every record appended so far is durable when this returns. With fsync, one force covers the batch; without,
     * an appended record is already in the page cache, which a killed process cannot take back (not a power cut).
     */
    private void makeDurable() {
        if (fsync && !journal.isDurable(journal.writtenSequence())) {
            journal.force();
        }
    }
    // end::durable[]

    // tag::snapshot[]
    /**
     * Week 06's order: force the journal first (a snapshot must never hold a command the journal could still lose,
     * or after a power cut the journal would restart below the snapshot and reuse its sequences), write the
     * snapshot, and prune the segments it covers only once it reads back. Between batches, on this thread: the
     * books are still, and the gateway meanwhile fills the ring (a long snapshot is back-pressure, not loss).
     */
    private void snapshot() {
        journal.force();
        final long covered = journal.writtenSequence();
        snapshots.write(covered, ExchangeSnapshot.capture(engine, config));
        if (snapshots.newestValid().map(SnapshotStore.Snapshot::lastSequence).orElse(0L) == covered) {
            journal.pruneSegmentsCoveredBy(covered);
            snapshots.prune(2);
        }
        sinceSnapshot = 0;
    }
    // end::snapshot[]

    long commands() {
        return commands;
    }

    void stop() {
        running = false;
    }
}
