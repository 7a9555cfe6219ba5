package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lesson 4: what each wait strategy does with the idle count. */
class WaitStrategyTest {

    private static final long LONG_PARK = TimeUnit.SECONDS.toNanos(30);

    @Test
    void busySpinCountsUpAndNeverWraps() {
        WaitStrategy spin = new BusySpinWaitStrategy();
        assertEquals(1, spin.idle(0), "idle(0) returns 1");
        assertEquals(42, spin.idle(41), "idle(n) returns n + 1");
        assertEquals(Integer.MAX_VALUE, spin.idle(Integer.MAX_VALUE), "the count saturates instead of going negative");
    }

    @Test
    void onSpinWaitCountsUpAndNeverWraps() {
        WaitStrategy spin = new SpinWaitStrategy();
        assertEquals(1, spin.idle(0), "idle(0) returns 1");
        assertEquals(Integer.MAX_VALUE, spin.idle(Integer.MAX_VALUE), "the count saturates");
    }

    @Test
    void parkingRejectsANonPositivePark() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ParkingWaitStrategy(-5),
                "a parkNanos of zero or less must be rejected: parkNanos(0) returns at once, so it would spin while claiming to park");
        assertTrue(e.getMessage() != null && e.getMessage().contains("-5"), "the message names the value, was: " + e.getMessage());
    }

    @ParameterizedTest(name = "idle({0}) spins or yields: it returns at once even with a 30 s park configured")
    @ValueSource(ints = {0, 1, ParkingWaitStrategy.SPINS - 1, ParkingWaitStrategy.SPINS, ParkingWaitStrategy.SPINS + ParkingWaitStrategy.YIELDS - 1})
    @Timeout(5)
    void parkingSpinsAndYieldsBeforeItParks(int idleCount) {
        assertEquals(idleCount + 1, new ParkingWaitStrategy(LONG_PARK).idle(idleCount),
                "below SPINS + YIELDS the strategy must spin or yield, not park, and return the count + 1");
    }

    @Test
    void parkingParksOnceItHasSpunAndYielded() throws Exception {
        WaitStrategy parking = new ParkingWaitStrategy(LONG_PARK);
        int idleCount = ParkingWaitStrategy.SPINS + ParkingWaitStrategy.YIELDS;
        try (TestThreads threads = new TestThreads()) {
            TestThreads.Spawned<Integer> waiter = threads.start("waiter", () -> parking.idle(idleCount));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            Thread.State state;
            while ((state = waiter.thread().getState()) != Thread.State.TIMED_WAITING && state != Thread.State.TERMINATED
                    && System.nanoTime() - deadline < 0) {
                Thread.sleep(1);
            }
            if (state == Thread.State.TERMINATED) {
                waiter.join(Duration.ZERO, "finished"); // a failure inside idle() is the better message
                throw new AssertionError("idle(SPINS + YIELDS) returned without parking: past the spins and yields it"
                        + " must call LockSupport.parkNanos(parkNanos), here 30 s");
            }
            assertEquals(Thread.State.TIMED_WAITING, state, "idle(SPINS + YIELDS) must park (TIMED_WAITING) within 5 s");
            java.util.concurrent.locks.LockSupport.unpark(waiter.thread());
            assertEquals(idleCount + 1, waiter.join(Duration.ofSeconds(5), "an unparked idle() must return"),
                    "idle returns the count + 1 after parking");
        }
    }
}
