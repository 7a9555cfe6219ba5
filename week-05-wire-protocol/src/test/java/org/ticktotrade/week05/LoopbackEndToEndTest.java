package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week03.LadderOrderBook;

/**
 * The whole path on loopback: week 02's order flow goes in over TCP one order at a time, each order's first report
 * is awaited on the UDP stream before the next is sent, and at the end the stream is gap-free, every report is
 * the one a book fed the same commands directly produced, and the engine's book equals that book.
 *
 * <p>It records each order's round trip after the first 1,000 (TCP write to its first report received) in an HdrHistogram and prints
 * p50/p99: figures, never a verdict (a 2-core machine shared with other jobs makes any time limit a coin toss).
 * Both pipeline threads park when idle, so the figures include a park's wake-up; see {@link WirePipeline}.
 */
class LoopbackEndToEndTest {

    private static final int ORDERS = 4_000;
    private static final int WARM_UP = 1_000; // round trips not recorded: the JIT is still compiling the path

    @Test
    void ordersInOverTcpFillsOutOverUdpGapFreeAndTheSameBook() throws Exception {
        OrderFlow flow = OrderFlow.generate(FlowParameters.standard(5).withCommands(ORDERS));
        List<Report> received = new ArrayList<>();
        List<long[]> gaps = new ArrayList<>();
        Histogram roundTrips = new Histogram(10_000_000_000L, 3);
        try (MarketDataSubscriber subscriber = MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0),
                (from, to) -> gaps.add(new long[] {from, to}))) {
            WirePipeline pipeline = WirePipeline.start(GatewayConfig.loopback(subscriber.port()));
            long[] awaited = new long[1];
            boolean[] seen = new boolean[1];
            ReportHandler collect = (sequence, r) -> {
                received.add(Report.of(r));
                if (r.orderId() == awaited[0]) {
                    seen[0] = true;
                }
            };
            try (SocketChannel client = Loopback.connect(pipeline.tcpPort())) {
                for (int i = 0; i < ORDERS; i++) {
                    awaited[0] = flow.orderId(i);
                    seen[0] = false;
                    long start = System.nanoTime();
                    Loopback.write(client, Frames.of(flow, i));
                    int order = i;
                    Loopback.await("a report for order " + order, 10, () -> seen[0], () -> subscriber.poll(collect));
                    if (i >= WARM_UP) {
                        roundTrips.recordValue(System.nanoTime() - start);
                    }
                }
            } finally {
                Loopback.await("every packet sent to arrive", 10,
                        () -> subscriber.packets() == pipeline.publisher().packetsSent(), () -> subscriber.poll(collect));
                pipeline.close();
            }
            assertNull(pipeline.failure(), "a pipeline thread died");
            assertEquals(List.of(), gaps.stream().map(g -> g[0] + ".." + g[1]).toList(), "gaps on loopback");
            assertEquals(0, subscriber.gaps().stale());
            assertEquals(0, subscriber.malformed());
            assertEquals(ORDERS, pipeline.gateway().framesReceived());
            assertEquals(0, pipeline.gateway().framesRejected());
            assertEquals(ORDERS, pipeline.engine().applied());

            Report.Expected direct = new Report.Expected();
            LadderOrderBook expected = new LadderOrderBook(1 << 16, 1, 1 << 16, direct);
            for (int i = 0; i < ORDERS; i++) {
                flow.apply(i, expected);
            }
            assertEquals(direct.reports.size(), received.size(), "reports");
            for (int i = 0; i < received.size(); i++) {
                assertEquals(direct.reports.get(i), received.get(i), "report " + i);
            }
            BookStates.assertSame(expected, pipeline.book(), 9_000, 11_000);
            System.out.printf("loopback round trip, %d orders after %d warm-up (TCP in, first UDP report out, one at a time; 2-core"
                            + " shared machine, threads park when idle): p50 %.1f us, p99 %.1f us, max %.1f us;"
                            + " %d reports in %d packets, 0 gaps%n", roundTrips.getTotalCount(), WARM_UP,
                    roundTrips.getValueAtPercentile(50) / 1e3, roundTrips.getValueAtPercentile(99) / 1e3,
                    roundTrips.getMaxValue() / 1e3, received.size(), subscriber.packets());
        }
    }
}
