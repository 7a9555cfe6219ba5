package org.ticktotrade.capstone;

import java.nio.file.Path;

/**
 * The exchange in a JVM of its own, for {@link ExchangeKillNineTest}: starts on the journal folder and market-data
 * port it is given, prints {@code PORT n} once it listens, and runs until it is killed (or prints why it failed).
 */
public final class ExchangeChild {

    private ExchangeChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        ExchangeSettings settings = ExchangeLoopbackTest.SETTINGS.with(0, Integer.parseInt(args[1]), Path.of(args[0]));
        Exchange exchange = Exchange.start(ExchangeLoopbackTest.CONFIG, settings);
        System.out.println("PORT " + exchange.port());
        System.out.flush();
        // Runs until killed. If a thread of the exchange dies, say why on stdout (the parent reads it whatever logging
        // is configured) and exit.
        while (exchange.failure() == null) {
            Thread.sleep(10);
        }
        System.out.println("FAILED " + exchange.failure());
        exchange.failure().printStackTrace(System.out);
        System.out.flush();
        System.exit(1);
    }
}
