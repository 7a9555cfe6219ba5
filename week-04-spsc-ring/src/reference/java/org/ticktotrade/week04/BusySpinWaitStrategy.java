package org.ticktotrade.week04;

/**
 * Returns at once: the lowest latency, a whole core at 100% while idle. Right only when the thread has a
 * core of its own (pinned, isolated); on a shared 2-core machine it steals time from the very thread it
 * is waiting for.
 */
public final class BusySpinWaitStrategy implements WaitStrategy {

    // tag::idle[]
    @Override
    public int idle(int idleCount) {
        // end::idle[]
        // kata:solution lesson-04 Do nothing at all and return idleCount + 1 (saturating, so it never wraps to negative).
        // tag::idle[]
        return idleCount == Integer.MAX_VALUE ? idleCount : idleCount + 1;
        // end::idle[]
        // kata:end
        // tag::idle[]
    }
    // end::idle[]
}
