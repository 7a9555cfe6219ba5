package org.ticktotrade.capstone;

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
import java.util.function.Consumer;
import org.ticktotrade.week04.SpscRing;
import org.ticktotrade.week05.FrameDecoder;
import org.ticktotrade.week05.FrameHandler;
import org.ticktotrade.week05.RejectCode;

/**
 * The gateway thread: week 05's NIO server (one selector, non-blocking reads, {@link FrameDecoder} framing) with
 * the capstone's checks in front of the engine, in this order: the frame ({@link OrderWire#validate}), the account
 * (it exists, and this connection speaks for it: the first account a connection sends for is bound to it in
 * {@link Sessions}), then the account's {@link RateLimiter} token. Anything refused becomes a reject command that
 * the engine thread reports back without journalling: a refused message is never a command, so replay never
 * needs the limiter's clock.
 *
 * <p><b>Back-pressure.</b> Commands come from a fixed pool ({@link Command}). When the engine holds all of them,
 * {@link #claim} waits, and while it waits this thread reads no socket: the client's bytes stay in the kernel's
 * buffers, TCP's window closes, and the client's sends block. An accepted frame is delayed, never dropped.
 */
final class ExchangeGateway implements Runnable, FrameHandler, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ExchangeGateway.class.getName());

    /** One connection: its framing state and the account it speaks for (-1 until its first good frame). */
    private static final class Session {
        final SocketChannel channel;
        final FrameDecoder decoder;
        int account = -1;

        Session(SocketChannel channel, FrameDecoder decoder) {
            this.channel = channel;
            this.decoder = decoder;
        }
    }

    private final ServerSocketChannel server;
    private final Selector selector;
    private final SpscRing<Command> work;
    private final SpscRing<Command> free;
    private final Sessions sessions;
    private final RateLimiter limiter;
    private final int accounts;
    private final int maxConnections;
    private int connections;
    private Session current; // the session whose frames drain() is handing over
    private volatile boolean running = true;
    // Single writer (this thread), read by tests: volatile for visibility.
    private volatile long backPressureWaits;
    private volatile long rejected;

    ExchangeGateway(ExchangeSettings settings, int accounts, SpscRing<Command> work, SpscRing<Command> free,
                    Sessions sessions) {
        this.work = work;
        this.free = free;
        this.sessions = sessions;
        this.accounts = accounts;
        this.maxConnections = settings.maxConnections();
        this.limiter = new RateLimiter(accounts, settings.ratePerSecond(), settings.burst(), System.nanoTime());
        try {
            this.selector = Selector.open();
            this.server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(settings.tcpHost(), settings.tcpPort()), 128);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.tcpHost() + ":" + settings.tcpPort(), e);
        }
    }

    int port() {
        return server.socket().getLocalPort();
    }

    /** What a ready key does; a field, so that handing it to select allocates nothing. */
    private final Consumer<SelectionKey> onReady = this::onReady;
    /** An I/O failure inside the action (which cannot throw it), rethrown by the loop. */
    private IOException readFailure;

    private void onReady(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        try {
            if (key.isAcceptable()) {
                accept();
            } else if (key.isReadable()) {
                read(key);
            }
        } catch (IOException e) {
            readFailure = e;
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                // select(action, timeout) hands each ready key to the action without filling the selected-key
                // set: iterating that set allocates an iterator and a node per key per wake-up, the only
                // garbage this thread made per order. Wakes at least every 50 ms to notice a stop.
                selector.select(onReady, 50);
                if (readFailure != null) {
                    throw readFailure;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway's selector failed", e);
        }
        // The sessions stay open after the loop: the engine may still be answering commands already accepted.
        // closeSessions() closes them once it has (Exchange.close), or at once on a failure (Exchange.failStop).
    }

    /**
     * Closes every client connection. Only once this thread's loop has ended (the selector's key set is this
     * thread's): the caller joins the thread first, which also makes the keys visible to it.
     */
    void closeSessions() {
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Session s && s.channel.isOpen()) {
                close(key, s);
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel client = server.accept();
        if (client == null) {
            return;
        }
        if (connections >= maxConnections) {
            LOG.log(Level.WARNING, "refusing {0}: already {1} connections (maxConnections)", client.getRemoteAddress(), connections);
            client.close();
            return;
        }
        client.configureBlocking(false);
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
        client.register(selector, SelectionKey.OP_READ, new Session(client, new FrameDecoder(16 * 1024, OrderWire.MAX_FRAME)));
        connections++;
    }

    private void read(SelectionKey key) {
        final Session session = (Session) key.attachment();
        final int n;
        try {
            n = session.channel.read(session.decoder.buffer());
        } catch (IOException e) {
            LOG.log(Level.INFO, "closing a session: read failed: {0}", e.getMessage());
            close(key, session);
            return;
        }
        if (n < 0) {
            close(key, session); // the client closed; a partial frame is dropped with the connection
            return;
        }
        current = session;
        if (session.decoder.drain(this) == FrameDecoder.FRAMING_ERROR) {
            LOG.log(Level.WARNING, "closing a session: length prefix {0} cannot be framed", session.decoder.badLength());
            close(key, session);
        }
    }

    // tag::gateway-checks[]
    @Override
    public boolean onFrame(ByteBuffer buffer, int at, int length) {
        final Command command = claim(); // may wait: this is where back-pressure stops the reading
        if (command == null) {
            return false; // stopping
        }
        final Session session = current;
        final RejectCode bad = OrderWire.validate(buffer, at, length);
        int refused = 0;
        if (bad != null) {
            refused = bad.code();
        } else {
            final long account = OrderWire.account(buffer, at);
            if (account < 0 || account >= accounts || !bind(session, (int) account)) {
                refused = Reject.UNKNOWN_ACCOUNT.code(); // no such account, or another connection speaks for it
            } else if (!limiter.tryAcquire((int) account, System.nanoTime())) {
                refused = Reject.RATE_LIMITED.code();
            }
        }
        if (refused != 0) {
            rejected++;
            command.reject(session.channel, OrderWire.orderId(buffer, at, length), refused);
        } else {
            command.order(buffer, at, length);
        }
        work.offer(command); // never full: the ring holds the whole pool, and this command came from it
        return true;
    }
    // end::gateway-checks[]

    private boolean bind(Session session, int account) {
        if (session.account == -1) {
            if (!sessions.bind(account, session.channel)) {
                return false;
            }
            session.account = account;
        }
        return session.account == account;
    }

    // tag::back-pressure[]
    /** An empty command from the pool; while the engine holds all of them, spin (reading nothing). Null once stopping. */
    private Command claim() {
        Command command = free.poll();
        if (command != null) {
            return command;
        }
        backPressureWaits++;
        while (running) {
            command = free.poll();
            if (command != null) {
                return command;
            }
            Thread.onSpinWait();
        }
        return null;
    }
    // end::back-pressure[]

    private void close(SelectionKey key, Session session) {
        if (session.account >= 0) {
            sessions.unbind(session.account, session.channel);
        }
        key.cancel();
        try {
            session.channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "close failed: {0}", e.getMessage());
        }
        connections--;
    }

    long backPressureWaits() {
        return backPressureWaits;
    }

    long rejected() {
        return rejected;
    }

    /** Asks the loop to end (within 50 ms: the selector's timeout) and stops a back-pressure wait. */
    void stop() {
        running = false;
        selector.wakeup();
    }

    /** Closes the sessions and the listening socket; call after this thread has ended. */
    @Override
    public void close() throws IOException {
        stop();
        closeSessions();
        server.close();
        selector.close();
    }
}
