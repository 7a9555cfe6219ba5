package org.ticktotrade.week04;

/**
 * Returns at once: the lowest latency, a whole core at 100% while idle. Right only when the thread has a
 * core of its own (pinned, isolated); on a shared 2-core machine it steals time from the very thread it
 * is waiting for.
 */
public final class BusySpinWaitStrategy implements WaitStrategy {

    @Override
    public int idle(int idleCount) {
        // TODO(kata) Do nothing at all and return idleCount + 1 (saturating, so it never wraps to negative). Read lesson 4, "Waiting: spin, onSpinWait, park".
        throw new UnsupportedOperationException("TODO(kata) Do nothing at all and return idleCount + 1 (saturating, so it never wraps to negative). Read lesson 4, \"Waiting: spin, onSpinWait, park\".");
    }
}
