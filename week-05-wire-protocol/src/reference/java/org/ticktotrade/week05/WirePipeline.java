package org.ticktotrade.week05;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import org.ticktotrade.week03.LadderOrderBook;
import org.ticktotrade.week04.ParkingWaitStrategy;
import org.ticktotrade.week04.SpscRing;

/**
 * The week's whole path on one machine: TCP gateway thread -> week 04 ring -> engine thread running week 03's
 * book -> UDP execution reports. {@link #start} opens everything from a checked {@link GatewayConfig} and starts
 * both threads; {@link #close} stops the gateway, lets the engine apply whatever is still queued, and joins both,
 * after which {@link #book()} may be read from the closing thread.
 *
 * <p>Both threads park when idle (spin, yield, then park 50 us: week 04's {@link ParkingWaitStrategy}), because
 * this runs on shared 2-core machines next to a client and a subscriber; a production engine would pin its
 * thread to a core and spin.
 */
public final class WirePipeline implements AutoCloseable {

    private final TcpGateway gateway;
    private final MatchingEngine engine;
    private final MarketDataPublisher publisher;
    private final LadderOrderBook book;
    private final Thread gatewayThread;
    private final Thread engineThread;
    private volatile Throwable failure;

    private WirePipeline(GatewayConfig config) {
        // tag::pool[]
        SpscRing<InboundCommand> work = new SpscRing<>(config.ringSize());
        SpscRing<InboundCommand> free = new SpscRing<>(config.ringSize());
        for (int i = 0; i < config.ringSize(); i++) {
            free.offer(new InboundCommand()); // the whole pool, once; Thread.start publishes it to both threads
        }
        // end::pool[]
        this.publisher = MarketDataPublisher.open(new InetSocketAddress(config.marketDataHost(), config.marketDataPort()));
        this.book = new LadderOrderBook(config.bookCapacity(), config.lowestPrice(), config.priceTicks(), publisher);
        this.engine = new MatchingEngine(work, free, book, publisher, new ParkingWaitStrategy(50_000));
        this.gateway = new TcpGateway(config, work, free, new ParkingWaitStrategy(50_000));
        this.engineThread = thread(engine, "engine");
        this.gatewayThread = thread(gateway, "gateway");
    }

    private Thread thread(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setUncaughtExceptionHandler((th, e) -> failure = e);
        return t;
    }

    /** Checks the configuration, opens the sockets and starts the engine and gateway threads. */
    public static WirePipeline start(GatewayConfig config) {
        WirePipeline pipeline = new WirePipeline(config.validated(null));
        pipeline.engineThread.start();
        pipeline.gatewayThread.start();
        return pipeline;
    }

    public int tcpPort() {
        return gateway.port();
    }

    public TcpGateway gateway() {
        return gateway;
    }

    public MatchingEngine engine() {
        return engine;
    }

    public MarketDataPublisher publisher() {
        return publisher;
    }

    /** What killed a thread, or null while both are healthy. */
    public Throwable failure() {
        return failure;
    }

    public boolean engineAlive() {
        return engineThread.isAlive();
    }

    /** The engine's book: only after {@link #close()}, when the engine thread has ended (join orders its writes). */
    public LadderOrderBook book() {
        if (engineThread.isAlive()) {
            throw new IllegalStateException("the book belongs to the engine thread until close() has joined it");
        }
        return book;
    }

    @Override
    public void close() {
        try {
            gateway.stop();
            gatewayThread.join();
            engine.stop();
            engineThread.join();
            gateway.close();
            publisher.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the pipeline", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
