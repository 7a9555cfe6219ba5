package org.ticktotrade.capstone;

import org.ticktotrade.week04.SpscRing;
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
    private volatile boolean running = true;
    // Plain: written by this thread only, read after it has ended (Exchange.close joins it: a happens-before edge).
    // A volatile would put a store fence on every command for the sake of a figure read once.
    private long commands;

    EngineLoop(SpscRing<Command> work, SpscRing<Command> free, WalWriter journal, Engine engine, Outbox outbox,
               boolean fsync, int batch) {
        this.work = work;
        this.free = free;
        this.journal = journal;
        this.engine = engine;
        this.outbox = outbox;
        this.fsync = fsync;
        this.batch = batch;
    }

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
            } else if (taken == 0) {
                Thread.onSpinWait(); // busy-spin: this thread owns a core (a later slice may offer a parking wait)
            }
        }
    }

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

    long commands() {
        return commands;
    }

    void stop() {
        running = false;
    }
}
