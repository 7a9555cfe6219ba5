package org.ticktotrade.capstone;

/**
 * A token bucket per client: each client may send {@code burst} messages at once and {@code ratePerSecond} on
 * average. Every message takes a token; tokens come back at the rate, up to the burst. A message that finds the
 * bucket empty is refused ({@link Reject#RATE_LIMITED}) and takes nothing.
 *
 * <p>It lives on the gateway thread, in front of the journal: a refused message never becomes a command, so
 * replaying the journal never asks the limiter again, and the engine's state stays a function of the journal
 * alone. The clock is passed in ({@code System.nanoTime()} in the gateway, a counter in tests), so the bucket reads
 * no clock of its own and the tests control time exactly.
 *
 * <p>Whole numbers only: a token is {@link #SCALE} units, and the rate adds {@code ratePerSecond} units per
 * nanosecond, so a rate that is not a whole number of tokens per nanosecond loses nothing to rounding. Two
 * {@code long} arrays indexed by client id, allocated here: {@link #tryAcquire} allocates nothing.
 * One thread (the gateway's) owns it: plain fields.
 */
public final class RateLimiter {

    // tag::units[]
    /** Units in one token. */
    public static final long SCALE = 1_000_000_000L;

    private final long ratePerSecond;
    private final long capacity;
    private final long refillNanos;
    private final long[] units;
    private final long[] lastNanos;

    /**
     * @param clients       client ids are 0 .. clients - 1
     * @param ratePerSecond tokens a client earns per second, at least 1
     * @param burst         the most tokens a client may hold, at least 1; every bucket starts full
     * @param startNanos    the clock's reading now
     */
    public RateLimiter(int clients, long ratePerSecond, long burst, long startNanos) {
        if (clients < 1 || ratePerSecond < 1 || ratePerSecond > SCALE || burst < 1 || burst > Long.MAX_VALUE / SCALE / 2) {
            throw new IllegalArgumentException("need clients >= 1, 1 <= ratePerSecond <= 1e9 and 1 <= burst <= 4e9, got "
                    + clients + ", " + ratePerSecond + ", " + burst);
        }
        this.ratePerSecond = ratePerSecond;
        this.capacity = burst * SCALE;
        this.refillNanos = (capacity + ratePerSecond - 1) / ratePerSecond; // empty to full, rounded up
        this.units = new long[clients];
        this.lastNanos = new long[clients];
        java.util.Arrays.fill(units, capacity);
        java.util.Arrays.fill(lastNanos, startNanos);
    }
    // end::units[]

    // tag::token-bucket[]
    /** Takes a token for one message of {@code client} at {@code nowNanos}: true when it may pass. */
    public boolean tryAcquire(int client, long nowNanos) {
        // kata:solution lesson-05 Refill first: elapsed = now - last; if positive, add elapsed * ratePerSecond units (capped at capacity; an elapsed of refillNanos or more fills the bucket, and keeps the product from overflowing) and set last = now. A clock that stepped back adds nothing. Then take SCALE units if there are that many.
        final long elapsed = nowNanos - lastNanos[client];
        if (elapsed > 0) {
            units[client] = elapsed >= refillNanos ? capacity : Math.min(capacity, units[client] + elapsed * ratePerSecond);
            lastNanos[client] = nowNanos;
        }
        if (units[client] >= SCALE) {
            units[client] -= SCALE;
            return true;
        }
        return false;
        // kata:end
    }
    // end::token-bucket[]

    /** Whole tokens the client holds, as of its last message (no refill: a read changes nothing). */
    public long tokens(int client) {
        return units[client] / SCALE;
    }
}
