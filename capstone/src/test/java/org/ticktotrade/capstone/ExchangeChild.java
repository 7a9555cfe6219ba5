package org.ticktotrade.capstone;

import java.nio.file.Path;

/**
 * The exchange in a JVM of its own, for {@link ExchangeKillNineTest}: starts on the journal folder and market-data
 * port it is given, prints {@code PORT n} once it listens, and runs until it is killed.
 */
public final class ExchangeChild {

    private ExchangeChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        ExchangeSettings settings = ExchangeLoopbackTest.SETTINGS.with(0, Integer.parseInt(args[1]), Path.of(args[0]));
        Exchange exchange = Exchange.start(ExchangeLoopbackTest.CONFIG, settings);
        System.out.println("PORT " + exchange.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
