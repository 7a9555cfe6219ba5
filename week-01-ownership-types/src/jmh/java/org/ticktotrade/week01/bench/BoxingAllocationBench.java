package org.ticktotrade.week01.bench;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lesson 5: reading {@code gc.alloc.rate.norm}, the bytes allocated per benchmark call. A queue of
 * boxed {@code Long}s allocates one box per price; the same queue carrying small values allocates
 * nothing (they come from {@code Long}'s cache of -128..127); a {@code long[]} never allocates.
 * Run it: {@code ./kata bench week-01 BoxingAllocation} (the {@code -prof gc} columns are the point).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = MILLISECONDS)
public class BoxingAllocationBench {

    private final ArrayDeque<Long> boxed = new ArrayDeque<>(1024);
    private final long[] slots = new long[1024];
    private int head;
    private int tail;
    private long nextPrice = 10_000;

    // tag::boxing[]
    @Benchmark
    public long boxedPrices() {
        boxed.addLast(nextPrice++); // Long.valueOf(10_000 and up): a new object every call
        return boxed.pollFirst();
    }

    @Benchmark
    public long boxedSmallValues() {
        boxed.addLast(nextPrice++ & 127); // Long.valueOf(0..127): a cached object, no allocation
        return boxed.pollFirst();
    }

    @Benchmark
    public long primitivePrices() {
        slots[tail++ & 1023] = nextPrice++; // a long in a long[]: nothing to allocate
        return slots[head++ & 1023];
    }
    // end::boxing[]
}
