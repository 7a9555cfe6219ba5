package org.ticktotrade.week07;

/**
 * Connects the open-loop generator to a {@link Service} called on the generator's own thread: the call returns
 * when the request is done, so a stall holds the generator up, and the requests due meanwhile go out late. Their
 * latency still counts from their due time, which is the whole point.
 */
public final class SynchronousSender implements Sender {

    private final NanoClock clock;
    private final Service service;
    private final LatencyRecorder recorder;

    public SynchronousSender(NanoClock clock, Service service, LatencyRecorder recorder) {
        this.clock = clock;
        this.service = service;
        this.recorder = recorder;
    }

    @Override
    public void send(long sequence, long intendedNanos, long sentNanos) {
        service.handle(sequence);
        recorder.record(intendedNanos, sentNanos, clock.nanoTime());
    }
}
