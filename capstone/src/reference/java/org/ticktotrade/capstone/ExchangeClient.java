package org.ticktotrade.capstone;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.ExecutionReportCodec;
import org.ticktotrade.week05.Wire;

/**
 * A tiny client of the exchange, to try it by hand: connects, sends {@code orders} orders of one account as fast as
 * the socket takes them (buys and sells of quantity 1 around the instrument's reference price, every fourth one an
 * IOC), then a cancel of an id it never used as a marker, reads every report until the marker's reject, and prints
 * what came back. Not a load generator ({@link KillMetricRun} is that, open loop): a burst, timed end to end.
 *
 * <p>Arguments, {@code key=value}: {@code host} (127.0.0.1), {@code port} (9500), {@code account} (0),
 * {@code instrument} (0), {@code price} (10000), {@code orders} (10000), {@code first} (1: the first order id; a second
 * run against the same exchange needs new ids). A bad one prints why and exits 2.
 */
public final class ExchangeClient {

    private ExchangeClient() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> v = new TreeMap<>(Map.of("host", "127.0.0.1", "port", "9500", "account", "0",
                "instrument", "0", "price", "10000", "orders", "10000", "first", "1"));
        long port;
        long account;
        long instrument;
        long price;
        long orders;
        long first;
        try {
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (eq < 1 || !v.containsKey(arg.substring(0, eq))) {
                    throw new IllegalArgumentException("unknown argument '" + arg + "': expected key=value with key one of " + v.keySet());
                }
                v.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
            port = number(v, "port");
            account = number(v, "account");
            instrument = number(v, "instrument");
            price = number(v, "price");
            orders = number(v, "orders");
            first = number(v, "first");
        } catch (IllegalArgumentException e) {
            System.err.println("capstone client: " + e.getMessage());
            System.exit(2);
            return;
        }
        final long marker = Long.MAX_VALUE;
        final Socket socket;
        try {
            socket = new Socket(v.get("host"), (int) port);
        } catch (IOException e) {
            System.err.println("capstone client: cannot connect to " + v.get("host") + ":" + port + " (" + e.getMessage()
                    + "); is the exchange running?");
            System.exit(1);
            return;
        }
        try (socket) {
            socket.setTcpNoDelay(true);
            Thread sender = new Thread(() -> send(socket, account, (int) instrument, price, first, orders, marker), "client-sender");
            long start = System.nanoTime();
            sender.start();
            Map<String, Long> counts = receive(socket, marker);
            long micros = (System.nanoTime() - start) / 1_000;
            System.out.println("capstone client: " + orders + " orders in " + micros + " us (" + (orders * 1_000_000 / Math.max(1, micros))
                    + " per second, end to end); reports: " + counts);
            if (counts.containsKey("rejected(DUPLICATE_ORDER_ID)")) {
                System.out.println("capstone client: some ids were taken (the exchange recovered earlier orders from its journal): "
                        + "pass first=N with ids not used before, or start the exchange on an empty journal");
            }
            if (counts.containsKey("rejected(RATE_LIMITED)")) {
                System.out.println("capstone client: the burst outran this account's token bucket (ratePerSecond and burst in "
                        + "the exchange's settings)");
            }
        }
    }

    private static void send(Socket socket, long account, int instrument, long price, long first, long orders, long marker) {
        ByteBuffer frame = ByteBuffer.allocate(OrderWire.MAX_FRAME).order(ByteOrder.LITTLE_ENDIAN);
        try {
            OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            for (long id = first; id < first + orders; id++) {
                Side side = id % 2 == 0 ? Side.BUY : Side.SELL;
                OrderType type = id % 4 == 0 ? OrderType.IOC : OrderType.GTC;
                OrderWire.encodeNewOrder(frame, 0, account, instrument, id, side, type, price + (side == Side.BUY ? -1 : 1), 1);
                out.write(frame.array(), 0, OrderWire.NEW_ORDER_LENGTH);
            }
            OrderWire.encodeCancel(frame, 0, account, instrument, marker);
            out.write(frame.array(), 0, OrderWire.CANCEL_LENGTH);
            out.flush();
        } catch (IOException e) {
            System.err.println("capstone client: sending failed: " + e.getMessage());
        }
    }

    private static Map<String, Long> receive(Socket socket, long marker) throws IOException {
        byte[] bytes = new byte[Wire.EXECUTION_REPORT_LENGTH];
        ExecutionReportCodec report = new ExecutionReportCodec().wrap(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), 0);
        Map<String, Long> counts = new TreeMap<>();
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024));
        while (true) {
            in.readFully(bytes);
            if (report.orderId() == marker) {
                return counts;
            }
            String what = switch (report.execType()) {
                case Wire.EXEC_RESTED -> "rested";
                case Wire.EXEC_TRADE -> "trade";
                case Wire.EXEC_CANCELLED -> "cancelled(" + CancelCode.nameOf(report.reason()) + ")";
                case Wire.EXEC_REJECTED -> "rejected(" + Reject.nameOf(report.reason()) + ")";
                default -> "type " + report.execType();
            };
            counts.merge(what, 1L, Long::sum);
        }
    }

    private static long number(Map<String, String> v, String key) {
        try {
            long n = Long.parseLong(v.get(key));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of at least 0, was '" + v.get(key) + "'");
        }
    }
}
