package org.ticktotrade.week04;

import java.util.concurrent.locks.LockSupport;

/**
 * Backs off in three steps: spin (with {@link Thread#onSpinWait()}) for the first {@link #SPINS} idle
 * rounds, then {@link Thread#yield()} for the next {@link #YIELDS}, then {@link LockSupport#parkNanos}.
 * A burst right after work is caught at spin latency; a long quiet spell costs almost no CPU, at the price
 * of a wake-up that takes as long as the OS timer slack (often 50 us on Linux) rather than nanoseconds.
 */
public final class ParkingWaitStrategy implements WaitStrategy {

    public static final int SPINS = 100;
    public static final int YIELDS = 10;

    private final long parkNanos;

    /** @param parkNanos how long each park asks for; must be positive */
    public ParkingWaitStrategy(long parkNanos) {
        // TODO(kata) Reject a parkNanos of zero or less with an IllegalArgumentException naming it (parkNanos(0) returns at once: the strategy would spin at full speed while claiming to park), then keep it. Read lesson 4, "Waiting: spin, onSpinWait, park".
        this.parkNanos = 0;
    }

    @Override
    public int idle(int idleCount) {
        // TODO(kata) Below SPINS: Thread.onSpinWait(); below SPINS + YIELDS: Thread.yield(); otherwise LockSupport.parkNanos(parkNanos). Return idleCount + 1, saturating. Read lesson 4, "Waiting: spin, onSpinWait, park".
        throw new UnsupportedOperationException("TODO(kata) Below SPINS: Thread.onSpinWait(); below SPINS + YIELDS: Thread.yield(); otherwise LockSupport.parkNanos(parkNanos). Return idleCount + 1, saturating. Read lesson 4, \"Waiting: spin, onSpinWait, park\".");
    }
}
