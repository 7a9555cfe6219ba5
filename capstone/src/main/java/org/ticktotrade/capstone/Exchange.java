package org.ticktotrade.capstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Optional;
import org.ticktotrade.week04.SpscRing;
import org.ticktotrade.week05.MarketDataPublisher;
import org.ticktotrade.week06.RecoveryReport;
import org.ticktotrade.week06.RecoveryScanner;
import org.ticktotrade.week06.SnapshotStore;
import org.ticktotrade.week06.WalWriter;

/**
 * The whole exchange in one process: recovery, then two threads joined by two week 04 rings.
 * <pre>
 *  clients --TCP--> gateway thread --work ring--> engine thread --TCP--> execution reports
 *                        ^                           |  journal (WAL), Engine, Outbox
 *                        +--------free ring----------+ --UDP--> market data
 * </pre>
 * Start-up restores the newest valid snapshot, if any ({@link ExchangeSnapshot}), and replays the journal after it
 * through a fresh {@link Engine} before any thread starts (so nothing else can see
 * a half-recovered book), with the outbox discarding: those reports were sent, or their commands never
 * acknowledged, before the crash. The same {@link OrderWire#apply} as the live path, with the same sequences as
 * times, gives the same books, positions and collars, and the writer continues at the next sequence.
 */
public final class Exchange implements AutoCloseable {

    private final ExchangeGateway gateway;
    private final EngineLoop loop;
    private final Engine engine;
    private final WalWriter journal;
    private final MarketDataPublisher marketData;
    private final RecoveryReport recovered;
    private final Thread gatewayThread;
    private final Thread engineThread;
    private volatile Throwable failure;
    private long snapshotSequence; // start-up's: set before the threads start
    private long replayed;

    private Exchange(ExchangeConfig config, ExchangeSettings settings) {
        final Sessions sessions = new Sessions(config.accounts().size());
        this.marketData = MarketDataPublisher.open(new InetSocketAddress(settings.marketDataHost(), settings.marketDataPort()));
        final Outbox outbox = new Outbox(sessions, marketData, 4 * settings.batch());
        this.engine = new Engine(config, outbox);
        final SnapshotStore snapshots = new SnapshotStore(settings.journal().resolve("snapshots"));
        this.recovered = replay(settings, engine, outbox, snapshots, config);
        this.journal = WalWriter.open(settings.journal(), settings.forcePolicy(), settings.segmentBytes());
        // tag::wiring[]
        final SpscRing<Command> work = new SpscRing<>(settings.ringCapacity());
        final SpscRing<Command> free = new SpscRing<>(settings.ringCapacity());
        for (int i = 0; i < settings.ringCapacity(); i++) {
            free.offer(new Command());
        }
        this.gateway = new ExchangeGateway(settings, config.accounts().size(), work, free, sessions);
        this.loop = new EngineLoop(work, free, journal, engine, outbox, settings.fsync(), settings.batch(), snapshots,
                config, settings.snapshotEvery());
        this.gatewayThread = new Thread(() -> failStop(gateway), "capstone-gateway");
        this.engineThread = new Thread(() -> failStop(loop), "capstone-engine");
        // end::wiring[]
    }

    /** Recovers from the journal in {@code settings.journal()}, then starts the engine and the gateway threads. */
    public static Exchange start(ExchangeConfig config, ExchangeSettings settings) {
        Exchange exchange = new Exchange(config, settings);
        // Thread.start is a happens-before edge: each thread sees the recovered engine and everything built above.
        exchange.engineThread.start();
        exchange.gatewayThread.start();
        return exchange;
    }

    // tag::fail-stop[]
    /**
     * Fail-stop: if either thread dies, the other is stopped too, so a dead engine never leaves a gateway taking
     * orders it will not answer, and every session is closed (clients see the connection go). What was
     * journalled is recovered at the next start.
     */
    private void failStop(Runnable thread) {
        try {
            thread.run();
        } catch (Throwable t) {
            failure = t;
            System.getLogger(Exchange.class.getName()).log(System.Logger.Level.ERROR,
                    Thread.currentThread().getName() + " failed; stopping the exchange", t);
            gateway.stop();
            loop.stop();
            if (Thread.currentThread() != gatewayThread) {
                join(gatewayThread); // the gateway's sessions are its thread's until it has ended
            }
            gateway.closeSessions();
        }
    }
    // end::fail-stop[]

    /** Why a thread died, or null while both run. */
    public Throwable failure() {
        return failure;
    }

    // tag::replay[]
    private RecoveryReport replay(ExchangeSettings settings, Engine engine, Outbox outbox, SnapshotStore snapshots,
                                  ExchangeConfig config) {
        try {
            Files.createDirectories(settings.journal()); // a first start finds no journal: nothing to replay
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal directory " + settings.journal(), e);
        }
        outbox.discarding(true);
        try {
            // The newest snapshot that reads back whole, if any; then only the journal after it.
            final Optional<SnapshotStore.Snapshot> snapshot = snapshots.newestValid();
            snapshot.ifPresent(s -> ExchangeSnapshot.restore(s.state(), engine, config));
            final long from = snapshot.map(SnapshotStore.Snapshot::lastSequence).orElse(0L);
            snapshotSequence = from;
            return RecoveryScanner.scan(settings.journal(), (sequence, segment, at, length) -> {
                if (sequence > from) {
                    OrderWire.apply(segment, at, sequence, engine);
                    replayed++;
                }
            });
        } finally {
            outbox.discarding(false);
        }
    }
    // end::replay[]

    public int port() {
        return gateway.port();
    }

    /** What start-up found in the journal: how many commands were replayed, and the next sequence. */
    public RecoveryReport recovered() {
        return recovered;
    }

    /** The last sequence the snapshot start-up restored covers (0: none). */
    public long snapshotSequence() {
        return snapshotSequence;
    }

    /** Journal records start-up replayed after the snapshot. */
    public long replayedCommands() {
        return replayed;
    }

    /** The sequence the next journalled command gets; read it after {@link #close}. */
    public long nextSequence() {
        return journal.nextSequence();
    }

    /** The engine thread's engine: read it only after {@link #close}, whose join makes its state visible. */
    public Engine engine() {
        return engine;
    }

    /** The gateway's thread and the engine's, in that order: a load run watches what they allocate. */
    public Thread[] threads() {
        return new Thread[] {gatewayThread, engineThread};
    }

    public long backPressureWaits() {
        return gateway.backPressureWaits();
    }

    /** Commands journalled and applied since start (not counting replay); read it after {@link #close}. */
    public long commandsApplied() {
        return loop.commands();
    }

    /**
     * Stops reading, lets the engine finish every command already accepted (journalled, applied, durable, reported),
     * then closes the sessions (a client reads every report before its end of stream), the journal and the
     * market-data socket.
     */
    @Override
    public void close() {
        gateway.stop();
        join(gatewayThread);
        loop.stop();
        join(engineThread);
        try {
            gateway.close();
            marketData.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            journal.close();
        }
        if (failure != null) {
            throw new IllegalStateException("the exchange stopped on a failure: " + failure, failure);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + thread.getName(), e);
        }
    }
}
