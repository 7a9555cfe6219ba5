package org.ticktotrade.week07;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week03.LadderOrderBook;
import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week06.CommandCodec;
import org.ticktotrade.week06.CommandReplayer;
import org.ticktotrade.week06.WalWriter;

/**
 * The course's pipeline so far, in one process: the generator's thread offers each order to week 04's
 * {@link SpscLongRing}; an engine thread polls it, encodes the order as week 06's 40-byte {@link CommandCodec}
 * command (week 05's codec is being written alongside; this week does not depend on it), appends it to week
 * 06's {@link WalWriter}, applies it to week 03's {@link LadderOrderBook} and records its latency. Done means
 * journaled and applied: in the page cache and in the book, not yet forced (the policy decides that).
 *
 * <p>The ring carries one long per order: the time it was <em>sent</em>. Everything else the engine knows
 * without being told. The ring is first in, first out with one producer, so the k-th value polled is order k:
 * its due time is the current {@link #beginPhase phase}'s {@code schedule.intendedTime(k - firstIndex)} and its
 * content is command {@code k % flow.size()} of a pre-generated {@link OrderFlow} (read-only arrays, shared
 * safely because they are written before the engine thread starts). Nothing rides in a side table that a slow
 * consumer could see overwritten.
 *
 * <p>A run has phases: the warm-up, then the measurement, each with its own schedule and histograms. A phase
 * begins only when the engine has drained the previous one, so the measurement starts with an empty ring in a
 * compiled JVM (as Chronicle's JLBH does), and its figures carry no backlog from the warm-up.
 *
 * <p>The engine thread allocates nothing per order: one scratch buffer, primitive callbacks from the book,
 * histograms of a fixed size. {@link GcWindow} checks that claim.
 */
public final class InProcessPipeline implements AutoCloseable {

    private static final VarHandle PROCESSED;

