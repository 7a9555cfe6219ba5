package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every bad value is a clear error at start-up: which key, what it was, and all of them at once. */
class GatewayConfigTest {

    private static final GatewayConfig GOOD = GatewayConfig.loopback(40_000);

    private static GatewayConfig with(String key, Object v) {
        GatewayConfig g = GOOD;
        return new GatewayConfig(
                key.equals("tcpHost") ? (String) v : g.tcpHost(),
                key.equals("tcpPort") ? (int) v : g.tcpPort(),
                key.equals("marketDataHost") ? (String) v : g.marketDataHost(),
                key.equals("marketDataPort") ? (int) v : g.marketDataPort(),
                key.equals("ringSize") ? (int) v : g.ringSize(),
                key.equals("maxFrameLength") ? (int) v : g.maxFrameLength(),
                key.equals("readBufferBytes") ? (int) v : g.readBufferBytes(),
                key.equals("maxConnections") ? (int) v : g.maxConnections(),
                key.equals("bookCapacity") ? (int) v : g.bookCapacity(),
                key.equals("lowestPrice") ? ((Number) v).longValue() : g.lowestPrice(),
                key.equals("priceTicks") ? (int) v : g.priceTicks());
    }

    private static void rejects(String key, Object value) {
        ConfigException e = assertThrows(ConfigException.class, () -> with(key, value).validated("gateway.json"));
        assertEquals(1, e.problems().size(), () -> key + "=" + value + ": exactly one problem, got " + e.problems());
        String problem = e.problems().getFirst();
        assertTrue(problem.startsWith(key + ": "), () -> "the problem names its key first: " + problem);
        assertTrue(problem.contains(String.valueOf(value)), () -> "the problem quotes the bad value: " + problem);
        assertTrue(e.getMessage().contains("gateway.json"), "the message names the file");
    }

    @Test
    void aGoodConfigurationPasses() {
        assertEquals(GOOD, GOOD.validated(null));
        with("marketDataHost", "239.1.1.1").validated(null); // a multicast group is a valid destination
        with("tcpPort", 0).validated(null);
    }

    @Test
    void eachBadValueIsNamed() {
        rejects("tcpPort", -1);
        rejects("tcpPort", 65536);
        rejects("marketDataPort", 0);
        rejects("marketDataPort", 70000);
        rejects("ringSize", 1000);
        rejects("ringSize", 1);
        rejects("ringSize", 1 << 21);
        rejects("maxFrameLength", 39);
        rejects("maxFrameLength", 65536);
        rejects("readBufferBytes", 47);
        rejects("maxConnections", 0);
        rejects("bookCapacity", 0);
        rejects("lowestPrice", 0);
        rejects("priceTicks", 100);
        rejects("priceTicks", 0);
        rejects("tcpHost", "localhost");
        rejects("tcpHost", "239.1.1.1");
        rejects("tcpHost", "300.1.1.1");
        rejects("marketDataHost", "1.2.3");
        rejects("marketDataHost", "");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        GatewayConfig bad = new GatewayConfig("127.0.0.1", -5, "127.0.0.1", 0, 3, 10, 1, 0, 0, 0, 7);
        ConfigException e = assertThrows(ConfigException.class, () -> bad.validated(null));
        assertEquals(9, e.problems().size(), () -> "one line per bad value: " + e.problems());
    }

    @Test
    void thePipelineRefusesABadConfigurationBeforeOpeningAnything() {
        assertThrows(ConfigException.class, () -> WirePipeline.start(with("ringSize", 3)));
    }
}
