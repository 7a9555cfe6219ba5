package org.ticktotrade.peerbench5;

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
 * SBE's arms again, with Agrona's bounds checks switched off ({@code -Dagrona.disable.bounds.checks=true}, read once
 * when UnsafeBuffer loads, hence a class with forks of its own): what SBE users who trust their buffers run in
 * production, and a thing the course's VarHandle codecs cannot do (a byte-buffer view always checks the index).
 * An extra row, not the like-for-like comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m",
        "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
        "-Dagrona.disable.bounds.checks=true"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class SbeUncheckedBench {

    private final Arms arms = new Arms();

    @Benchmark
    public void sbeNewOrder(Blackhole bh) {
        arms.sbeNewOrder(bh);
    }

    @Benchmark
    public void sbeCancelOrder(Blackhole bh) {
        arms.sbeCancelOrder(bh);
    }

    @Benchmark
    public void sbeExecutionReport(Blackhole bh) {
        arms.sbeExecutionReport(bh);
    }
}
