package org.ticktotrade.capstone;

import org.ticktotrade.week07.LatencyRecorder;
import org.ticktotrade.week07.Schedule;
import org.ticktotrade.week07.Sender;

/**
 * What the kill-metric run drives: the exchange over loopback ({@link ExchangeLoadTarget}) or its engine alone in
 * process ({@link EngineLoadTarget}). Both take request i of {@link LoadMix}, answer it, and record its response
 * time from its due time; the run only sees this interface, so both arms are measured by the same code.
 */
interface LoadTarget extends AutoCloseable {

    /** One line for the report: what is measured, and how. */
    String describe();

    /**
     * Times the requests sent from now on against {@code schedule} (its request 0 is the next request) into
     * {@code recorder}. Only between phases, once every request sent so far has been answered.
     */
    void beginPhase(Schedule schedule, LatencyRecorder recorder);

    /** The generator's side; only the thread that calls {@link #beginPhase} may use it. */
    Sender sender();

    /** Sends whatever the sender kept back (a client may coalesce requests when behind); after each phase's last. */
    default void flush() {
    }

    /** After {@link #awaitAnswered}: completes the phase's figures in the recorder {@link #beginPhase} was given. */
    default void endPhase() {
    }

    /**
     * Waits until {@code count} requests have been answered and recorded, or until {@code timeoutNanos} has passed
     * without a new answer; returns how many were answered. Fewer than {@code count}: requests were lost.
     */
    long awaitAnswered(long count, long timeoutNanos);

    /** The threads that serve the requests, for the allocation window. */
    Thread[] threads();

    /** Answers by kind, and refusals (a reject other than a cancel's UNKNOWN_ORDER), counted since start. */
    AnswerCounts counts();

    @Override
    void close() throws Exception;
}
