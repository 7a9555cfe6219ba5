package org.ticktotrade.week05;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week04.SpscRing;
import org.ticktotrade.week04.WaitStrategy;

/**
 * The gateway thread: a non-blocking NIO server that accepts clients, cuts each one's stream into frames
 * ({@link FrameDecoder}), validates every frame ({@link FrameValidator}) and passes it on to the engine through
 * week 04's ring: a valid one as a command for the book, a refused one as a reject for the engine to report.
 * One thread serves every connection: a selector tells it which sockets have bytes, and no read ever blocks.
 *
 * <p>What closes a connection, each with one log line: a length prefix outside the limits (the stream cannot be
 * cut any more), the client closing in the middle of a frame (the partial frame is dropped and said so), a read
 * error, and a connection beyond {@code maxConnections}. Nothing a client sends can reach the book unvalidated or
 * stop the gateway serving the others.
 *
 * <p>Back-pressure: the commands in flight are a fixed pool. When the engine falls behind and the pool is empty the
 * gateway waits for one to come back, reading nothing meanwhile; TCP's own flow control then slows the clients.
 * A frame is delayed, never dropped.
 */
public final class TcpGateway implements Runnable, FrameHandler, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TcpGateway.class.getName());

    private final GatewayConfig config;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final SpscRing<InboundCommand> work;
    private final SpscRing<InboundCommand> free;
    private final WaitStrategy backPressure;
    private final FrameValidator validator = new FrameValidator();
    private final NewOrderCodec newOrder = new NewOrderCodec();
    private final CancelOrderCodec cancelOrder = new CancelOrderCodec();
    private volatile boolean running = true;
    private int connections;
    // Single writer (the gateway thread), read by others: volatile for visibility; += is safe with one writer.
    private volatile long framesReceived;
    private volatile long framesRejected;
    private volatile long connectionsAccepted;
    private volatile long connectionsClosed;
    private volatile long framingErrors;
    private volatile long cutFrames;
    private volatile long connectionsRefused;
    private volatile long backPressureWaits;

    public TcpGateway(GatewayConfig config, SpscRing<InboundCommand> work, SpscRing<InboundCommand> free,
                      WaitStrategy backPressure) {
        this.config = config;
        this.work = work;
        this.free = free;
        this.backPressure = backPressure;
        try {
            this.selector = Selector.open();
            this.server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(config.tcpHost(), config.tcpPort()), 128);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.tcpHost() + ":" + config.tcpPort(), e);
        }
    }

    /** The port the gateway listens on (the configured one, or the one the system picked for port 0). */
    public int port() {
        return server.socket().getLocalPort();
    }

    @Override
    public void run() {
        try {
            while (running) {
                selector.select(50); // wakes at least every 50 ms to notice a stop
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway's selector failed", e);
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key);
            }
        }
    }

    // tag::accept[]
    private void accept() throws IOException {
        SocketChannel client = server.accept();
        if (client == null) {
            return;
        }
        if (connections >= config.maxConnections()) {
            connectionsRefused++;
            LOG.log(Level.WARNING, "refusing {0}: already {1} connections (maxConnections)",
                    client.getRemoteAddress(), connections);
            client.close();
            return;
        }
        client.configureBlocking(false);
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
        client.register(selector, SelectionKey.OP_READ, new FrameDecoder(config.readBufferBytes(), config.maxFrameLength()));
        connections++;
        connectionsAccepted++;
    }
    // end::accept[]

    // tag::read[]
    private void read(SelectionKey key) {
        final SocketChannel channel = (SocketChannel) key.channel();
        final FrameDecoder decoder = (FrameDecoder) key.attachment();
        final int n;
        try {
            n = channel.read(decoder.buffer());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing {0}: read failed: {1}", remote(channel), e.getMessage());
            close(key);
            return;
        }
        if (n < 0) { // the client closed its side
            if (decoder.pendingBytes() > 0) {
                cutFrames++;
                LOG.log(Level.WARNING, "closing {0}: it closed {1} bytes into a frame; the partial frame is dropped",
                        remote(channel), decoder.pendingBytes());
            }
            close(key);
            return;
        }
        if (decoder.drain(this) == FrameDecoder.FRAMING_ERROR) {
            framingErrors++;
            LOG.log(Level.WARNING, "closing {0}: length prefix {1} is outside {2} to {3}; the stream cannot be framed",
                    remote(channel), decoder.badLength(), Wire.HEADER_LENGTH, config.maxFrameLength());
            close(key);
        }
    }
    // end::read[]

    // tag::reject-path[]
    @Override
    public boolean onFrame(ByteBuffer buffer, int at, int length) {
        final InboundCommand command = claim();
        if (command == null) {
            return false; // stopping: leave the frame unread
        }
        framesReceived++;
        final RejectCode reason = validator.validate(buffer, at, length);
        if (reason != null) {
            framesRejected++;
            command.reject(validator.orderIdOf(buffer, at, length), reason);
        } else if (MessageHeader.type(buffer, at) == Wire.TYPE_NEW_ORDER) {
            final NewOrderCodec order = newOrder.wrap(buffer, at);
            command.newOrder(order.timeInForce() == Wire.TIF_IOC, order.orderId(), order.traderId(),
                    Side.ofOrdinal(order.side()), order.price(), order.quantity());
        } else {
            command.cancel(cancelOrder.wrap(buffer, at).orderId());
        }
        work.offer(command); // never full: it has room for the whole pool, and this command came from the pool
        return true;
    }
    // end::reject-path[]

    // tag::back-pressure[]
    /** An empty command from the pool, waiting while the engine holds all of them; null once stopping. */
    private InboundCommand claim() {
        InboundCommand command = free.poll();
        if (command != null) {
            return command;
        }
        backPressureWaits++;
        int idleCount = 0;
        while (running) {
            command = free.poll();
            if (command != null) {
                return command;
            }
            idleCount = backPressure.idle(idleCount);
        }
        return null;
    }
    // end::back-pressure[]

    private void close(SelectionKey key) {
        closeQuietly(key);
        connections--;
        connectionsClosed++;
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "close failed: {0}", e.getMessage());
        }
    }

    private static Object remote(SocketChannel channel) {
        try {
            return channel.getRemoteAddress();
        } catch (IOException e) {
            return "a client";
        }
    }

    /** Asks the thread to stop; it closes every connection on its way out. */
    public void stop() {
        running = false;
        selector.wakeup();
    }

    @Override
    public void close() throws IOException {
        stop();
        server.close();
        selector.close();
    }

    /** Frames cut out whole, valid or not. */
    public long framesReceived() {
        return framesReceived;
    }

    /** Frames the validator refused: each one a REJECTED report, none of them seen by the book. */
    public long framesRejected() {
        return framesRejected;
    }

    public long connectionsAccepted() {
        return connectionsAccepted;
    }

    public long connectionsClosed() {
        return connectionsClosed;
    }

    /** Connections closed for an impossible length prefix. */
    public long framingErrors() {
        return framingErrors;
    }

    /** Connections whose client closed in the middle of a frame. */
    public long cutFrames() {
        return cutFrames;
    }

    public long connectionsRefused() {
        return connectionsRefused;
    }

    /** Times the gateway found the pool empty and had to wait for the engine. */
    public long backPressureWaits() {
        return backPressureWaits;
    }
}
