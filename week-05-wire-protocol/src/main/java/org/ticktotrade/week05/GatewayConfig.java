package org.ticktotrade.week05;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.week02.OrderArena;

/**
 * Everything the gateway needs to start, checked all at once before anything opens: a bad value is a clear error
 * at start-up (which key, what it was, what it must be), never a surprise under load. The file form is JSON read
 * with Jackson by {@code week-05-wire-protocol/gateway} (see its README); this record is what it produces.
 *
 * @param tcpHost         the address the gateway listens on
 * @param tcpPort         its TCP port, 0 for any free one
 * @param marketDataHost  where execution reports go: a unicast address, or a multicast group (see
 *                        {@link MarketDataPublisher} on why the defaults are unicast)
 * @param marketDataPort  the UDP port there
 * @param ringSize        commands in flight between gateway and engine: a power of two
 * @param maxFrameLength  the longest length prefix accepted before the connection is closed
 * @param readBufferBytes bytes one read may bring in per connection
 * @param maxConnections  clients connected at once; more are refused with a log line
 * @param bookCapacity    orders the book can hold resting
 * @param lowestPrice     the lowest price the book's ladder covers, in ticks
 * @param priceTicks      how many prices from there the ladder covers (a multiple of 64)
 */
public record GatewayConfig(
        String tcpHost, int tcpPort, String marketDataHost, int marketDataPort, int ringSize, int maxFrameLength,
        int readBufferBytes, int maxConnections, int bookCapacity, long lowestPrice, int priceTicks) {

    public static final int MAX_RING_SIZE = 1 << 20;

    /** Loopback everywhere, with the given market-data port. */
    public static GatewayConfig loopback(int marketDataPort) {
        return new GatewayConfig("127.0.0.1", 0, "127.0.0.1", marketDataPort, 1024, Wire.LARGEST_MESSAGE,
                64 * 1024, 16, 1 << 16, 1, 1 << 16);
    }

    /** The same configuration with another ring size. */
    public GatewayConfig withRingSize(int size) {
        return new GatewayConfig(tcpHost, tcpPort, marketDataHost, marketDataPort, size, maxFrameLength,
                readBufferBytes, maxConnections, bookCapacity, lowestPrice, priceTicks);
    }

    /** The same configuration with another book capacity. */
    public GatewayConfig withBookCapacity(int capacity) {
        return new GatewayConfig(tcpHost, tcpPort, marketDataHost, marketDataPort, ringSize, maxFrameLength,
                readBufferBytes, maxConnections, capacity, lowestPrice, priceTicks);
    }

    /**
     * @param source where the values came from, for the message (a file name), or null
     * @throws ConfigException naming every bad value
     */
    public GatewayConfig validated(String source) {
        List<String> p = new ArrayList<>();
        host(p, "tcpHost", tcpHost, false);
        host(p, "marketDataHost", marketDataHost, true);
        if (tcpPort < 0 || tcpPort > 0xFFFF) {
            p.add("tcpPort: " + tcpPort + " is not a port (0 to 65535; 0 picks a free one)");
        }
        if (marketDataPort < 1 || marketDataPort > 0xFFFF) {
            p.add("marketDataPort: " + marketDataPort + " is not a port a packet can be sent to (1 to 65535)");
        }
        // TODO(kata) The limits, each its own line naming key, value and rule: ringSize a power of two from 2 to MAX_RING_SIZE; maxFrameLength from NEW_ORDER_LENGTH to 65535; readBufferBytes at least maxFrameLength and at most 1 << 24; maxConnections 1 to 4096; bookCapacity 1 to OrderArena.MAX_CAPACITY; lowestPrice at least 1; priceTicks a positive multiple of 64, and lowestPrice + priceTicks must not overflow. Then throw one ConfigException with every line, or return this. Read lesson 6, "Back-pressure and the reject path: from the ring to the socket".
        throw new UnsupportedOperationException("TODO(kata) The limits, each its own line naming key, value and rule: ringSize a power of two from 2 to MAX_RING_SIZE; maxFrameLength from NEW_ORDER_LENGTH to 65535; readBufferBytes at least maxFrameLength and at most 1 << 24; maxConnections 1 to 4096; bookCapacity 1 to OrderArena.MAX_CAPACITY; lowestPrice at least 1; priceTicks a positive multiple of 64, and lowestPrice + priceTicks must not overflow. Then throw one ConfigException with every line, or return this. Read lesson 6, \"Back-pressure and the reject path: from the ring to the socket\".");
    }

    private static boolean isDottedQuad(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static void host(List<String> p, String key, String value, boolean multicastAllowed) {
        if (value == null || value.isBlank()) {
            p.add(key + ": missing (an IP address such as 127.0.0.1)");
            return;
        }
        if (!value.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            // A name would need DNS at start-up, and a gateway's address should not depend on a resolver.
            p.add(key + ": \"" + value + "\" is not a numeric IP address");
            return;
        }
        if (!value.contains(":") && !isDottedQuad(value)) {
            p.add(key + ": \"" + value + "\" is not an IPv4 address (four numbers from 0 to 255, dot-separated)");
            return;
        }
        try {
            InetAddress address = InetAddress.getByName(value);
            if (!multicastAllowed && address.isMulticastAddress()) {
                p.add(key + ": " + value + " is a multicast group; TCP listens on a unicast address");
            }
        } catch (UnknownHostException e) {
            p.add(key + ": \"" + value + "\" is not an IP address");
        }
    }
}
