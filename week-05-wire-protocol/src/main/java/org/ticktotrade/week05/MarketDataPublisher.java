package org.ticktotrade.week05;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import org.ticktotrade.week02.BookEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The engine's way out: every book event becomes an ExecutionReport, encoded straight into the UDP packet being
 * filled; a packet goes out when it is full or when the engine runs out of work ({@link #flush}), numbered
 * 1, 2, 3, ... so a subscriber can tell a lost packet from a quiet market.
 *
 * <p><b>Multicast or unicast.</b> An exchange publishes market data by multicast: one send, any number of
 * subscribers. Where the destination is a multicast group the publisher sends to it on the loopback interface
 * (time-to-live 0: it never leaves the machine). Many containers and CI sandboxes give the loopback interface no
 * MULTICAST flag and no multicast route, and a send to a group then fails or goes nowhere, so the course's
 * tests and defaults send unicast to 127.0.0.1: the same datagrams, the same sequence numbers, one subscriber.
 *
 * <p>Single-threaded: the engine thread owns it. A trade is two reports, one per party, each with its own
 * remaining quantity, as an exchange tells each side of a fill what it still has open.
 */
public final class MarketDataPublisher implements BookEvents, AutoCloseable {

    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private final DatagramChannel channel;
    private final ByteBuffer packet = ByteBuffer.allocateDirect(Wire.MAX_PACKET_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    private final ExecutionReportCodec report = new ExecutionReportCodec();
    private long nextSequence = 1;
    private int count;
    // Written by the engine thread only, read by tests and the pipeline's summary: volatile for visibility, and
    // a volatile += is safe with a single writer (no other thread's update can be lost).
    private volatile long reportsSent;
    private volatile long packetsSent;

    private MarketDataPublisher(DatagramChannel channel) {
        this.channel = channel;
    }

    /** A publisher sending to {@code destination}: unicast, or a multicast group on the loopback interface. */
    public static MarketDataPublisher open(InetSocketAddress destination) {
        try {
            // tag::multicast[]
            InetAddress address = destination.getAddress();
            DatagramChannel channel = DatagramChannel.open(address.getAddress().length == 4
                    ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            // A group is sent to on loopback only, never beyond the machine. Where lo has no MULTICAST flag (many
            // containers and CI sandboxes) such a send fails or goes nowhere: the defaults are unicast to 127.0.0.1.
            if (address.isMulticastAddress()) {
                channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, NetworkInterface.getByInetAddress(
                        InetAddress.getLoopbackAddress()));
                channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
                channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
            }
            // Connected: write() then skips the per-send destination lookup and security check of send().
            channel.connect(destination);
            return new MarketDataPublisher(channel);
            // end::multicast[]
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the market-data channel to " + destination, e);
        }
    }

    /** A report the book did not produce: the gateway refused the frame. */
    public void rejected(long orderId, RejectCode reason) {
        append(Wire.EXEC_REJECTED, 0, reason.code(), orderId, 0, 0, 0, 0);
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, Side takerSide, long price, long quantity,
                        long takerRemaining, long makerRemaining) {
        append(Wire.EXEC_TRADE, takerSide.ordinal(), 0, takerOrderId, makerOrderId, price, quantity, takerRemaining);
        append(Wire.EXEC_TRADE, takerSide.opposite().ordinal(), 0, makerOrderId, takerOrderId, price, quantity,
                makerRemaining);
    }

    @Override
    public void onRested(long orderId, Side side, long price, long quantity) {
        append(Wire.EXEC_RESTED, side.ordinal(), 0, orderId, 0, price, quantity, quantity);
    }

    @Override
    public void onCancelled(long orderId, long quantity, CancelReason reason) {
        final int code = switch (reason) {
            case REQUESTED -> Wire.CANCEL_REQUESTED;
            case SELF_TRADE -> Wire.CANCEL_SELF_TRADE;
            case IMMEDIATE_OR_CANCEL -> Wire.CANCEL_IMMEDIATE_OR_CANCEL;
        };
        append(Wire.EXEC_CANCELLED, 0, code, orderId, 0, 0, quantity, 0);
    }

    @Override
    public void onRejected(long orderId, RejectReason reason) {
        rejected(orderId, RejectCode.of(reason));
    }

    private void append(int execType, int side, int reason, long orderId, long counterOrderId, long price,
                        long quantity, long leaves) {
        if (count == Wire.MAX_REPORTS_PER_PACKET) {
            flush();
        }
        report.wrap(packet, Wire.PACKET_HEADER_LENGTH + count * Wire.EXECUTION_REPORT_LENGTH)
                .encode(execType, side, reason, orderId, counterOrderId, price, quantity, leaves);
        count++;
    }

    /** Sends the packet being filled, if it holds any report. The engine calls this whenever its ring is empty. */
    // tag::flush[]
    public void flush() {
        if (count == 0) {
            return;
        }
        LONG.set(packet, Wire.PACKET_SEQUENCE_OFFSET, nextSequence);
        SHORT.set(packet, Wire.PACKET_COUNT_OFFSET, (short) count);
        for (int i = Wire.PACKET_COUNT_OFFSET + Short.BYTES; i < Wire.PACKET_HEADER_LENGTH; i++) {
            packet.put(i, (byte) 0);
        }
        packet.limit(Wire.PACKET_HEADER_LENGTH + count * Wire.EXECUTION_REPORT_LENGTH).position(0);
        try {
            // A datagram goes whole or not at all; on a blocking channel write() returns when the kernel has it.
            // Nobody waits for the subscriber: if it is slow, the kernel drops at its end and it sees a gap.
            channel.write(packet);
        } catch (IOException e) {
            throw new UncheckedIOException("market-data send failed at packet " + nextSequence, e);
        }
        packet.clear();
        reportsSent += count;
        packetsSent++;
        nextSequence++;
        count = 0;
    }
    // end::flush[]

    public long reportsSent() {
        return reportsSent;
    }

    public long packetsSent() {
        return packetsSent;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
