package org.ticktotrade.capstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week05.ExecutionReportCodec;
import org.ticktotrade.week05.Wire;
import org.ticktotrade.week07.LatencyRecorder;
import org.ticktotrade.week07.Schedule;
import org.ticktotrade.week07.Sender;

/**
 * The kill metric's system under test: the whole exchange ({@link Exchange}: gateway thread, ring, engine thread
 * with journal and outbox) in this JVM, driven over loopback TCP by two client connections, one per account of
 * {@link LoadMix}. Response time is from a request's due time to the moment its first execution report has been
 * read back from the socket: network both ways, the gateway, the ring, the journal and its force, the engine and the
 * outbox's release after the force are all inside it.
 *
 * <p>The generator's thread writes each request as one frame on its account's connection ({@code TCP_NODELAY}, one
 * {@code write} per order while it keeps to the schedule; once behind, the frames due together go in one write of
 * up to 16 KB, as a client with several orders ready would send them). Before the write it
 * publishes the request's index and send time to that connection's pending rings (week 04's, one producer, one
 * consumer), so a reader that sees a report always finds its request already queued. A full pending ring is
 * back-pressure: the generator waits and its later sends are late, which the response time shows.
 *
 * <p>One reader thread per connection, in a blocking read (a spinning reader would take a core the engine and the
 * generator already spin on: the machine has two). Reports for one account's requests arrive in the order the
 * requests were sent, because one connection is read in order and the engine is one thread; reports that answer
 * no request of this connection (a maker's fill caused by the other account, a self-trade cancel) are counted and
 * skipped. The reader matches the head request: a new order by its id (its first report of any kind), a cancel by
 * its target's id with a CANCELLED(REQUESTED) or a REJECTED report.
 */
final class ExchangeLoadTarget implements LoadTarget {

    private static final int PENDING = 1 << 16;

    /** What the readers need to time a phase's requests; one per phase, published by a volatile write. */
    private record Phase(Schedule schedule, long firstIndex, LatencyRecorder[] recorders) {}

    private final Exchange exchange;
    private final DatagramChannel marketDataSink;
    private final SocketChannel[] connections = new SocketChannel[LoadMix.ACCOUNTS];
    private final SpscLongRing[] pendingIndex = new SpscLongRing[LoadMix.ACCOUNTS];
    private final SpscLongRing[] pendingSent = new SpscLongRing[LoadMix.ACCOUNTS];
    private final Reader[] readers = new Reader[LoadMix.ACCOUNTS];
    /** Frames not yet written, per connection; room for COALESCE_BYTES and one more frame. */
    private final ByteBuffer[] outgoing = new ByteBuffer[LoadMix.ACCOUNTS];
    private static final int COALESCE_BYTES = 16 * 1024;
    private double periodNanos; // the phase's, for the generator's thread
    private LatencyRecorder phaseTarget; // the phase's recorder, which endPhase fills; the generator's thread only
    private final String describe;
    /** Written by the generator's thread between phases, read by the readers after polling a request (see beginPhase). */
    private volatile Phase phase;
    private volatile boolean running = true;
    private long sent; // the generator's thread only

