package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ticktotrade.week01.SpmcChannel.Received;

/**
 * Instructor-only tests (src/hidden-test: graded by ./kata grade, stripped from the student edition):
 * the edges of the timed recv() that the public tests leave alone. Each one catches a bug that passes
 * every public test.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SpmcChannelHiddenTest {

    /** Bug caught: checking "is the time up?" before "is it closed?". */
    @Test
    void aZeroTimeoutOnAClosedDrainedChannelSaysClosedNotTimedOut() throws Exception {
        var channel = SpmcChannel.<String>open();
        channel.sender().close();
        assertEquals(new Received.Closed<String>(), channel.receiver().recv(Duration.ZERO),
                "recv(Duration.ZERO) on a closed, drained channel: Closed is the truth, TimedOut would make a"
                        + " receiver poll a channel that will never deliver again. Check 'closed' before the clock.");
    }

    /** Bug caught: Duration.toNanos(), which throws ArithmeticException past about 292 years. */
    @Test
    void anEnormousTimeoutWaitsInsteadOfOverflowing() throws Exception {
        var channel = SpmcChannel.<String>open();
        channel.sender().send("now");
        assertEquals(new Received.Item<>("now"), channel.receiver().recv(ChronoUnit.FOREVER.getDuration()),
                "recv(ChronoUnit.FOREVER.getDuration()) with an item queued must return it: converting the timeout"
                        + " with Duration.toNanos() overflows; TimeUnit.NANOSECONDS.convert(timeout) saturates");
        try (TestThreads threads = new TestThreads()) {
            var receiver = threads.start("patient-receiver", () -> channel.receiver().recv(Duration.ofSeconds(Long.MAX_VALUE)));
            TestThreads.awaitParked(receiver.thread(), Duration.ofSeconds(3), "recv(a very long timeout)");
            channel.sender().send("later");
            assertEquals(new Received.Item<>("later"), receiver.join(Duration.ofSeconds(3),
                    "a receiver waiting with a very long timeout was not woken by send()"));
        }
    }

    /** Bug caught: looping until the remaining time is exactly zero (awaitNanos returns negative values). */
    @Test
    void aNegativeTimeoutTimesOutAtOnce() throws Exception {
        var channel = SpmcChannel.<String>open();
        long start = System.nanoTime();
        assertEquals(new Received.TimedOut<String>(), channel.receiver().recv(Duration.ofMillis(-5)),
                "recv(-5 ms) on an empty, open channel has no time to wait: TimedOut");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2),
                "recv(-5 ms) must give up at once: stop when the remaining time is zero OR LESS");
    }
}
