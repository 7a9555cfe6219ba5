package org.ticktotrade.peerbench5;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of JMH's worker threads per operation, next to JMH's wall-clock time: on a shared machine a benchmark
 * thread that waits for a core keeps the wall clock running but not its CPU clock, so this figure is the one that
 * survives the neighbours' load (it does not undo their effect on caches). Worker threads are JMH's
 * "...-jmh-worker-N"; JIT, GC and JMH's control thread are left out.
 */
public final class WorkerCpuTimeProfiler implements InternalProfiler {

    static final String CPU_NORM = "cpu.time.norm";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "CPU time of the JMH worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = workerCpuNanos() - before;
        long ops = result.getMetadata().getMeasuredOps();
        return List.of(new ScalarResult(CPU_NORM, ops == 0 ? Double.NaN : (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
    }

    private long workerCpuNanos() {
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("jmh-worker")) {
                long ns = threads.getThreadCpuTime(t.getThreadId());
                sum += Math.max(ns, 0);
            }
        }
        return sum;
    }
}
