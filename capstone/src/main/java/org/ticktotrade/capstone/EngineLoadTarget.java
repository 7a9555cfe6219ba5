package org.ticktotrade.capstone;

import org.ticktotrade.week02.Side;
import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week07.LatencyRecorder;
import org.ticktotrade.week07.Schedule;
import org.ticktotrade.week07.Sender;

/**
 * The kill metric's second figure: the same {@link LoadMix} through the same {@link Engine}, in process, with no
 * network, no gateway and no journal. The generator's thread offers each request's index and send time to week
 * 04's ring; an engine thread polls them, calls the engine, and records the response time when the call returns
 * (the reports are counted, not sent). What this arm leaves out, the socket both ways, the gateway's framing, the
 * journal and its force, is what the gap between its figures and {@link ExchangeLoadTarget}'s costs.
 */
final class EngineLoadTarget implements LoadTarget {

    private record Phase(Schedule schedule, long firstIndex, LatencyRecorder recorder) {}

    private final SpscLongRing indices;
    private final SpscLongRing sendTimes;
    private final Thread engineThread;
    private final CountingReports reports = new CountingReports();
    private final Engine engine = new Engine(ExchangeMain.defaultConfig(), reports);
    private volatile Phase phase; // written between phases by the generator's thread, read after a poll
    private volatile long answered;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private long sent;

    EngineLoadTarget(int ringCapacity) {
        this.indices = new SpscLongRing(ringCapacity);
        this.sendTimes = new SpscLongRing(ringCapacity);
        this.engineThread = new Thread(this::engineLoop, "load-engine");
        this.engineThread.setDaemon(true);
        this.engineThread.start();
    }

    @Override
    public String describe() {
        return "the engine in process: ring -> engine thread (risk, book, reports counted), no network, no journal";
    }

    @Override
    public void beginPhase(Schedule schedule, LatencyRecorder recorder) {
        phase = new Phase(schedule, sent, recorder);
    }

    @Override
    public Sender sender() {
        return (sequence, intendedNanos, sentNanos) -> {
            // The send time first: the engine polls the index, then finds its send time already there.
            while (!sendTimes.offer(sentNanos)) {
                checkEngine();
                Thread.onSpinWait(); // a full ring: the engine is behind, and the next sends go out late
            }
            while (!indices.offer(sent)) {
                checkEngine();
                Thread.onSpinWait();
            }
            sent++;
        };
    }

    private void checkEngine() {
        if (failure != null) {
            throw new IllegalStateException("the engine thread failed", failure);
        }
    }

    // tag::engine-arm[]
    private void engineLoop() {
        try {
            while (true) {
                long i = indices.poll();
                if (i == SpscLongRing.EMPTY) {
                    if (!running) {
                        return;
                    }
                    Thread.onSpinWait(); // busy-spin, as the exchange's engine thread does
                    continue;
                }
                long sentNanos = sendTimes.poll(); // offered before the index: never EMPTY here
                int account = LoadMix.account(i);
                if (LoadMix.isCancel(i)) {
                    engine.cancel(account, LoadMix.instrument(i), LoadMix.cancelTarget(i));
                } else {
                    engine.newOrder(account, LoadMix.instrument(i), LoadMix.orderId(i), LoadMix.side(i), LoadMix.type(i),
                            LoadMix.price(i), LoadMix.quantity(i), i);
                }
                long done = System.nanoTime();
                Phase p = phase;
                p.recorder().record(p.schedule().intendedTime(i - p.firstIndex()), sentNanos, done);
                answered = i + 1;
            }
        } catch (Throwable t) {
            failure = t;
        }
    }
    // end::engine-arm[]

    @Override
    public long awaitAnswered(long count, long timeoutNanos) {
        long last = answered;
        long lastChange = System.nanoTime();
        while (last < count) {
            checkEngine();
            Thread.onSpinWait();
            long now = answered;
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > timeoutNanos) {
                break;
            }
        }
        return last;
    }

    @Override
    public Thread[] threads() {
        return new Thread[] {engineThread};
    }

    /** Read after {@link #close}: the join makes the engine thread's counts visible. */
    @Override
    public AnswerCounts counts() {
        return reports.counts;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        engineThread.join(10_000);
    }

    /** The engine's reports, counted as the exchange's outbox would send them; nothing allocated. */
    private static final class CountingReports implements ExecutionReports {
        final AnswerCounts counts = new AnswerCounts();

        @Override
        public void onRejected(long account, int instrument, long orderId, Reject reason) {
            counts.count(org.ticktotrade.week05.Wire.EXEC_REJECTED, reason.code());
        }

        @Override
        public void onRested(long account, int instrument, long orderId, Side side, long price, long quantity) {
            counts.count(org.ticktotrade.week05.Wire.EXEC_RESTED, 0);
        }

        @Override
        public void onFill(long account, int instrument, long orderId, long counterOrderId, Side side, long price,
                           long quantity, long leaves, boolean maker) {
            counts.count(org.ticktotrade.week05.Wire.EXEC_TRADE, 0);
        }

        @Override
        public void onCancelled(long account, int instrument, long orderId, long quantity, CancelCode reason) {
            counts.count(org.ticktotrade.week05.Wire.EXEC_CANCELLED, reason.code());
        }
    }
}
