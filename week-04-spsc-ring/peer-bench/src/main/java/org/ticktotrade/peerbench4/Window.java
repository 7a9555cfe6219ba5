package org.ticktotrade.peerbench4;

import java.lang.management.ManagementFactory;

/**
 * The measured window, driven by the consumer: it counts items and, every 4096, looks at the clock. After
 * the warm-up it takes the first mark (items, time, both threads' CPU time), at the end the second, then
 * raises {@link #stop}. The counting stays on the consumer's thread, so the two threads share nothing but
 * the queue and the stop flag, which is written once.
 */
final class Window {

    static final int CHECK_MASK = 4096 - 1;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Read by the producer on every item: the line is only ever read until the single write at the end. */
    private final StopFlag flag = new StopFlag();

    private final long warmupEnd;
    private final long measureEnd;
    private long producerThreadId;
    private boolean started;
    private long items0, nanos0, cpu0;
    volatile long items, nanos, cpu;
    volatile boolean producerDone;

    Window(long warmupNanos, long measureNanos) {
        long now = System.nanoTime();
        this.warmupEnd = now + warmupNanos;
        this.measureEnd = warmupEnd + measureNanos;
    }

    void producerThread(long id) {
        this.producerThreadId = id;
    }

    boolean stopped() {
        return flag.stop;
    }

    /** Called by the consumer with its running item count, every {@link #CHECK_MASK}+1 items. */
    void check(long count) {
        long now = System.nanoTime();
        if (!started) {
            if (now >= warmupEnd) {
                started = true;
                items0 = count;
                nanos0 = now;
                cpu0 = cpuOfBoth();
            }
        } else if (now >= measureEnd && !flag.stop) {
            cpu = cpuOfBoth() - cpu0;
            nanos = now - nanos0;
            items = count - items0;
            flag.stop = true;
        }
    }

    private long cpuOfBoth() {
        return THREADS.getCurrentThreadCpuTime() + THREADS.getThreadCpuTime(producerThreadId);
    }

    /** One volatile boolean with a cache line of padding either side (by class hierarchy). */
    static class StopPadBefore {
        long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
    }

    static class StopField extends StopPadBefore {
        volatile boolean stop;
    }

    static final class StopFlag extends StopField {
        long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
    }
}
