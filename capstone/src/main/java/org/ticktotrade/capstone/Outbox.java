package org.ticktotrade.capstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.PortUnreachableException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.ExecutionReportCodec;
import org.ticktotrade.week05.MarketDataPublisher;
import org.ticktotrade.week05.Wire;

/**
 * Holds every report of the commands applied but not yet durable, and sends them once they are: execution reports
 * on the accounts' TCP sessions, and the public part (trades, rests, requested cancels) as week 05's sequenced
 * UDP market data. The engine thread owns it.
 *
 * <p><b>Durable before acknowledged.</b> The engine journals a command, applies it, and its reports land here,
 * not on the network. Only after the journal says the batch is durable does the engine call {@link #release}.
 * So a client can never see a fill that a crash then takes back, and market data never shows a trade the
 * recovered exchange did not make.
 *
 * <p>Entries are kept as primitives in parallel arrays, allocated at start; a batch larger than the arrays
 * doubles them (rare, and never in a steady state the arrays were sized for).
 */
final class Outbox implements ExecutionReports {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
    private static final long STALLED_CLIENT_NANOS = 2_000_000_000L;

    private final Sessions sessions;
    private final MarketDataPublisher marketData;
    private final ExecutionReportCodec codec = new ExecutionReportCodec();
    private final ByteBuffer send = ByteBuffer.allocateDirect(64 * Wire.EXECUTION_REPORT_LENGTH).order(ByteOrder.LITTLE_ENDIAN);

    private int size;
    private SocketChannel[] target;
    private byte[] execType;
    private byte[] side;
    private byte[] reason;
    private boolean[] maker;
    private long[] orderId;
    private long[] counter;
    private long[] price;
    private long[] quantity;
    private long[] leaves;
    /** While recovery replays the journal: what was reported before the crash is not reported again. */
    private boolean discarding;
    private volatile long marketDataUnreachable; // engine thread writes, anyone reads

    Outbox(Sessions sessions, MarketDataPublisher marketData, int initialCapacity) {
        this.sessions = sessions;
        this.marketData = marketData;
        grow(initialCapacity);
    }

    void discarding(boolean on) {
        discarding = on;
    }

    int pending() {
        return size;
    }

    /** A reject the gateway decided on: goes back to the session it came from. */
    void reject(SocketChannel session, long order, int code) {
        add(session, Wire.EXEC_REJECTED, 0, code, false, order, 0, 0, 0, 0);
    }

    @Override
    public void onRejected(long account, int instrument, long order, Reject why) {
        add(sessions.of(account), Wire.EXEC_REJECTED, 0, why.code(), false, order, 0, 0, 0, 0);
    }

    @Override
    public void onRested(long account, int instrument, long order, Side s, long px, long qty) {
        add(sessions.of(account), Wire.EXEC_RESTED, s.ordinal(), 0, false, order, 0, px, qty, qty);
    }

    @Override
    public void onFill(long account, int instrument, long order, long counterOrder, Side s, long px, long qty,
                       long leavesQuantity, boolean isMaker) {
        add(sessions.of(account), Wire.EXEC_TRADE, s.ordinal(), 0, isMaker, order, counterOrder, px, qty, leavesQuantity);
    }

    @Override
    public void onCancelled(long account, int instrument, long order, long qty, CancelCode why) {
        add(sessions.of(account), Wire.EXEC_CANCELLED, 0, why.code(), false, order, 0, 0, qty, 0);
    }

    // tag::hold[]
    private void add(SocketChannel to, int type, int s, int why, boolean isMaker, long order, long counterOrder,
                     long px, long qty, long left) {
        if (discarding) {
            return;
        }
        if (size == orderId.length) {
            grow(size * 2);
        }
        target[size] = to;
        execType[size] = (byte) type;
        side[size] = (byte) s;
        reason[size] = (byte) why;
        maker[size] = isMaker;
        orderId[size] = order;
        counter[size] = counterOrder;
        price[size] = px;
        quantity[size] = qty;
        leaves[size] = left;
        size++;
    }
    // end::hold[]