    static {
        try {
            PROCESSED = MethodHandles.lookup().findVarHandle(InProcessPipeline.class, "processed", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What the engine needs to time the orders of one phase. */
    private record Phase(Schedule schedule, long firstIndex, LatencyRecorder recorder) {}

    private final SpscLongRing ring;
    private final OrderFlow flow;
    private final WalWriter wal;
    private final Thread engine;
    private final CountingEvents events = new CountingEvents();
    private volatile boolean running = true;
    private volatile Throwable failure;
    /**
     * Volatile: written by the generator's thread before it offers the phase's first order, read by the engine
     * after polling an order. The offer's release store comes after the write, and the poll's acquire load
     * before the read, so the engine never times an order with the wrong phase.
     */
    private volatile Phase phase;
    /** Orders the engine has finished; written by the engine only (release), read by the generator's thread (acquire). */
    @SuppressWarnings("unused")
    private long processed;

    private InProcessPipeline(OrderFlow flow, WalWriter wal, int ringCapacity) {
        this.ring = new SpscLongRing(ringCapacity);
        this.flow = flow;
        this.wal = wal;
        this.engine = new Thread(this::engineLoop, "engine");
        this.engine.setDaemon(true);
    }

    /** Starts the engine thread. The calling thread is the generator's: only it may use {@link #sender()} and {@link #beginPhase}. */
    public static InProcessPipeline start(OrderFlow flow, WalWriter wal, int ringCapacity) {
        InProcessPipeline p = new InProcessPipeline(flow, wal, ringCapacity);
        p.engine.start(); // Thread.start happens-before the engine's first action: it sees every field above
        return p;
    }

    /**
     * Times the orders sent from now on against {@code schedule} (its request 0 is the next order) into
     * {@code recorder}. Only between phases: every order sent so far must have been {@link #awaitProcessed processed}.
     */
    public void beginPhase(Schedule schedule, LatencyRecorder recorder) {
        long done = processed();
        Phase current = phase;
        if (current != null && done != sent) {
            throw new IllegalStateException("a phase begins only when the last one has drained: " + done + " of " + sent + " done");
        }
        phase = new Phase(schedule, sent, recorder);
    }

    /** Orders offered so far; the generator's thread only. */
    private long sent;

    /**
     * The generator's side: offer the send time, spinning while the ring is full. A full ring is the engine
     * falling behind; the generator waits here, its next sends go out late, and the lateness is measured.
     */
    public Sender sender() {
        return (sequence, intendedNanos, sentNanos) -> {
            if (phase == null) {
                throw new IllegalStateException("beginPhase first: the engine needs the schedule to time the orders");
            }
            while (!ring.offer(sentNanos)) {
                if (failure != null) {
                    throw new IllegalStateException("the engine thread failed", failure);
                }
                Thread.onSpinWait();
            }
            sent++;
        };
    }

    // tag::engine[]
    private void engineLoop() {
        ByteBuffer command = ByteBuffer.allocateDirect(CommandCodec.SIZE);
        CommandReplayer book = new CommandReplayer(new LadderOrderBook(1 << 16, 1, 1 << 14, events));
        int flowSize = flow.size();
        long k = 0;
        try {
            while (true) {
                long sentNanos = ring.poll();
                if (sentNanos == SpscLongRing.EMPTY) {
                    if (!running) {
                        return;
                    }
                    wal.forceIfDue();        // an interval policy forces from the idle loop too
                    Thread.onSpinWait();     // busy-spin: the engine owns its core, as an exchange's would
                    continue;
                }
                encode((int) (k % flowSize), command);
                long sequence = wal.append(command);   // first the log ...
                book.apply(sequence, command, 0);      // ... then the book
                long done = System.nanoTime();
                Phase p = phase; // one volatile load: a plain load on x86, and ordered after the poll's acquire
                p.recorder().record(p.schedule().intendedTime(k - p.firstIndex()), sentNanos, done);
                k++;
                PROCESSED.setRelease(this, k); // after the histogram write: a reader that sees k sees its sample
            }
        } catch (Throwable t) {
            failure = t;
        }
    }
    // end::engine[]

    private void encode(int i, ByteBuffer command) {
        Side side = flow.side(i);
        switch (flow.kind(i)) {
            case OrderFlow.ADD -> CommandCodec.encodeOrder(command, 0, CommandCodec.NEW, flow.orderId(i), flow.traderId(i),
                    side, flow.price(i), flow.quantity(i));
            case OrderFlow.MATCH -> CommandCodec.encodeOrder(command, 0, CommandCodec.IOC, flow.orderId(i), flow.traderId(i),
                    side, flow.price(i), flow.quantity(i));
            default -> CommandCodec.encodeCancel(command, 0, flow.orderId(i));
        }
    }

    /** Waits (spinning, then parking) until the engine has finished {@code count} orders. */
    public void awaitProcessed(long count) {
        int idle = 0;
        while ((long) PROCESSED.getAcquire(this) < count) {
            if (failure != null) {
                throw new IllegalStateException("the engine thread failed", failure);
            }
            if (++idle > 1_000) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** The engine's thread: {@link GcWindow} watches it. */
    public Thread engineThread() {
        return engine;
    }

    public long processed() {
        return (long) PROCESSED.getAcquire(this);
    }

    /** Trades the book reported; read it after {@link #close} (the join makes the engine's count visible). */
    public long trades() {
        return events.trades;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        engine.join(10_000);
    }

    /** Counts what the book reports, so the work cannot be optimised away; primitive callbacks, no objects. */
    private static final class CountingEvents implements BookEvents {
        long trades;
        long rested;
        long cancelled;
        long rejected;

        @Override
        public void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                            long takerRemaining, long makerRemaining) {
            trades++;
        }

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {
            rested++;
        }

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {
            cancelled++;
        }

        @Override
        public void onRejected(long orderId, RejectReason reason) {
            rejected++;
        }
    }
}
