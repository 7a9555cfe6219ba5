package org.ticktotrade.week07;

/**
 * Where the generator and the systems under test read the time. The real one is {@link System#nanoTime()};
 * tests pass a manual clock so that a 200 ms stall costs no wall time and every figure is exact.
 */
public interface NanoClock {

    NanoClock SYSTEM = System::nanoTime;

    long nanoTime();

    /**
     * Spends {@code nanos} of this clock's time: the real clock spins (a service that sleeps would hand its
     * core back and measure the scheduler, not itself); a manual clock simply moves on.
     */
    default void spend(long nanos) {
        long until = nanoTime() + nanos;
        while (nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