    // tag::release[]
    /**
     * Sends everything held, in the order the engine produced it: call only once the journal has made durable
     * every command these reports came from. Consecutive reports to one session go out in one write.
     */
    void release() {
        SocketChannel open = null;
        for (int i = 0; i < size; i++) {
            if (target[i] != open || send.remaining() < Wire.EXECUTION_REPORT_LENGTH) {
                writeAll(open);
                open = target[i];
            }
            if (open != null) {
                codec.wrap(send, send.position()).encode(execType[i], side[i], reason[i], orderId[i], counter[i],
                        price[i], quantity[i], leaves[i]);
                send.position(send.position() + Wire.EXECUTION_REPORT_LENGTH);
            }
            try {
                publish(i);
            } catch (UncheckedIOException e) {
                retriedAfterUnreachable(e);
                publish(i); // the send that failed never left: the same packet, the same sequence, once more
            }
            target[i] = null; // no stale reference to a closed channel
        }
        writeAll(open);
        try {
            marketData.flush();
        } catch (UncheckedIOException e) {
            retriedAfterUnreachable(e);
            marketData.flush();
        }
        size = 0;
    }
    // end::release[]

    /**
     * Market data is sent on a connected UDP socket, and Linux reports an ICMP "port unreachable" for an earlier
     * datagram (nobody listens at the destination yet) as an error on the next send, which then did not go out.
     * A feed nobody listens to must not stop the exchange: count it, and let the caller send again. Anything
     * else is a real failure and stops the engine.
     */
    private void retriedAfterUnreachable(UncheckedIOException e) {
        if (!(e.getCause() instanceof PortUnreachableException)) {
            throw e;
        }
        marketDataUnreachable++;
    }

    /** Times market data found nobody listening (see {@link #retriedAfterUnreachable}). */
    long marketDataUnreachable() {
        return marketDataUnreachable;
    }

    /** The public events: one trade (from the taker's report, whose maker report follows it), rests, cancels of resting orders. */
    private void publish(int i) {
        switch (execType[i]) {
            case Wire.EXEC_TRADE -> {
                if (!maker[i]) {
                    marketData.onTrade(orderId[i], counter[i], Side.ofOrdinal(side[i]), price[i], quantity[i], leaves[i],
                            leaves[i + 1]);
                }
            }
            case Wire.EXEC_RESTED -> marketData.onRested(orderId[i], Side.ofOrdinal(side[i]), price[i], quantity[i]);
            case Wire.EXEC_CANCELLED -> {
                if (reason[i] == CancelCode.REQUESTED.code()) {
                    marketData.onCancelled(orderId[i], quantity[i], CancelReason.REQUESTED);
                }
            }
            default -> { } // rejects are private to the sender
        }
    }

    /**
     * Writes the send buffer to a non-blocking channel, spinning while the client's socket buffer is full. A
     * client that reads nothing for two seconds is disconnected: one slow reader must not stall the exchange.
     */
    private void writeAll(SocketChannel channel) {
        send.flip();
        try {
            if (channel != null && send.hasRemaining()) {
                long deadline = 0;
                while (send.hasRemaining()) {
                    if (channel.write(send) == 0) {
                        final long now = System.nanoTime();
                        if (deadline == 0) {
                            deadline = now + STALLED_CLIENT_NANOS;
                        } else if (now - deadline > 0) {
                            LOG.log(Level.WARNING, "closing a session that read nothing for 2 s");
                            channel.close();
                            break;
                        }
                        Thread.onSpinWait();
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "a report could not be sent (the client went away): {0}", e.getMessage());
        } finally {
            send.clear();
        }
    }

    private void grow(int capacity) {
        target = target == null ? new SocketChannel[capacity] : Arrays.copyOf(target, capacity);
        execType = execType == null ? new byte[capacity] : Arrays.copyOf(execType, capacity);
        side = side == null ? new byte[capacity] : Arrays.copyOf(side, capacity);
        reason = reason == null ? new byte[capacity] : Arrays.copyOf(reason, capacity);
        maker = maker == null ? new boolean[capacity] : Arrays.copyOf(maker, capacity);
        orderId = orderId == null ? new long[capacity] : Arrays.copyOf(orderId, capacity);
        counter = counter == null ? new long[capacity] : Arrays.copyOf(counter, capacity);
        price = price == null ? new long[capacity] : Arrays.copyOf(price, capacity);
        quantity = quantity == null ? new long[capacity] : Arrays.copyOf(quantity, capacity);
        leaves = leaves == null ? new long[capacity] : Arrays.copyOf(leaves, capacity);
    }
}
