package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.MarketDataSubscriber;
import org.ticktotrade.week05.Wire;

/**
 * Start-up as a user does it: {@code key=value} arguments over the defaults, the default instruments and accounts,
 * a client trading; a bad argument refused with a message that names it; a settings file read before the
 * arguments, its unknown key or bad value named with the file.
 */
class ExchangeStartTest {

    @TempDir
    Path journal;

    @Test
    void theDefaultsWithArgumentsStartAnExchangeThatTradesAndABadArgumentIsNamed() throws Exception {
        try (MarketDataSubscriber feed = MarketDataSubscriber.open(new InetSocketAddress("127.0.0.1", 0), (e, g) -> { })) {
            ExchangeSettings settings = ExchangeSettings.parse("tcpPort=0", "marketDataPort=" + feed.port(),
                    "journal=" + journal, "fsync=false", "ringCapacity=64");
            assertEquals(64, settings.ringCapacity());
            assertEquals(false, settings.fsync());
            Exchange exchange = Exchange.start(ExchangeMain.defaultConfig(), settings);
            try (WireClient seller = new WireClient(exchange); WireClient buyer = new WireClient(exchange)) {
                seller.newOrder(0, 1, 1, Side.SELL, OrderType.GTC, 500, 10);
                seller.awaitReport("the sell's rest", 10, r -> r.execType() == Wire.EXEC_RESTED);
                buyer.newOrder(1, 1, 2, Side.BUY, OrderType.FOK, 500, 10);
                buyer.awaitReport("the buy's fill", 10, r -> r.execType() == Wire.EXEC_TRADE && r.leaves() == 0);
            } finally {
                exchange.close();
            }
            assertEquals(10, exchange.engine().risk().position(1, 1));
        }
        assertMessage("unknown setting 'tcpport=1'", "tcpport=1");
        assertMessage("tcpPort must be between 0 and 65535", "tcpPort=70000");
        assertMessage("ringCapacity must be a power of two", "ringCapacity=1000");
        assertMessage("fsync must be true or false, was 'yes'", "fsync=yes");
        assertMessage("burst must be a whole number, was 'many'", "burst=many");
        aSettingsFileIsReadFirstAndTheArgumentsOverrideIt(Files.createDirectories(journal.resolve("settings")));
    }

    /** Part of the test above, after the exchange has traded: on the starter that fails first, at the engine's TODO. */
    private void aSettingsFileIsReadFirstAndTheArgumentsOverrideIt(Path dir) throws Exception {
        Path file = dir.resolve("exchange.properties");
        Files.writeString(file, "# a comment\ntcpPort = 9700\nfsync=false\nbatch=64\n");
        ExchangeSettings s = ExchangeSettings.parse("config=" + file, "batch=32");
        assertEquals(9700, s.tcpPort());
        assertEquals(false, s.fsync());
        assertEquals(32, s.batch(), "the argument wins over the file");
        assertEquals(ExchangeSettings.defaults().ringCapacity(), s.ringCapacity(), "a key the file leaves out keeps its default");

        Files.writeString(file, "tcpPort=9700\nfsynk=false\n");
        assertMessage("exchange.properties: unknown setting 'fsynk'", "config=" + file);
        Files.writeString(file, "ringCapacity=1000\n");
        assertMessage("ringCapacity must be a power of two", "config=" + file);
        assertMessage("cannot read the settings file " + dir.resolve("missing.properties").toAbsolutePath() + ": no such file",
                "config=" + dir.resolve("missing.properties"));
    }

    private static void assertMessage(String expected, String argument) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExchangeSettings.parse(argument));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
