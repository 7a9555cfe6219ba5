package org.ticktotrade.week04.bench;

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
import org.ticktotrade.week04.SpscLongRing;

/**
 * One offer and one poll in one thread, in the steady state: what the allocation gate reads
 * ({@code gc.alloc.rate.norm} must be 0 bytes per operation). Single-threaded on purpose: allocation is a
 * property of the code path, and one thread measures it without cross-core noise.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class OfferPollPairBench {

    private SpscLongRing ring;
    private long next;

    @Setup(Level.Trial)
    public void open() {
        ring = new SpscLongRing(1024);
        ring.offer(-1); // one value always in the ring, so each poll finds something
    }

    @Benchmark
    public long spscLongRing() {
        ring.offer(next++);
        return ring.poll();
    }
}
