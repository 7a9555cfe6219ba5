package org.ticktotrade.week07;

/**
 * A clock for tests: every read moves it on by {@code tickNanos} (so a spin-wait makes progress), and
 * {@link #spend} moves it on at once. Single-threaded, deterministic, and a 200 ms stall costs nothing.
 */
final class ManualClock implements NanoClock {

    private final long tickNanos;
    private long now;

    ManualClock(long startNanos, long tickNanos) {
        this.now = startNanos;
        this.tickNanos = tickNanos;
    }

    @Override
    public long nanoTime() {
        long t = now;
        now += tickNanos;
        return t;
    }

    @Override
    public void spend(long nanos) {
        now += nanos;
    }
}
