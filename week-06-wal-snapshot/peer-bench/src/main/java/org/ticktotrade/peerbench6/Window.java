package org.ticktotrade.peerbench6;

import java.lang.management.ManagementFactory;

/**
 * The measured stretch of one arm: wall-clock time and the measuring thread's CPU time between {@link #start}
 * and {@link #stop}. Everything in these benchmarks runs on the one thread that calls both, so its CPU share
 * (CPU time over wall time) says whether it had a core throughout: well under 100% means it waited, either
 * for the disk (a force blocks in the kernel, and that is the point of forcing) or for the other jobs on the
 * machine.
 */
final class Window {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long nanos0;
    private long cpu0;
    long nanos;
    long cpu;

    void start() {
        cpu0 = THREADS.getCurrentThreadCpuTime();
        nanos0 = System.nanoTime();
    }

    void stop() {
        nanos = System.nanoTime() - nanos0;
        cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    }

    double perSecond(long items) {
        return items * 1e9 / nanos;
    }

    double cpuShare() {
        return cpu / (double) nanos;
    }
}
