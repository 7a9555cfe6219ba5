package org.ticktotrade.week01.bench;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
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
 * Cross-thread throughput: one producer thread and one consumer thread on the same queue, for the
 * ring ({@code typedChannel} group) and for the locked baseline ({@code lockedDeque} group).
 *
 * <p><b>Reported, not gated.</b> On a 2-vCPU machine the two threads share the box with the JVM, the
 * OS and everything else, so run-to-run noise is larger than the effect; the gate lives in
 * {@link PushPopPairBench}.
 *
 * <p>The primary score counts calls, including a push into a full queue or a pop from an empty one.
 * The {@link Transfers} counters ({@code pushed}, {@code popped}) count only the calls that moved a
 * value: read those. Neither side ever waits: a failed call returns at once and JMH calls again, so
 * both threads stop cleanly when the iteration ends.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = MILLISECONDS)
public class CrossThreadBench {

    /** Successful transfers, per thread; JMH sums them over the group and reports them as rates. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Transfers {
        public long pushed;
        public long popped;

        @Setup(Level.Iteration)
        public void reset() {
            pushed = 0;
            popped = 0;
        }
    }

    private TypedChannel.Producer producer;
    private TypedChannel.Consumer consumer;
    private LockedLongDeque lockedDeque;

    @Setup(Level.Trial)
    public void open() {
        TypedChannel.Endpoints endpoints = TypedChannel.open();
        producer = endpoints.producer();
        consumer = endpoints.consumer();
        lockedDeque = new LockedLongDeque();
    }

    @Benchmark
    @Group("typedChannel")
    @GroupThreads(1)
    public void typedChannelPush(Transfers transfers) {
        // The count doubles as the value: it changes every time, and never reaches EMPTY.
        if (producer.tryPush(transfers.pushed)) {
            transfers.pushed++;
        }
    }

    @Benchmark
    @Group("typedChannel")
    @GroupThreads(1)
    public void typedChannelPop(Transfers transfers) {
        if (consumer.tryPop() != TypedChannel.EMPTY) {
            transfers.popped++;
        }
    }

    @Benchmark
    @Group("lockedDeque")
    @GroupThreads(1)
    public void lockedDequePush(Transfers transfers) {
        if (lockedDeque.tryPush(transfers.pushed)) {
            transfers.pushed++;
        }
    }

    @Benchmark
    @Group("lockedDeque")
    @GroupThreads(1)
    public void lockedDequePop(Transfers transfers) {
        if (lockedDeque.tryPop() != LockedLongDeque.EMPTY) {
            transfers.popped++;
        }
    }
}
