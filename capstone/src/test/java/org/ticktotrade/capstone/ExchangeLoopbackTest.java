package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.MarketDataSubscriber;
import org.ticktotrade.week05.MessageHeader;
import org.ticktotrade.week05.Wire;
import org.ticktotrade.week06.RecoveryScanner;

/**
 * The exchange end to end over loopback: two clients on two instruments send a random mix of every order type and
 * cancels over TCP; every report comes back on TCP; market data arrives over UDP without a gap; and the books,
 * positions and every account's reports equal what the engine gives when fed the same commands directly, in the
 * order the journal says the exchange applied them. Then a restart from the journal gives the same state and the
 * same next sequence.
 */
class ExchangeLoopbackTest {

    static final ExchangeConfig CONFIG = new ExchangeConfig(
            List.of(new InstrumentSpec("AAA", 4_096, 9_000, 2_048, 10_000, 60),
                    new InstrumentSpec("BBB", 4_096, 1, 1_024, 500, 40)),
            List.of(new AccountLimits(500, 1_000_000, 1_000_000_000), new AccountLimits(500, 1_000_000, 1_000_000_000)));

    private static final int COMMANDS_PER_CLIENT = 1_500;

    @TempDir
    Path journal;

    /** What a client sent, keyed by (message type, order id) so the journal's order can be matched back to it. */
    private final Map<String, Consumer<Engine>> sent = new HashMap<>();

    @Test
    void ordersInOverTcpReportsBackMarketDataGapFreeAndTheSameBooksAsTheEngineDirectly() throws Exception {
        AtomicBoolean gap = new AtomicBoolean();
        try (MarketDataSubscriber feed = MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0), (expected, got) -> gap.set(true))) {
            ExchangeSettings settings = ExchangeSettings.defaults().with(0, feed.port(), journal);
            Exchange exchange = Exchange.start(CONFIG, settings);
            List<WireReport> a;
            List<WireReport> b;
            Thread poller = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    if (feed.poll((seq, r) -> { }) == 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                    }
                }
            });
            try (WireClient alice = new WireClient(exchange.port()); WireClient bob = new WireClient(exchange.port())) {
                Thread sendA = sender(alice, 0, 1_000_000L, 11);
                Thread sendB = sender(bob, 1, 2_000_000L, 12);
                sendA.join();
                sendB.join();
                // The marker cancels come after each client's commands: once both are answered, every command was.
                alice.awaitReport("alice's marker", 30, r -> r.isReject(1_999_999L, Reject.UNKNOWN_ORDER.code()));
                bob.awaitReport("bob's marker", 30, r -> r.isReject(2_999_999L, Reject.UNKNOWN_ORDER.code()));
                exchange.close(); // closes the sessions after every report was written
                alice.awaitClosed(10);
                bob.awaitClosed(10);
                a = alice.reports();
                b = bob.reports();
            } finally {
                poller.interrupt();
                poller.join();
            }

            // The same commands, in the journal's order, straight into an engine.
            WireReport.Expected expected = new WireReport.Expected();
            Engine direct = new Engine(CONFIG, expected);
            List<String> order = new ArrayList<>();
            RecoveryScanner.scan(journal, (sequence, segment, at, length) -> {
                String key = MessageHeader.type(segment, at) + ":" + OrderWire.orderId(segment, at, length);
                order.add(key);
                sent.get(key).accept(direct);
            });
            assertEquals(2 * COMMANDS_PER_CLIENT + 2, order.size(), "every command journalled once");
            assertEquals(expected.byAccount.get(0L), a, "alice's reports, in order");
            assertEquals(expected.byAccount.get(1L), b, "bob's reports, in order");
            assertEquals(ExchangeState.of(direct, CONFIG), ExchangeState.of(exchange.engine(), CONFIG));

            assertTrue(a.stream().filter(r -> r.execType() == Wire.EXEC_TRADE).count() > 100, "a mix that trades");
            assertTrue(b.stream().filter(r -> r.execType() == Wire.EXEC_RESTED).count() > 100, "a mix that rests");
            long publicEvents = publicEvents(expected);
            for (int i = 0; i < 200 && feed.reports() < publicEvents; i++) {
                feed.poll((seq, r) -> { });
                Thread.sleep(5);
            }
            assertEquals(publicEvents, feed.reports(), "every trade, rest and cancel on the feed");
            assertEquals(0, feed.gaps().gaps(), "no gap in the feed's sequence numbers");
            assertTrue(!gap.get());

            // Restart from the journal: the same state, the same next sequence.
            String before = ExchangeState.of(exchange.engine(), CONFIG);
            long next = exchange.nextSequence();
            Exchange again = Exchange.start(CONFIG, settings);
            again.close();
            assertEquals(2 * COMMANDS_PER_CLIENT + 2, again.recovered().records());
            assertEquals(before, ExchangeState.of(again.engine(), CONFIG), "recovered books and positions");
            assertEquals(next, again.nextSequence(), "the journal continues where it stopped");
        }
    }

    /** Trades are two feed reports (one per party), rests and requested cancels one each; rejects and other cancels none. */
    private static long publicEvents(WireReport.Expected expected) {
        long n = 0;
        for (List<WireReport> reports : expected.byAccount.values()) {
            for (WireReport r : reports) {
                if (r.execType() == Wire.EXEC_TRADE || r.execType() == Wire.EXEC_RESTED
                        || (r.execType() == Wire.EXEC_CANCELLED && r.reason() == CancelCode.REQUESTED.code())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A thread that sends one client's random commands (every order type, both instruments, cancels), then a marker. */
    private Thread sender(WireClient client, long account, long firstId, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Runnable> sends = new ArrayList<>();
        List<long[]> live = new ArrayList<>(); // {instrument, order id} of orders sent, cancellable once
        for (int i = 0; i < COMMANDS_PER_CLIENT; i++) {
            final long id = firstId + i;
            if (!live.isEmpty() && random.nextInt(5) == 0) {
                long[] victim = live.remove(random.nextInt(live.size()));
                final int instrument = (int) victim[0];
                final long order = victim[1];
                synchronized (sent) {
                    sent.put(Wire.TYPE_CANCEL_ORDER + ":" + order, e -> e.cancel(account, instrument, order));
                }
                sends.add(() -> io(() -> client.cancel(account, instrument, order)));
                continue;
            }
            final int instrument = random.nextInt(2);
            final InstrumentSpec spec = CONFIG.instruments().get(instrument);
            final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            final OrderType type = OrderType.values()[random.nextInt(4)];
            final long price = spec.referencePrice() + random.nextLong(-8, 9);
            final long quantity = 1 + random.nextLong(40);
            synchronized (sent) {
                sent.put(Wire.TYPE_NEW_ORDER + ":" + id, e -> e.newOrder(account, instrument, id, side, type, price, quantity, 0));
            }
            live.add(new long[] {instrument, id});
            sends.add(() -> io(() -> client.newOrder(account, instrument, id, side, type, price, quantity)));
        }
        final long marker = firstId + 999_999;
        synchronized (sent) {
            sent.put(Wire.TYPE_CANCEL_ORDER + ":" + marker, e -> e.cancel(account, 0, marker));
        }
        sends.add(() -> io(() -> client.cancel(account, 0, marker)));
        return Thread.ofPlatform().start(() -> sends.forEach(Runnable::run));
    }

    interface Io {
        void run() throws IOException;
    }

    static void io(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
