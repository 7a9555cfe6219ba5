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

/**
 * Receives the engine's execution-report packets, checks each one's sequence number with a {@link GapDetector},
 * and hands the reports of every new packet to a {@link ReportHandler}. Non-blocking: {@link #poll} takes at
 * most one packet and returns at once, so the caller decides whether to spin, park or do other work.
 * A malformed packet (too short, a count that does not match its length) is counted and skipped: market data
 * from the network is input like any other.
 */
public final class MarketDataSubscriber implements AutoCloseable {

    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private final DatagramChannel channel;
    private final GapDetector gaps;
    private final ByteBuffer packet = ByteBuffer.allocateDirect(Wire.MAX_PACKET_LENGTH + 1).order(ByteOrder.LITTLE_ENDIAN);
    private final ExecutionReportCodec report = new ExecutionReportCodec();
    private long packets;
    private long reports;
    private long malformed;

    private MarketDataSubscriber(DatagramChannel channel, GapDetector gaps) {
        this.channel = channel;
        this.gaps = gaps;
    }

    /**
     * Listens on {@code address}: a unicast address to bind (port 0 picks a free one, see {@link #port()}), or a
     * multicast group, joined on the loopback interface.
     */
    public static MarketDataSubscriber open(InetSocketAddress address, GapDetector.GapListener onGap) {
        try {
            InetAddress ip = address.getAddress();
            DatagramChannel channel = DatagramChannel.open(ip.getAddress().length == 4
                    ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            // A large receive buffer rides out bursts; the kernel caps it at net.core.rmem_max.
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
            if (ip.isMulticastAddress()) {
                channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                channel.bind(new InetSocketAddress(address.getPort()));
                channel.join(ip, NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress()));
            } else {
                channel.bind(address);
            }
            channel.configureBlocking(false);
            return new MarketDataSubscriber(channel, new GapDetector(onGap));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for market data on " + address, e);
        }
    }

    /** The local port: where a publisher must send. */
    public int port() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes one packet if one has arrived.
     *
     * @return how many reports were handed on (0 when nothing arrived, or the packet was stale or malformed)
     */
    public int poll(ReportHandler handler) {
        packet.clear();
        try {
            if (channel.receive(packet) == null) {
                return 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("market-data receive failed", e);
        }
        packet.flip();
        final int length = packet.remaining();
        if (length < Wire.PACKET_HEADER_LENGTH) {
            malformed++;
            return 0;
        }
        final int count = Short.toUnsignedInt((short) SHORT.get(packet, Wire.PACKET_COUNT_OFFSET));
        if (count == 0 || length != Wire.PACKET_HEADER_LENGTH + count * Wire.EXECUTION_REPORT_LENGTH) {
            malformed++;
            return 0;
        }
        // tag::apply-new[]
        final long sequence = (long) LONG.get(packet, Wire.PACKET_SEQUENCE_OFFSET);
        packets++;
        if (!gaps.onPacket(sequence)) {
            return 0;
        }
        for (int i = 0; i < count; i++) {
            handler.onReport(sequence, report.wrap(packet, Wire.PACKET_HEADER_LENGTH + i * Wire.EXECUTION_REPORT_LENGTH));
        }
        reports += count;
        return count;
        // end::apply-new[]
    }

    public GapDetector gaps() {
        return gaps;
    }

    public long packets() {
        return packets;
    }

    public long reports() {
        return reports;
    }

    public long malformed() {
        return malformed;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
