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
 * The course's codecs against SBE's, one message encoded and decoded per operation (see {@link Arms}). Every arm
 * runs in forks of its own, all with the same JVM flags: the course's codecs ignore the Agrona ones. Agrona's
 * bounds checks stay on (its default); {@link SbeUncheckedBench} runs SBE's arms with them off.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m",
        "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class CodecPeerBench {

    private final Arms arms = new Arms();

    @Benchmark
    public void courseNewOrder(Blackhole bh) {
        arms.courseNewOrder(bh);
    }

    @Benchmark
    public void sbeNewOrder(Blackhole bh) {
        arms.sbeNewOrder(bh);
    }

    @Benchmark
    public void courseCancelOrder(Blackhole bh) {
        arms.courseCancelOrder(bh);
    }

    @Benchmark
    public void sbeCancelOrder(Blackhole bh) {
        arms.sbeCancelOrder(bh);
    }

    @Benchmark
    public void courseExecutionReport(Blackhole bh) {
        arms.courseExecutionReport(bh);
    }

    @Benchmark
    public void sbeExecutionReport(Blackhole bh) {
        arms.sbeExecutionReport(bh);
    }
}
