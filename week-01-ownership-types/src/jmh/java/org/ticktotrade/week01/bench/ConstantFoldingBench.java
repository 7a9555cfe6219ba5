package org.ticktotrade.week01.bench;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

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
 * Lesson 5: inputs the JIT can see at compile time are inputs it computes with at compile time.
 * {@code constantInputs} returns a number the JIT worked out once; {@code fieldInputs} does the work
 * on every call. Run it: {@code ./kata bench week-01 ConstantFolding}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = MILLISECONDS)
public class ConstantFoldingBench {

    // tag::folding[]
    private static final long PRICE_TICKS = 10_150; // compile-time constants: javac inlines them,
    private static final long LOTS = 7;              // and the JIT folds everything computed from them

    private long priceTicks = 10_150; // @State fields: read on every call, as real inputs are
    private long lots = 7;

    @Benchmark
    public long constantInputs() {
        return OrderHash.mix(PRICE_TICKS, LOTS); // compiles to "return <the answer>"
    }

    @Benchmark
    public long fieldInputs() {
        return OrderHash.mix(priceTicks, lots); // sixteen real rounds per call
    }
    // end::folding[]
}
