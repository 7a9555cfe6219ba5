package org.ticktotrade.week04;

/**
 * What a thread does when the ring has nothing for it (an empty ring for the consumer, a full one for
 * the producer): the trade between how soon it notices new work and how much CPU it burns meanwhile.
 *
 * <p>Use: {@code int idle = 0; while (running) { if (work()) idle = 0; else idle = wait.idle(idle); }}.
 * The count lets a strategy escalate (spin first, then back off) without keeping state of its own, so
 * one instance can serve any number of threads.
 */
public interface WaitStrategy {

    /**
     * Waits once.
     *
     * @param idleCount how many times in a row this thread has found no work (0 the first time)
     * @return the count to pass next time
     */
    int idle(int idleCount);
}
