package org.ticktotrade.week04.bench;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
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
import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week04.SpscRing;

/**
 * Cross-thread throughput: in each group one producer thread and one consumer thread share one queue of
 * capacity {@link #CAPACITY}. Read the {@code popped} counter (values that crossed, per microsecond), not the
 * primary score, which counts calls, including offers into a full queue and polls of an empty one. Neither
 * side ever blocks: a call that finds no room or nothing returns at once and JMH calls again, so both
 * threads stop cleanly when the iteration ends.
 *
 * <p>The reference-typed arms ({@code spscRing}, {@code arrayBlockingQueue}, {@code lockedDeque}) move the
 * same pre-boxed {@link Long}s, so none of them allocates and the comparison is the queues alone. On a
 * 2-vCPU machine the two threads have the whole box only when nothing else runs: the gate compares arms
 * measured in the same run, interleaved, and reports "inconclusive" when the noise swamps the difference.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = MILLISECONDS)
public class CrossThreadRingBench {

    static final int CAPACITY = 1024;
    static final int BATCH = 64;
    private static final Long[] BOXED = new Long[CAPACITY];

    static {
        for (int i = 0; i < CAPACITY; i++) {
            BOXED[i] = (long) i;
        }
    }

    /** Values moved, per thread; JMH sums them over the group and reports them as rates. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Transfers implements LongSupplier, LongConsumer {
        public long pushed;
        public long popped;

        @Setup(Level.Iteration)
        public void reset() {
            pushed = 0;
            popped = 0;
        }

        /** fill's supplier: the count doubles as the value (it never reaches EMPTY). */
        @Override
        public long getAsLong() {
            return pushed++;
        }

        /** drain's consumer. */
        @Override
        public void accept(long value) {
            popped++;
        }

        Long boxed() {
            return BOXED[(int) pushed & (CAPACITY - 1)];
        }
    }

    private SpscLongRing spscLongRing;
    private SpscRing<Long> spscRing;
    private ArrayBlockingQueue<Long> arrayBlockingQueue;
    private LockedArrayDeque<Long> lockedDeque;
    private UnpaddedLongRing unpaddedRing;
    private UncachedLongRing uncachedRing;
    private SpscLongRing batchedRing;

    @Setup(Level.Trial)
    public void open() {
        // Each group has its own instance of this state, so each group's threads see only their own queue.
        spscLongRing = new SpscLongRing(CAPACITY);
        spscRing = new SpscRing<>(CAPACITY);
        arrayBlockingQueue = new ArrayBlockingQueue<>(CAPACITY);
        lockedDeque = new LockedArrayDeque<>(CAPACITY);
        unpaddedRing = new UnpaddedLongRing(CAPACITY);
        uncachedRing = new UncachedLongRing(CAPACITY);
        batchedRing = new SpscLongRing(CAPACITY);
    }

    // tag::long-ring[]
    @Benchmark
    @Group("spscLongRing")
    @GroupThreads(1)
    public void spscLongRingOffer(Transfers t) {
        if (spscLongRing.offer(t.pushed)) {
            t.pushed++;
        }
    }

    @Benchmark
    @Group("spscLongRing")
    @GroupThreads(1)
    public void spscLongRingPoll(Transfers t) {
        if (spscLongRing.poll() != SpscLongRing.EMPTY) {
            t.popped++;
        }
    }
    // end::long-ring[]

    @Benchmark
    @Group("spscRing")
    @GroupThreads(1)
    public void spscRingOffer(Transfers t) {
        if (spscRing.offer(t.boxed())) {
            t.pushed++;
        }
    }

    @Benchmark
    @Group("spscRing")
    @GroupThreads(1)
    public void spscRingPoll(Transfers t) {
        if (spscRing.poll() != null) {
            t.popped++;
        }
    }

    @Benchmark
    @Group("arrayBlockingQueue")
    @GroupThreads(1)
    public void arrayBlockingQueueOffer(Transfers t) {
        if (arrayBlockingQueue.offer(t.boxed())) {
            t.pushed++;
        }
    }

    @Benchmark
    @Group("arrayBlockingQueue")
    @GroupThreads(1)
    public void arrayBlockingQueuePoll(Transfers t) {
        if (arrayBlockingQueue.poll() != null) {
            t.popped++;
        }
    }

    @Benchmark
    @Group("lockedDeque")
    @GroupThreads(1)
    public void lockedDequeOffer(Transfers t) {
        if (lockedDeque.offer(t.boxed())) {
            t.pushed++;
        }
    }

    @Benchmark
    @Group("lockedDeque")
    @GroupThreads(1)
    public void lockedDequePoll(Transfers t) {
        if (lockedDeque.poll() != null) {
            t.popped++;
        }
    }

    @Benchmark
    @Group("unpaddedRing")
    @GroupThreads(1)
    public void unpaddedRingOffer(Transfers t) {
        if (unpaddedRing.offer(t.pushed)) {
            t.pushed++;
        }
    }

    @Benchmark
    @Group("unpaddedRing")
    @GroupThreads(1)
    public void unpaddedRingPoll(Transfers t) {
        if (unpaddedRing.poll() != UnpaddedLongRing.EMPTY) {
            t.popped++;
        }
    }

    @Benchmark
    @Group("uncachedRing")
    @GroupThreads(1)
    public void uncachedRingOffer(Transfers t) {
        if (uncachedRing.offer(t.pushed)) {
            t.pushed++;
        }
    }

    @Benchmark
    @Group("uncachedRing")
    @GroupThreads(1)
    public void uncachedRingPoll(Transfers t) {
        if (uncachedRing.poll() != UncachedLongRing.EMPTY) {
            t.popped++;
        }
    }

    // tag::batched[]
    @Benchmark
    @Group("batched")
    @GroupThreads(1)
    public int batchedFill(Transfers t) {
        return batchedRing.fill(t, BATCH); // t counts what it supplies
    }

    @Benchmark
    @Group("batched")
    @GroupThreads(1)
    public int batchedDrain(Transfers t) {
        return batchedRing.drain(t, BATCH); // t counts what it is handed
    }
    // end::batched[]
}
