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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lesson 5: a result nobody uses is a result the JIT does not compute. {@code resultDropped} measures
 * the same as the empty {@code baseline}; returning the value or handing it to a {@link Blackhole}
 * brings the work back. Run it: {@code ./kata bench week-01 DeadCodeElimination}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = MILLISECONDS)
public class DeadCodeEliminationBench {

    // Fields of a @State object, not constants: the JIT must read them every call (see ConstantFoldingBench).
    private long priceTicks = 10_150;
    private long lots = 7;

    // tag::dce[]
    @Benchmark
    public void baseline() {
        // empty: the cost of the benchmark loop itself
    }

    @Benchmark
    public void resultDropped() {
        OrderHash.mix(priceTicks, lots); // pure, result unused: the JIT deletes the call
    }

    @Benchmark
    public long resultReturned() {
        return OrderHash.mix(priceTicks, lots); // JMH consumes whatever a benchmark returns
    }

    @Benchmark
    public void resultsSunk(Blackhole blackhole) {
        blackhole.consume(OrderHash.mix(priceTicks, lots)); // two results, one return value:
        blackhole.consume(OrderHash.mix(lots, priceTicks)); // the Blackhole takes both
    }
    // end::dce[]
}
