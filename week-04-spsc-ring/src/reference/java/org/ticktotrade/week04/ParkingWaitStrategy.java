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
        // kata:solution lesson-04 Reject a parkNanos of zero or less with an IllegalArgumentException naming it (parkNanos(0) returns at once: the strategy would spin at full speed while claiming to park), then keep it.
        if (parkNanos <= 0) {
            throw new IllegalArgumentException("parkNanos must be positive, was " + parkNanos);
        }
        this.parkNanos = parkNanos;
        // kata:starter
        // this.parkNanos = 0;
        // kata:end
    }

    // tag::idle[]
    @Override
    public int idle(int idleCount) {
        // end::idle[]
        // kata:solution lesson-04 Below SPINS: Thread.onSpinWait(); below SPINS + YIELDS: Thread.yield(); otherwise LockSupport.parkNanos(parkNanos). Return idleCount + 1, saturating.
        // tag::idle[]
        if (idleCount < SPINS) {
            Thread.onSpinWait();
        } else if (idleCount < SPINS + YIELDS) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(parkNanos);
        }
        return idleCount == Integer.MAX_VALUE ? idleCount : idleCount + 1;
        // end::idle[]
        // kata:end
        // tag::idle[]
    }
    // end::idle[]
}
