package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.MarketDataSubscriber;
import org.ticktotrade.week05.Wire;

/**
 * Start-up as a user does it: {@code key=value} arguments over the defaults, the default instruments and accounts,
 * a client trading; and a bad argument refused with a message that names it.
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
    }

    private static void assertMessage(String expected, String argument) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExchangeSettings.parse(argument));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
