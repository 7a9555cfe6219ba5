package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BestBidTest {

    @Test
    void theEngineLocalCopyDecidesWhatImproves() {
        BestBid.EngineLocal local = new BestBid.EngineLocal();
        assertTrue(local.improves(100));
        local.update(100);
        assertFalse(local.improves(100));
        assertTrue(local.improves(101));
    }

    @Test
    void theTickerShowsTheLatestValueWhole() {
        BestBid.Ticker ticker = new BestBid.Ticker();
        ticker.publish(Long.MAX_VALUE - 1); // both halves of the long matter
        assertEquals(Long.MAX_VALUE - 1, ticker.sample());
    }

    @Test
    void theMailboxHoldsOneUpdateUntilItIsTaken() {
        BestBid.Mailbox mailbox = new BestBid.Mailbox();
        long[] seen = new long[2];
        assertFalse(mailbox.poll((p, s) -> fail()), "nothing offered yet");
        assertTrue(mailbox.offer(10_150, 7));
        assertFalse(mailbox.offer(10_151, 9), "the fan-out has not taken the first update");
        assertTrue(mailbox.poll((p, s) -> {
            seen[0] = p;
            seen[1] = s;
        }));
        assertEquals(10_150, seen[0]);
        assertEquals(7, seen[1]);
        assertFalse(mailbox.poll((p, s) -> fail()), "each update is taken once");
        assertTrue(mailbox.offer(10_151, 9), "taken: the slot is free again");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFanOutThreadSeesEveryPriceWithItsOwnSize() throws Exception {
        final int updates = 100_000;
        BestBid.Mailbox mailbox = new BestBid.Mailbox();
        AtomicLong failure = new AtomicLong(-1);
        Thread fanOut = Thread.ofPlatform().name("fan-out").start(() -> {
            long[] expected = {1};
            while (expected[0] <= updates && failure.get() < 0) {
                if (!mailbox.poll((price, size) -> {
                    // The size is always the price times two: a torn or stale pair breaks that.
                    if (price != expected[0] || size != price * 2) {
                        failure.set(price);
                    }
                    expected[0]++;
                })) {
                    Thread.onSpinWait();
                }
            }
        });
        for (long price = 1; price <= updates; price++) {
            while (!mailbox.offer(price, price * 2)) {
                Thread.yield(); // two shared cores: let the fan-out run
            }
        }
        fanOut.join(Duration.ofSeconds(15));
        assertFalse(fanOut.isAlive(), "the fan-out did not receive every update");
        assertEquals(-1, failure.get(), "the fan-out saw a price without its own size, or out of order");
    }

    @Test
    void afterAHaltTheFeedStopsAndRiskKnowsTheLastBid() {
        BestBid.HaltableFeed feed = new BestBid.HaltableFeed();
        assertTrue(feed.publish(10_150));
        assertEquals(10_150, feed.halt());
        assertFalse(feed.publish(10_151), "halted: do not send");
    }

    private static void fail() {
        throw new AssertionError("poll() must not call the sink when there is nothing new");
    }
}
