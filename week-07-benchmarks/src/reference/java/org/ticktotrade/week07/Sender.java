package org.ticktotrade.week07;

/**
 * What the open-loop generator hands each request to. It must return as soon as the request is on its way:
 * the generator never waits for a reply, so whatever blocks here (a full ring, a stalled service called
 * synchronously) makes later requests late, and their lateness is measured from {@code intendedNanos}.
 */
@FunctionalInterface
public interface Sender {

    /**
     * @param sequence      the request's index in the schedule
     * @param intendedNanos when the schedule said it was due
     * @param sentNanos     when the generator actually sent it (never earlier than intended)
     */
    void send(long sequence, long intendedNanos, long sentNanos);
}
