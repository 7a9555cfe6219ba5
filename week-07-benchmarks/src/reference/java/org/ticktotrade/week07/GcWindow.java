package org.ticktotrade.week07;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The allocation check of a load run: how many garbage collections happened, and how many bytes the measured
 * threads allocated, between {@link #open} (the end of the warm-up) and {@link #close} (the end of the run).
 * A pipeline whose steady state allocates nothing has no young collection to pause it, whatever the heap; one
 * that allocates 48 bytes a message at a million messages a second fills a 2 GB young generation every 40
 * seconds and pauses for it.
 *
 * <p>Collections come from the {@link GarbageCollectorMXBean}s, every collector together: with G1 a young
 * pause counts in "G1 Young Generation", a concurrent cycle in "G1 Concurrent GC", and either means something
 * allocated. Bytes come from {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, per thread,
 * which counts every TLAB and outside-TLAB allocation the thread made: exact, unlike a GC count, which only
 * says a threshold was crossed.
 */
public final class GcWindow {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long[] threadIds;
    private final long collectionsAtOpen;
    private final long[] bytesAtOpen;

    private GcWindow(long[] threadIds, long collectionsAtOpen, long[] bytesAtOpen) {
        this.threadIds = threadIds;
        this.collectionsAtOpen = collectionsAtOpen;
        this.bytesAtOpen = bytesAtOpen;
    }

    /** The result of a window: collections and bytes allocated by the watched threads while it was open. */
    public record Counts(long collections, long allocatedBytes) {}

    // tag::allocation-check[]
    /** Opens a window watching {@code threads} (the generator, the engine): call it when the warm-up ends. */
    public static GcWindow open(Thread... threads) {
        // end::allocation-check[]
        // kata:solution lesson-04 Remember each thread's id (Thread.threadId()), the total collection count now (collections()) and each thread's allocated bytes now (allocatedBytes(ids)).
        // tag::allocation-check[]
        long[] ids = new long[threads.length];
        for (int i = 0; i < threads.length; i++) {
            ids[i] = threads[i].threadId();
        }
        return new GcWindow(ids, collections(), allocatedBytes(ids));
        // end::allocation-check[]
        // kata:end
        // tag::allocation-check[]
    }

    /** What happened since {@link #open}. Allocates (a small array and the result): call it after the run. */
    public Counts close() {
        // end::allocation-check[]
        // kata:solution lesson-04 Subtract what open() saw from the collection count and from each thread's allocated bytes now, and add up the threads.
        // tag::allocation-check[]
        long[] now = allocatedBytes(threadIds);
        long bytes = 0;
        for (int i = 0; i < now.length; i++) {
            // -1 means the thread has ended (or the JVM cannot tell): count what it allocated until open, i.e. nothing since
            bytes += now[i] < 0 || bytesAtOpen[i] < 0 ? 0 : now[i] - bytesAtOpen[i];
        }
        return new Counts(collections() - collectionsAtOpen, bytes);
        // end::allocation-check[]
        // kata:end
        // tag::allocation-check[]
    }

    /** Every collector's collection count, added up; a collector that cannot tell (-1) counts 0. */
    public static long collections() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        long total = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }
    // end::allocation-check[]

    private static long[] allocatedBytes(long[] ids) {
        return THREADS.getThreadAllocatedBytes(ids);
    }
}
