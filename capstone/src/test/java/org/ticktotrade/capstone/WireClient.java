package org.ticktotrade.capstone;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.ExecutionReportCodec;
import org.ticktotrade.week05.Wire;

/**
 * A test's client of the exchange: a blocking socket for sending frames, and a thread that reads every report
 * that comes back, until the exchange closes the connection. A report is kept as its wire fields (see {@link WireReport}).
 */
final class WireClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final List<WireReport> reports = new ArrayList<>();
    private final Thread reader;
    private final ByteBuffer frame = ByteBuffer.allocate(OrderWire.MAX_FRAME).order(ByteOrder.LITTLE_ENDIAN);

    /** Why the exchange stopped, when it did: attached to a failed wait, so the message names the real cause. */
    private final java.util.function.Supplier<Throwable> exchangeFailure;

    WireClient(int port) throws IOException {
        this(port, () -> null);
    }

    /** A client of an exchange in this JVM: a wait that fails carries the exchange's own failure. */
    WireClient(Exchange exchange) throws IOException {
        this(exchange.port(), exchange::failure);
    }

    WireClient(int port, java.util.function.Supplier<Throwable> exchangeFailure) throws IOException {
        this.exchangeFailure = exchangeFailure;
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        reader = new Thread(this::readAll, "wire-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    void newOrder(long account, int instrument, long orderId, Side side, OrderType type, long price, long quantity)
            throws IOException {
        OrderWire.encodeNewOrder(frame, 0, account, instrument, orderId, side, type, price, quantity);
        write(frame.array(), OrderWire.NEW_ORDER_LENGTH);
    }

    void cancel(long account, int instrument, long orderId) throws IOException {
        OrderWire.encodeCancel(frame, 0, account, instrument, orderId);
        write(frame.array(), OrderWire.CANCEL_LENGTH);
    }

    void raw(byte[] bytes) throws IOException {
        write(bytes, bytes.length);
    }

    /** A send that fails because the exchange died carries the exchange's own failure (suppressed). */
    private void write(byte[] bytes, int length) throws IOException {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            Throwable cause = exchangeFailure.get();
            if (cause != null) {
                e.addSuppressed(cause);
            }
            throw e;
        }
    }

    private void readAll() {
        final byte[] bytes = new byte[Wire.EXECUTION_REPORT_LENGTH];
        final ByteBuffer view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final ExecutionReportCodec codec = new ExecutionReportCodec().wrap(view, 0);
        try (DataInputStream in = new DataInputStream(socket.getInputStream())) {
            while (true) {
                in.readFully(bytes);
                WireReport r = WireReport.of(codec);
                synchronized (reports) {
                    reports.add(r);
                }
            }
        } catch (EOFException | java.net.SocketException e) {
            // the exchange (or this test) closed the connection
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<WireReport> reports() {
        synchronized (reports) {
            return List.copyOf(reports);
        }
    }

    /** Whether the exchange still holds the connection open (the reader has not seen it close). */
    boolean open() {
        return reader.isAlive();
    }

    /** Waits until a report matches, up to {@code seconds}. */
    void awaitReport(String what, int seconds, java.util.function.Predicate<WireReport> match) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (reports().stream().noneMatch(match)) {
            if (!reader.isAlive() && reports().stream().noneMatch(match)) {
                throw withCause(new AssertionError("the exchange closed the connection before " + what + "; got " + reports()));
            }
            if (System.nanoTime() > deadline) {
                throw withCause(new AssertionError("timed out after " + seconds + " s waiting for " + what + "; got " + reports().size() + " reports"));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    AssertionError withCause(AssertionError e) {
        Throwable cause = exchangeFailure.get();
        if (cause != null) {
            e.addSuppressed(cause);
        }
        return e;
    }

    /** Waits for the exchange to close the connection, so that every report it sent has been read. */
    void awaitClosed(int seconds) throws InterruptedException {
        reader.join(seconds * 1000L);
        if (reader.isAlive()) {
            throw new AssertionError("the connection was still open after " + seconds + " s");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
