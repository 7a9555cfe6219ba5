package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.MarketDataSubscriber;
import org.ticktotrade.week05.Wire;

/**
 * Lesson 8: the exchange runs in a JVM of its own, two clients trade with it over loopback, and it is killed with
 * SIGKILL at a random point. Restarted on its journal, it must have lost nothing it acknowledged, and report
 * nothing twice:
 * <ul>
 *   <li>each client's reports before the kill are a prefix of what the journal's commands give when fed to an
 *       engine directly: every report a client saw is backed by a journalled command (durable before
 *       acknowledged), in order, none repeated;</li>
 *   <li>the restarted exchange has the books and positions of that direct engine, and its journal continues at
 *       the next sequence;</li>
 *   <li>after the restart a client's first report is for its new order: recovery re-sends nothing.</li>
 * </ul>
 */
class ExchangeKillNineTest {

    private static final int COMMANDS_PER_CLIENT = 2_000;

    @TempDir
    Path journal;

    @Test
    void aKilledExchangeLosesNothingItAcknowledgedAndReportsNoFillTwice() throws Exception {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        int killAfter = 20 + random.nextInt(1_500); // reports seen by the clients before the kill
        CommandMix mix = new CommandMix();
        List<WireReport> alice;
        List<WireReport> bob;
        try (MarketDataSubscriber feed = MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0), (e, g) -> { })) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // tag::fork[]
            Process child = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), ExchangeChild.class.getName(), journal.toString(),
                    Integer.toString(feed.port())).redirectErrorStream(true).start();
            // end::fork[]
            try {
                int port = awaitPort(child);
                try (WireClient a = new WireClient(port, this::childFailure); WireClient b = new WireClient(port, this::childFailure)) {
                    mix.sender(a, 0, 1_000_000L, seed, COMMANDS_PER_CLIENT);
                    mix.sender(b, 1, 2_000_000L, seed + 1, COMMANDS_PER_CLIENT);
                    // tag::kill[]
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (a.reports().size() + b.reports().size() < killAfter && System.nanoTime() < deadline
                            && (a.open() || b.open())) { // a dead engine closes them: fail fast, not at the deadline
                        Thread.onSpinWait();
                    }
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no last force
                    assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the exchange did not die");
                    drain.join(5_000); // its output to the end: a failure it logged is read
                    a.awaitClosed(10);
                    b.awaitClosed(10);
                    alice = a.reports();
                    bob = b.reports();
                    // end::kill[]
                }
            } finally {
                child.destroyForcibly();
            }
            if (alice.isEmpty() && bob.isEmpty()) {
                AssertionError none = new AssertionError("no report before the kill (seed " + seed + "); the exchange's output:\n" + childOutput);
                if (childFailure() != null) {
                    none.addSuppressed(childFailure());
                }
                throw none;
            }

            // tag::prefix[]
            WireReport.Expected expected = new WireReport.Expected();
            Engine direct = new Engine(ExchangeLoopbackTest.CONFIG, expected);
            long journalled = mix.replay(journal, direct);
            assertPrefix("alice", expected.byAccount.getOrDefault(0L, List.of()), alice, seed);
            assertPrefix("bob", expected.byAccount.getOrDefault(1L, List.of()), bob, seed);
            // end::prefix[]

            // tag::restart[]
            ExchangeSettings settings = ExchangeLoopbackTest.SETTINGS.with(0, feed.port(), journal);
            Exchange restarted = Exchange.start(ExchangeLoopbackTest.CONFIG, settings);
            try (WireClient a = new WireClient(restarted.port())) {
                a.newOrder(0, 1, 9_000_000L, Side.BUY, OrderType.IOC, 1, 1); // trades with nothing: cancelled
                a.awaitReport("the new order's answer", 10, r -> r.orderId() == 9_000_000L);
                assertEquals(9_000_000L, a.reports().get(0).orderId(), "recovery re-sent an old report: " + a.reports());
            } finally {
                restarted.close();
            }
            assertEquals(journalled, restarted.recovered().records(), "seed " + seed);
            assertEquals(journalled + 2, restarted.nextSequence(), "the journal continues after the recovered commands and the new one");
            direct.newOrder(0, 1, 9_000_000L, Side.BUY, OrderType.IOC, 1, 1, 0);
            assertEquals(ExchangeState.of(direct, ExchangeLoopbackTest.CONFIG),
                    ExchangeState.of(restarted.engine(), ExchangeLoopbackTest.CONFIG), "seed " + seed);
            // end::restart[]
            System.out.println("kill -9 after " + (alice.size() + bob.size()) + " reports seen: " + journalled
                    + " commands recovered, from a snapshot at " + restarted.snapshotSequence() + " and "
                    + restarted.replayedCommands() + " replayed (seed " + seed + ")");
        }
    }

    // tag::assert-prefix[]
    private static void assertPrefix(String who, List<WireReport> expected, List<WireReport> got, long seed) {
        assertTrue(got.size() <= expected.size(), who + " saw " + got.size() + " reports but the journal backs only "
                + expected.size() + " (seed " + seed + ")");
        assertEquals(expected.subList(0, got.size()), got, who + "'s reports, against the journal (seed " + seed + ")");
        assertTrue(got.stream().noneMatch(r -> r.execType() == Wire.EXEC_REJECTED && r.reason() == 0));
    }
    // end::assert-prefix[]

    /** The first TODO the child's exchange died on (its log line), as the exception it was; null if none. */
    private volatile String childTodo;
    private Thread drain;
    private final StringBuffer childOutput = new StringBuffer();

    private Throwable childFailure() {
        String todo = childTodo;
        return todo == null ? null : new UnsupportedOperationException(todo);
    }

    private int awaitPort(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                drain = new Thread(() -> {
                    try {
                        String more;
                        while ((more = out.readLine()) != null) { // keep the pipe empty, so the child never blocks
                            if (childOutput.length() < 4_000) {
                                childOutput.append(more).append('\n');
                            }
                            int todo = more.indexOf("TODO(kata)");
                            if (todo >= 0 && childTodo == null) {
                                childTodo = more.substring(todo);
                            }
                        }
                    } catch (java.io.IOException e) {
                        // the child died
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(5).trim());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the exchange child exited before listening: " + seen);
    }
}
