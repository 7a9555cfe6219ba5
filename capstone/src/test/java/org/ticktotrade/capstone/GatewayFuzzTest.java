package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.MarketDataSubscriber;
import org.ticktotrade.week05.Wire;

/**
 * Garbage at the gateway: frames with a valid length prefix and random bytes (some mutated from good orders, so
 * they pass the early checks and fail later ones), from one connection. Every such frame is answered with a reject
 * or applied; none stops the exchange; only valid frames reach the journal, which replays to the same state; and a
 * good order from a second connection, sent after all of it, is answered as usual.
 */
class GatewayFuzzTest {

    @TempDir
    Path journal;

    @Test
    void randomFramesAreRejectedOrAppliedAndTheExchangeKeepsServing() throws Exception {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        try (MarketDataSubscriber feed = MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0), (e, g) -> { })) {
            Exchange exchange = Exchange.start(ExchangeLoopbackTest.CONFIG, ExchangeLoopbackTest.SETTINGS.with(0, feed.port(), journal));
            int frames = 2_000;
            try (WireClient fuzzer = new WireClient(exchange); WireClient good = new WireClient(exchange)) {
                ByteBuffer frame = ByteBuffer.allocate(OrderWire.MAX_FRAME).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < frames; i++) {
                    int length;
                    if (random.nextBoolean()) { // a good order of account 0 with one random byte changed
                        OrderWire.encodeNewOrder(frame, 0, 0, random.nextInt(3), 10_000 + i, Side.BUY, OrderType.GTC, 9_995, 1);
                        length = OrderWire.NEW_ORDER_LENGTH;
                        frame.put(2 + random.nextInt(length - 2), (byte) random.nextInt(256));
                    } else { // anything at all behind a length the decoder accepts
                        length = Wire.HEADER_LENGTH + random.nextInt(OrderWire.MAX_FRAME - Wire.HEADER_LENGTH + 1);
                        for (int b = 2; b < length; b++) {
                            frame.put(b, (byte) random.nextInt(256));
                        }
                    }
                    frame.put(0, (byte) length).put(1, (byte) 0);
                    byte[] bytes = new byte[length];
                    frame.get(0, bytes);
                    fuzzer.raw(bytes);
                }
                good.newOrder(1, 0, 1, Side.SELL, OrderType.GTC, 10_005, 7);
                good.awaitReport("the good order's rest", 20, r -> r.execType() == Wire.EXEC_RESTED && r.orderId() == 1);
                // The fuzzer's connection is served too: each of its frames gets at least one answer, in order.
                fuzzer.awaitReport("answers to the fuzzer", 20, r -> fuzzer.reports().size() >= frames);
            } finally {
                exchange.close();
            }
            assertTrue(exchange.failure() == null, "seed " + seed);
            // (No figure for the book: a mutated price may trade with the good order, which is allowed.) Whatever the
            // gateway let through replays to the same state: a restart would rebuild it.
            Engine replayed = new Engine(ExchangeLoopbackTest.CONFIG, new WireReport.Expected());
            org.ticktotrade.week06.RecoveryScanner.scan(journal, (sequence, segment, at, length) -> {
                assertEquals(null, OrderWire.validate(segment, at, length), "only valid frames are journalled");
                OrderWire.apply(segment, at, sequence, replayed);
            });
            assertEquals(ExchangeState.of(replayed, ExchangeLoopbackTest.CONFIG),
                    ExchangeState.of(exchange.engine(), ExchangeLoopbackTest.CONFIG), "seed " + seed);
            assertTrue(exchange.commandsApplied() <= frames + 1, "seed " + seed);
        }
    }
}
