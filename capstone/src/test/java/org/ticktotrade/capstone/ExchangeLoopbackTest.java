package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week05.MarketDataSubscriber;
import org.ticktotrade.week05.Wire;

/**
 * The exchange end to end over loopback: two clients on two instruments send a random mix of every order type and
 * cancels over TCP; every report comes back on TCP; market data arrives over UDP without a gap; and the books,
 * positions and every account's reports equal what the engine gives when fed the same commands directly, in the
 * order the journal says the exchange applied them. Then a restart from the journal gives the same state and the
 * same next sequence, from the newest snapshot and the journal after it.
 */
class ExchangeLoopbackTest {

    static final ExchangeConfig CONFIG = new ExchangeConfig(
            List.of(new InstrumentSpec("AAA", 4_096, 9_000, 2_048, 10_000, 60),
                    new InstrumentSpec("BBB", 4_096, 1, 1_024, 500, 40)),
            List.of(new AccountLimits(500, 1_000_000, 1_000_000_000), new AccountLimits(500, 1_000_000, 1_000_000_000)));

    /**
     * The defaults, with a rate limit no burst of these tests reaches (GatewayRejectsTest tests the limit), and a
     * snapshot every 700 commands, so that a restart restores one and replays only the journal after it.
     */
    static final ExchangeSettings SETTINGS = ExchangeSettings.defaults().withRateLimit(10_000_000, 1_000_000)
            .withSnapshotEvery(700);

    private static final int COMMANDS_PER_CLIENT = 1_500;

    @TempDir
    Path journal;

    private final CommandMix mix = new CommandMix();

    @Test
    void ordersInOverTcpReportsBackMarketDataGapFreeAndTheSameBooksAsTheEngineDirectly() throws Exception {
        AtomicBoolean gap = new AtomicBoolean();
        try (MarketDataSubscriber feed = MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0), (expected, got) -> gap.set(true))) {
            ExchangeSettings settings = ExchangeLoopbackTest.SETTINGS.with(0, feed.port(), journal);
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
            try (WireClient alice = new WireClient(exchange); WireClient bob = new WireClient(exchange)) {
                Thread sendA = mix.sender(alice, 0, 1_000_000L, 11, COMMANDS_PER_CLIENT);
                Thread sendB = mix.sender(bob, 1, 2_000_000L, 12, COMMANDS_PER_CLIENT);
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
            assertEquals(2 * COMMANDS_PER_CLIENT + 2, mix.replay(journal, direct), "every command journalled once");
            assertEquals(expected.byAccount.get(0L), a, "alice's reports, in order");
            assertEquals(expected.byAccount.get(1L), b, "bob's reports, in order");
            assertEquals(ExchangeState.of(direct, CONFIG), ExchangeState.of(exchange.engine(), CONFIG));

            // Not a figure to hold: the trades depend on how the two clients' streams interleave. Only "not vacuous".
            assertTrue(a.stream().filter(r -> r.execType() == Wire.EXEC_TRADE).count() > 20, "a mix that trades: " + summary(a) + " / " + summary(b));
            assertTrue(b.stream().filter(r -> r.execType() == Wire.EXEC_RESTED).count() > 20, "a mix that rests: " + summary(a) + " / " + summary(b));
            System.out.println("loopback mix: " + summary(a) + " / " + summary(b));
            long publicEvents = publicEvents(expected);
            for (int i = 0; i < 200 && feed.reports() < publicEvents; i++) {
                feed.poll((seq, r) -> { });
                Thread.sleep(5);
            }
            assertEquals(publicEvents, feed.reports(), "every trade, rest and cancel on the feed");
            assertEquals(0, feed.gaps().gaps(), "no gap in the feed's sequence numbers");
            assertTrue(!gap.get());

            // tag::restart[]
            // Restart from the journal: the same state, the same next sequence.
            String before = ExchangeState.of(exchange.engine(), CONFIG);
            long next = exchange.nextSequence();
            Exchange again = Exchange.start(CONFIG, settings);
            again.close();
            assertEquals(2 * COMMANDS_PER_CLIENT + 2, again.recovered().records());
            assertTrue(again.snapshotSequence() >= 2_100, "the newest of the snapshots taken every 700 commands: " + again.snapshotSequence());
            assertEquals(2 * COMMANDS_PER_CLIENT + 2 - again.snapshotSequence(), again.replayedCommands(), "only the tail replayed");
            assertEquals(before, ExchangeState.of(again.engine(), CONFIG), "recovered books and positions");
            assertEquals(next, again.nextSequence(), "the journal continues where it stopped");
            // end::restart[]
        }
    }

    private static java.util.Map<Integer, Long> summary(List<WireReport> reports) {
        return reports.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.execType() * 100 + r.reason(),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
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
