package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ticktotrade.week02.Side.BUY;
import static org.ticktotrade.week02.Side.SELL;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week05.MarketDataSubscriber;
import org.ticktotrade.week05.RejectCode;
import org.ticktotrade.week05.Wire;

/**
 * What the gateway refuses before the journal, over real TCP: bad frames, an account another connection speaks
 * for, and messages beyond the client's rate limit; and back-pressure with a tiny ring, which delays but never
 * drops. A refused message is answered and never journalled; the orders around it are applied as usual.
 */
class GatewayRejectsTest {

    @TempDir
    Path journal;

    private Exchange start(ExchangeSettings settings, MarketDataSubscriber feed) {
        return Exchange.start(ExchangeLoopbackTest.CONFIG, settings.with(0, feed.port(), journal));
    }

    private static MarketDataSubscriber feed() {
        return MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0), (expected, got) -> { });
    }

    @Test
    void aBadFrameIsRejectedWithItsReasonAndTheNextOrderStillRests() throws Exception {
        try (MarketDataSubscriber feed = feed()) {
            Exchange exchange = start(ExchangeSettings.defaults(), feed);
            try (WireClient client = new WireClient(exchange)) {
                ByteBuffer bad = ByteBuffer.allocate(OrderWire.NEW_ORDER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
                OrderWire.encodeNewOrder(bad, 0, 0, 0, 7, BUY, OrderType.GTC, 10_000, 5);
                bad.put(OrderWire.SIDE_OFFSET, (byte) 9);
                client.raw(bad.array());
                client.newOrder(0, 0, 8, BUY, OrderType.GTC, 10_000, 5);
                client.awaitReport("the rest of order 8", 10, r -> r.execType() == Wire.EXEC_RESTED && r.orderId() == 8);
                assertEquals(new WireReport(Wire.EXEC_REJECTED, 0, RejectCode.BAD_SIDE.code(), 7, 0, 0, 0, 0), client.reports().get(0));
            } finally {
                exchange.close();
            }
            assertEquals(1, exchange.commandsApplied(), "the bad frame never reached the journal");
            assertEquals(10_000, exchange.engine().book(0).bestBid());
        }
    }

    @Test
    void anAccountBelongsToTheFirstConnectionThatSendsForIt() throws Exception {
        try (MarketDataSubscriber feed = feed()) {
            Exchange exchange = start(ExchangeSettings.defaults(), feed);
            try (WireClient alice = new WireClient(exchange); WireClient mallory = new WireClient(exchange)) {
                alice.newOrder(0, 0, 1, SELL, OrderType.GTC, 10_001, 5);
                alice.awaitReport("alice's rest", 10, r -> r.execType() == Wire.EXEC_RESTED);
                mallory.cancel(0, 0, 1); // alice's account, from another connection
                mallory.newOrder(1, 0, 2, BUY, OrderType.IOC, 10_001, 5); // its first own account: bound to it
                mallory.awaitReport("mallory's fill", 10, r -> r.execType() == Wire.EXEC_TRADE && r.orderId() == 2);
                assertEquals(new WireReport(Wire.EXEC_REJECTED, 0, Reject.UNKNOWN_ACCOUNT.code(), 1, 0, 0, 0, 0), mallory.reports().get(0));
                alice.awaitReport("alice's fill as maker", 10, r -> r.execType() == Wire.EXEC_TRADE && r.orderId() == 1);
            } finally {
                exchange.close();
            }
            assertEquals(5, exchange.engine().risk().position(1, 0));
        }
    }

    @Test
    void messagesBeyondTheBurstAreRateLimitedAndNeverJournalled() throws Exception {
        try (MarketDataSubscriber feed = feed()) {
            // One token a second, three at once: of five orders sent together, the last two find the bucket empty.
            Exchange exchange = start(ExchangeSettings.defaults().withRateLimit(1, 3), feed);
            try (WireClient client = new WireClient(exchange)) {
                for (int id = 1; id <= 5; id++) {
                    client.newOrder(0, 1, id, BUY, OrderType.GTC, 490 + id, 1);
                }
                client.awaitReport("the fifth answer", 10, r -> r.orderId() == 5);
                List<WireReport> got = client.reports();
                assertEquals(5, got.size(), got.toString());
                for (int i = 0; i < 3; i++) {
                    assertEquals(Wire.EXEC_RESTED, got.get(i).execType(), got.toString());
                }
                assertTrue(got.get(3).isReject(4, Reject.RATE_LIMITED.code()), got.toString());
                assertTrue(got.get(4).isReject(5, Reject.RATE_LIMITED.code()), got.toString());
            } finally {
                exchange.close();
            }
            assertEquals(3, exchange.commandsApplied());
            assertEquals(493, exchange.engine().book(1).bestBid());
        }
    }

    // tag::full-ring[]
    @Test
    void aFullRingStallsTheSenderAndDropsNothing() throws Exception {
        try (MarketDataSubscriber feed = feed()) {
            ExchangeSettings tiny = new ExchangeSettings("127.0.0.1", 0, "127.0.0.1", 0, journal, true, 1 << 20, 2, 1,
                    1_000_000, 1_000_000, 4, 0);
            Exchange exchange = start(tiny, feed);
            int orders = 600;
            try (WireClient client = new WireClient(exchange)) {
                for (int id = 1; id <= orders; id++) {
                    client.newOrder(0, 1, id, id % 2 == 0 ? BUY : SELL, OrderType.GTC, id % 2 == 0 ? 470 : 530, 1);
                }
                client.awaitReport("the last answer", 30, r -> r.orderId() == orders);
                assertEquals(orders, client.reports().size(), "one report per order, none dropped");
            } finally {
                exchange.close();
            }
            assertEquals(orders, exchange.commandsApplied());
            assertEquals(orders, exchange.engine().book(1).orderCount());
        }
    }
    // end::full-ring[]

    @Test
    void aStopAnswersEveryOrderItAcceptedBeforeClosingTheSessions() throws Exception {
        try (MarketDataSubscriber feed = feed()) {
            Exchange exchange = start(ExchangeLoopbackTest.SETTINGS, feed);
            java.util.Set<Long> answered = new java.util.TreeSet<>();
            try (WireClient client = new WireClient(exchange)) {
                for (int id = 1; id <= 300; id++) {
                    client.newOrder(0, 1, id, id % 2 == 0 ? BUY : SELL, OrderType.GTC, id % 2 == 0 ? 470 : 530, 1);
                }
                client.awaitReport("a first answer", 10, r -> true);
                exchange.close(); // mid-stream: what the gateway had accepted is answered, the rest never read
                client.awaitClosed(10);
                client.reports().forEach(r -> answered.add(r.orderId()));
            }
            java.util.Set<Long> journalled = new java.util.TreeSet<>();
            org.ticktotrade.week06.RecoveryScanner.scan(journal,
                    (sequence, segment, at, length) -> journalled.add(OrderWire.orderId(segment, at, length)));
            assertEquals(journalled, answered, "every journalled order answered before the session closed, and nothing else");
            assertEquals(journalled.size(), exchange.commandsApplied());
        }
    }
}
