package org.ticktotrade.week01.bench;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ticktotrade.week01.TypedChannel;

/**
 * The project's gated benchmark: the cost of one push followed by one pop, on one thread.
 *
 * <p>One thread means no contention and no cache-line traffic between cores: what is left is the
 * bare price of each arm's synchronization instructions, which is exactly what the week is about.
 * (Cross-thread behaviour is in {@link CrossThreadBench}, reported but not gated.)
 *
 * <p>The pushed value is a counter so the JIT cannot fold a constant through the queue, and each
 * benchmark returns the popped value so JMH consumes it and nothing is dead code.
 *
 * <p>The annotations are defaults for running by hand; the grader sets its own through the Runner API.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = MILLISECONDS)
public class PushPopPairBench {

    private TypedChannel.Producer producer;
    private TypedChannel.Consumer consumer;
    private LockedLongDeque lockedDeque;
    private long nextValue;

    @Setup(Level.Trial)
    public void open() {
        TypedChannel.Endpoints endpoints = TypedChannel.open();
        producer = endpoints.producer();
        consumer = endpoints.consumer();
        lockedDeque = new LockedLongDeque();
    }

    // tag::pair[]
    @Benchmark
    public long typedChannel() {
        producer.tryPush(nextValue++);
        return consumer.tryPop();
    }

    @Benchmark
    public long lockedDeque() {
        lockedDeque.tryPush(nextValue++);
        return lockedDeque.tryPop();
    }
    // end::pair[]
}
