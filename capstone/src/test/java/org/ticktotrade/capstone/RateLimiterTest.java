package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Lesson 5: the token bucket, on a clock the test holds. */
class RateLimiterTest {

    private static final long MS = 1_000_000;

    // tag::burst[]
    @Test
    void aFullBucketLetsABurstThroughThenRefuses() {
        RateLimiter limiter = new RateLimiter(2, 1_000, 5, 0);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire(0, 0), "message " + (i + 1) + " of a burst of 5");
        }
        assertFalse(limiter.tryAcquire(0, 0), "the sixth at the same instant");
        assertEquals(0, limiter.tokens(0));
    }
    // end::burst[]

    @Test
    void tokensComeBackAtTheRate() {
        RateLimiter limiter = new RateLimiter(1, 1_000, 1, 0); // one token a millisecond
        assertTrue(limiter.tryAcquire(0, 0));
        assertFalse(limiter.tryAcquire(0, MS - 1), "999,999 ns earn 0.999999 of a token");
        assertTrue(limiter.tryAcquire(0, MS), "the refused message took nothing: the token is whole at 1 ms");
        assertFalse(limiter.tryAcquire(0, MS));
        assertTrue(limiter.tryAcquire(0, 2 * MS));
    }

    // tag::fractional[]
    @Test
    void aRateThatIsNotAWholeNumberOfNanosecondsLosesNothing() {
        RateLimiter limiter = new RateLimiter(1, 3, 1, 0); // a token every 333,333,333.3 ns
        assertTrue(limiter.tryAcquire(0, 0));
        assertFalse(limiter.tryAcquire(0, 333_333_333), "3 x 333,333,333 units is one short of a token");
        assertTrue(limiter.tryAcquire(0, 333_333_334));
    }
    // end::fractional[]

    @Test
    void overTimeExactlyTheRateGetsThrough() {
        RateLimiter limiter = new RateLimiter(1, 3, 10, 0);
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.tryAcquire(0, 0));
        }
        int granted = 0;
        for (long t = MS; t <= 3_000 * MS; t += MS) { // asking every millisecond for 3 s
            granted += limiter.tryAcquire(0, t) ? 1 : 0;
        }
        assertEquals(9, granted, "3 s at 3 a second, after the burst: 9, none lost to rounding");
        granted = 0;
        for (long t = 4_000 * MS; t <= 3_000_000 * MS; t += 1_000 * MS) { // then once a second for 50 minutes
            granted += limiter.tryAcquire(0, t) ? 1 : 0;
        }
        assertEquals(2_997, granted, "asked once a second, under the rate of 3: all 2,997 granted");
    }

    // tag::cap[]
    @Test
    void theBucketHoldsNoMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(1, 1_000, 3, 0);
        int granted = 0;
        for (int i = 0; i < 10; i++) {
            granted += limiter.tryAcquire(0, 3_600_000 * MS) ? 1 : 0; // an hour idle
        }
        assertEquals(3, granted, "an hour of idling saves up only the burst");
        assertTrue(limiter.tryAcquire(0, Long.MAX_VALUE), "a huge gap fills the bucket without overflowing");
    }
    // end::cap[]

    @Test
    void aPartlyFullBucketIsCappedAtTheBurstToo() {
        RateLimiter limiter = new RateLimiter(1, 1_000, 3, 0); // empty to full takes 3 ms
        assertTrue(limiter.tryAcquire(0, 0)); // 2 left
        int granted = 0;
        for (int i = 0; i < 5; i++) {
            granted += limiter.tryAcquire(0, 3 * MS - 1) ? 1 : 0; // 2 + 2.999999 earned, capped at 3
        }
        assertEquals(3, granted, "under the refill time the cap still holds: 3, not 4");
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(3, 10, 2, 0);
        assertTrue(limiter.tryAcquire(1, 0));
        assertTrue(limiter.tryAcquire(1, 0));
        assertFalse(limiter.tryAcquire(1, 0));
        assertTrue(limiter.tryAcquire(0, 0), "client 1 spent its own tokens, not client 0's");
        assertTrue(limiter.tryAcquire(2, 0));
        assertEquals(1, limiter.tokens(0));
    }

    // tag::steps-back[]
    @Test
    void aClockThatStepsBackRefillsNothing() {
        RateLimiter limiter = new RateLimiter(1, 1_000, 1, 10 * MS);
        assertTrue(limiter.tryAcquire(0, 10 * MS));
        assertFalse(limiter.tryAcquire(0, 5 * MS), "earlier than the last message: no tokens earned");
        assertFalse(limiter.tryAcquire(0, 11 * MS - 1));
        assertTrue(limiter.tryAcquire(0, 11 * MS), "time is still counted from 10 ms, the last real reading");
    }
    // end::steps-back[]

    @Test
    void theBucketStartsFullAtTheStartTime() {
        RateLimiter limiter = new RateLimiter(1, 1_000, 2, 500 * MS);
        assertEquals(2, limiter.tokens(0));
        assertTrue(limiter.tryAcquire(0, 500 * MS));
        assertTrue(limiter.tryAcquire(0, 500 * MS));
        assertFalse(limiter.tryAcquire(0, 500 * MS));
    }

    @Test
    void aMillionDecisionsAllocateNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        RateLimiter limiter = new RateLimiter(64, 100_000, 10, 0);
        long granted = run(limiter, 0, 50_000); // warm up: the JIT
        long before = threads.getThreadAllocatedBytes(me);
        granted += run(limiter, 50_000, 1_000_000);
        long allocated = threads.getThreadAllocatedBytes(me) - before;
        assertTrue(allocated < 16 * 1024, "a million tryAcquire calls allocated " + allocated + " bytes");
        assertTrue(granted > 0);
    }

    private static long run(RateLimiter limiter, long from, int n) {
        long granted = 0;
        for (long i = from; i < from + n; i++) {
            granted += limiter.tryAcquire((int) (i & 63), i * 200) ? 1 : 0;
        }
        return granted;
    }
}
