package org.ticktotrade.capstone;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Lesson 5: what a token bucket promises, over random arrival times. Never more than the burst plus what the rate
 * earned over the time elapsed; never a refusal for a client that keeps to the rate.
 */
class RateLimiterProperties {

    // tag::burst-plus-rate[]
    @Property(tries = 300)
    void neverLetsMoreThroughThanBurstPlusRateTimesTime(
            @ForAll @LongRange(min = 1, max = 1_000_000) long ratePerSecond,
            @ForAll @IntRange(min = 1, max = 20) int burst,
            @ForAll("gaps") List<Long> gaps) {
        RateLimiter limiter = new RateLimiter(1, ratePerSecond, burst, 0);
        long now = 0;
        long granted = 0;
        for (long gap : gaps) {
            now += gap;
            granted += limiter.tryAcquire(0, now) ? 1 : 0;
            // earned so far: burst + floor(rate * now / 1e9), exactly (BigInteger: the product may pass a long)
            long earned = burst + BigInteger.valueOf(ratePerSecond).multiply(BigInteger.valueOf(now))
                    .divide(BigInteger.valueOf(RateLimiter.SCALE)).longValueExact();
            if (granted > earned) {
                throw new AssertionError(granted + " messages passed by " + now + " ns at " + ratePerSecond + "/s with a burst of "
                        + burst + ": at most " + earned + " may");
            }
        }
    }
    // end::burst-plus-rate[]

    @Property(tries = 300)
    void neverMoreThanTheBurstAtOneInstant(
            @ForAll @LongRange(min = 1, max = 1_000_000) long ratePerSecond,
            @ForAll @IntRange(min = 1, max = 20) int burst,
            @ForAll("gaps") List<Long> gaps) {
        RateLimiter limiter = new RateLimiter(1, ratePerSecond, burst, 0);
        long now = 0;
        for (long gap : gaps) {
            now += gap;
            limiter.tryAcquire(0, now);
        }
        int granted = 0;
        for (int i = 0; i <= burst; i++) {
            granted += limiter.tryAcquire(0, now + 1_000_000) ? 1 : 0; // whatever the history: a millisecond later, all at once
        }
        if (granted > burst) {
            throw new AssertionError(granted + " messages passed at one instant with a burst of " + burst);
        }
    }

    @Property(tries = 300)
    void aClientThatKeepsToTheRateIsNeverRefused(
            @ForAll @LongRange(min = 1, max = 1_000_000) long ratePerSecond,
            @ForAll @IntRange(min = 1, max = 20) int burst,
            @ForAll @IntRange(min = 1, max = 200) int messages,
            @ForAll @LongRange(min = 0, max = 1_000) long slack) {
        RateLimiter limiter = new RateLimiter(1, ratePerSecond, burst, 0);
        long interval = (RateLimiter.SCALE + ratePerSecond - 1) / ratePerSecond + slack; // at least one token's time
        for (int i = 0; i < messages; i++) {
            if (!limiter.tryAcquire(0, i * interval)) {
                throw new AssertionError("message " + (i + 1) + " at " + (i * interval) + " ns was refused, yet messages come every "
                        + interval + " ns at " + ratePerSecond + "/s");
            }
        }
    }

    @Provide
    Arbitrary<List<Long>> gaps() {
        // half the gaps are 0 (messages at one instant: a burst), the rest up to 10 ms
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 10_000_000)).list().ofMaxSize(200);
    }
}