    ExchangeLoadTarget(Path journal, boolean fsync, int batch) {
        try {
            // Market data goes to a socket nobody reads: the kernel drops what overflows it, as a feed without a
            // subscriber would. The run measures the order path; week 05's tests check the feed.
            this.marketDataSink = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
            int mdPort = ((InetSocketAddress) marketDataSink.getLocalAddress()).getPort();
            // The rate limit is raised out of the way: at a million a second the two clients would be refused, and
            // the run would time the limiter's rejects instead of the order path. Rejects are counted and reported.
            ExchangeSettings settings = ExchangeSettings.defaults().with(0, mdPort, journal).withFsync(fsync)
                    .withRateLimit(100_000_000L, 10_000_000L).withBatch(batch)
                    // No snapshots during the run: taking one allocates its image (about 230 KB for these books) and
                    // holds the engine thread while it is written. A shortcut the capstone's README names.
                    .withSnapshotEvery(0);
            this.exchange = Exchange.start(ExchangeMain.defaultConfig(), settings);
            for (int a = 0; a < LoadMix.ACCOUNTS; a++) {
                SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", exchange.port()));
                c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                connections[a] = c;
                pendingIndex[a] = new SpscLongRing(PENDING);
                pendingSent[a] = new SpscLongRing(PENDING);
                readers[a] = new Reader(a);
                outgoing[a] = ByteBuffer.allocateDirect(COALESCE_BYTES + OrderWire.MAX_FRAME).order(ByteOrder.LITTLE_ENDIAN);
            }
            this.describe = String.format("the exchange over loopback TCP: 2 client connections -> gateway thread -> "
                    + "ring -> engine thread (journal, %s, batch %d; engine; outbox) -> execution reports on TCP",
                    fsync ? "msync per batch" : "page cache, no msync", batch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the exchange for the load run", e);
        }
        for (Reader r : readers) {
            r.thread.start();
        }
    }

    @Override
    public String describe() {
        return describe;
    }

    @Override
    public void beginPhase(Schedule schedule, LatencyRecorder recorder) {
        // Each reader records into its own recorder (a Histogram has one writer); the run merges them afterwards.
        LatencyRecorder[] perReader = new LatencyRecorder[LoadMix.ACCOUNTS];
        for (int a = 0; a < perReader.length; a++) {
            perReader[a] = new LatencyRecorder(recorder.highestNanos());
        }
        phase = new Phase(schedule, sent, perReader);
        periodNanos = schedule.periodNanos();
        phaseTarget = recorder;
    }

    /** The readers' histograms of the phase, added up into the recorder beginPhase was given. */
    @Override
    public void endPhase() {
        for (LatencyRecorder r : phase.recorders()) {
            phaseTarget.responseTime().add(r.responseTime());
            phaseTarget.serviceTime().add(r.serviceTime());
        }
    }

    // tag::send[]
    @Override
    public Sender sender() {
        return (sequence, intendedNanos, sentNanos) -> {
            long i = sent;
            int a = LoadMix.account(i);
            // First the pending entry, then the frame: a reader never sees an answer before its request.
            while (!pendingIndex[a].offer(i)) {
                Thread.onSpinWait(); // back-pressure: this connection has PENDING requests unanswered
            }
            while (!pendingSent[a].offer(sentNanos)) {
                Thread.onSpinWait();
            }
            ByteBuffer out = outgoing[a];
            if (LoadMix.isCancel(i)) {
                OrderWire.encodeCancel(out, out.position(), a, LoadMix.instrument(i), LoadMix.cancelTarget(i));
                out.position(out.position() + OrderWire.CANCEL_LENGTH);
            } else {
                OrderWire.encodeNewOrder(out, out.position(), a, LoadMix.instrument(i), LoadMix.orderId(i), LoadMix.side(i),
                        LoadMix.type(i), LoadMix.price(i), LoadMix.quantity(i));
                out.position(out.position() + OrderWire.NEW_ORDER_LENGTH);
            }
            sent = i + 1;
            // On time: write now, one frame per write, as a client sends orders as they arise. Behind schedule (the
            // next request is already due): keep the frame and write it with the ones due after it, as any client
            // that has several orders ready at once would, up to COALESCE_BYTES.
            boolean behind = sentNanos - intendedNanos > periodNanos;
            if (!behind) {
                flush();
            } else if (out.position() >= COALESCE_BYTES) {
                flush(a);
            }
        };
    }

    @Override
    public void flush() {
        for (int a = 0; a < outgoing.length; a++) {
            if (outgoing[a].position() > 0) {
                flush(a);
            }
        }
    }

    private void flush(int a) {
        ByteBuffer out = outgoing[a];
        out.flip();
        try {
            while (out.hasRemaining()) {
                connections[a].write(out); // blocking: a full socket buffer holds the generator, late sends show it
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the exchange closed the connection of account " + a, e);
        }
        out.clear();
    }
    // end::send[]

    @Override
    public long awaitAnswered(long count, long timeoutNanos) {
        long last = answered();
        long lastChange = System.nanoTime();
        while (last < count) {
            if (exchange.failure() != null) {
                throw new IllegalStateException("the exchange failed during the load run", exchange.failure());
            }
            Thread.onSpinWait();
            long now = answered();
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > timeoutNanos) {
                break;
            } else {
                Thread.yield();
            }
        }
        return last;
    }

    private long answered() {
        long n = 0;
        for (Reader r : readers) {
            n += r.answered();
        }
        return n;
    }

    @Override
    public Thread[] threads() {
        Thread[] exchangeThreads = exchange.threads();
        return new Thread[] {exchangeThreads[0], exchangeThreads[1], readers[0].thread, readers[1].thread};
    }

    @Override
    public AnswerCounts counts() {
        AnswerCounts all = new AnswerCounts();
        for (Reader r : readers) {
            all.add(r.counts);
        }
        return all;
    }

    @Override
    public void close() throws Exception {
        running = false;
        for (SocketChannel c : connections) {
            c.shutdownOutput(); // the exchange finishes what it has, then closes: the readers see the end of stream
        }
        exchange.close();
        for (Reader r : readers) {
            r.thread.join(10_000);
        }
        for (SocketChannel c : connections) {
            c.close();
        }
        marketDataSink.close();
    }

    /** One connection's reader: reports in, the head request matched, its latency recorded. */
    private final class Reader implements Runnable {
        private final int account;
        private final Thread thread;
        private final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        private final ExecutionReportCodec report = new ExecutionReportCodec();
        final AnswerCounts counts = new AnswerCounts();
        /** Requests answered: written by this reader only, read by the generator's thread while it waits. */
        private volatile long answered;
        private long head = -1;       // the index of the request waiting for its answer, -1: none polled
        private long headSent;

        Reader(int account) {
            this.account = account;
            this.thread = new Thread(this, "load-reader-" + account);
            this.thread.setDaemon(true);
        }

        long answered() {
            return answered;
        }

        // tag::match[]
        @Override
        public void run() {
            try {
                while (connections[account].read(in) >= 0) {
                    long done = System.nanoTime(); // one read, one time: every report in it arrived by now
                    in.flip();
                    while (in.remaining() >= Wire.EXECUTION_REPORT_LENGTH) {
                        report.wrap(in, in.position());
                        onReport(report.execType(), report.reason(), report.orderId(), done);
                        in.position(in.position() + Wire.EXECUTION_REPORT_LENGTH);
                    }
                    in.compact();
                }
            } catch (IOException e) {
                if (running) {
                    throw new UncheckedIOException("reading the reports of account " + account, e);
                }
            }
        }

        private void onReport(int execType, int reason, long orderId, long done) {
            counts.count(execType, reason);
            if (head < 0) {
                long i = pendingIndex[account].poll();
                if (i == SpscLongRing.EMPTY) {
                    return; // nothing of ours outstanding: a fill or self-trade cancel of a resting order
                }
                long s;
                while ((s = pendingSent[account].poll()) == SpscLongRing.EMPTY) {
                    Thread.onSpinWait(); // the generator offers the send time right after the index
                }
                head = i;
                headSent = s;
            }
            boolean answers = LoadMix.isCancel(head)
                    ? orderId == LoadMix.cancelTarget(head) && (execType == Wire.EXEC_REJECTED
                            || execType == Wire.EXEC_CANCELLED && reason == CancelCode.REQUESTED.code())
                    : orderId == LoadMix.orderId(head);
            if (!answers) {
                return; // a report about an older order of ours: its own answer came before
            }
            Phase p = phase; // ordered after the poll's acquire: the phase of this request, or a later one
            p.recorders()[account].record(p.schedule().intendedTime(head - p.firstIndex()), headSent, done);
            head = -1;
            answered = answered + 1; // volatile write after the histogram's: a reader that sees n sees its samples
        }
        // end::match[]
    }
}
