package org.ticktotrade.peerbench4;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The course's SPSC rings against JCTools, Agrona and the Disruptor, one producer and one consumer thread,
 * the same capacity for every queue. Each queue runs in its own freshly started JVM (its loop sees one
 * queue class, no shared heap or JIT profile), in rounds that interleave the queues (A B C ... A B C ...),
 * so a burst of load from the rest of the machine hits every arm about equally. A queue's figure is its best
 * round (what it can do when it gets both CPUs); the median is printed too.
 *
 * <p>{@code java -cp ... PeerRingRace [rounds [capacity [seconds]]]}; a child is
 * {@code PeerRingRace --child ARM capacity seconds} and prints "items/s cpu-share sum".
 */
public final class PeerRingRace {

    /** Ratios are against this arm: JCTools' SPSC array queue, the VarHandle build (no Unsafe warning on JDK 25). */
    static final String BASELINE = "jctoolsVarHandle";

    private static final Map<String, String> ARMS = new LinkedHashMap<>();

    static {
        ARMS.put("courseSpscRing", "course SpscRing<Long> (reference)");
        ARMS.put("jctoolsVarHandle", "JCTools SpscVarHandleArrayQueue 4.0.7");
        ARMS.put("jctoolsUnsafe", "JCTools SpscArrayQueue (Unsafe) 4.0.7");
        ARMS.put("agronaOneToOne", "Agrona OneToOneConcurrentArrayQueue 2.6.0");
        ARMS.put("disruptor1P1C", "Disruptor 4.0.0 1P1C SINGLE BusySpin");
        ARMS.put("courseSpscRingDrain", "course SpscRing<Long>, consumer drain(limit)");
        ARMS.put("jctoolsVarHandleDrain", "JCTools SpscVarHandleArrayQueue, consumer drain");
        ARMS.put("agronaOneToOneDrain", "Agrona OneToOne..., consumer drain(limit)");
        ARMS.put("courseSpscLongRing", "course SpscLongRing (long[], NOT like-for-like)");
        ARMS.put("arrayBlockingQueue", "ArrayBlockingQueue offer/poll (context)");
        ARMS.put("lockArrayDeque", "ReentrantLock + ArrayDeque (context)");
    }

    /** The same flags for every child; only Agrona needs the add-opens (jdk.internal.misc.Unsafe), the others ignore it. */
    static final List<String> CHILD_FLAGS = List.of("-Xms256m", "-Xmx256m", "-XX:+UseParallelGC",
            "--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED");

    private PeerRingRace() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]), Double.parseDouble(args[3]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int capacity = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 2.0;
        if (rounds < 1 || capacity < 2 || Integer.bitCount(capacity) != 1 || !(seconds > 0)) {
            throw new IllegalArgumentException("usage: PeerRingRace [rounds>=1 [capacity, a power of two >= 2 [seconds>0]]], got "
                    + String.join(" ", args));
        }
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < rounds; round++) {
            for (String arm : ARMS.keySet()) {
                List<String> cmd = new ArrayList<>();
                cmd.add(java);
                cmd.addAll(CHILD_FLAGS);
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PeerRingRace.class.getName(),
                        "--child", arm, Integer.toString(capacity), Double.toString(seconds)));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(arm + " failed:\n" + out);
                }
                // anything before the last line (a JVM warning, say) is shown, not hidden
                List<String> lines = out.lines().toList();
                lines.subList(0, lines.size() - 1).forEach(l -> System.out.println("  [" + arm + "] " + l));
                String[] last = lines.get(lines.size() - 1).split(" ");
                double[] v = {Double.parseDouble(last[0]), Double.parseDouble(last[1])};
                results.computeIfAbsent(arm, k -> new ArrayList<>()).add(v);
                System.out.printf(Locale.ROOT, "round %d %-22s %9.2f M items/s  cpu %4.0f%%%n", round + 1, arm, v[0] / 1e6, v[1] * 100);
            }
        }
        double base = best(results.get(BASELINE))[0];
        double baseMedian = median(results.get(BASELINE));
        System.out.println();
        System.out.println("Peer ring race: 1 producer + 1 consumer thread, capacity " + capacity + ", " + seconds
                + " s measured after 1 s warm-up, best of " + rounds + " interleaved rounds, one JVM per run, "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        System.out.printf(Locale.ROOT, "%-22s %-48s %10s %10s %10s %10s %6s%n", "arm", "queue", "best M/s", "vs JCTools",
                "median M/s", "vs JCTools", "cpu%");
        for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
            double[] b = best(e.getValue());
            double m = median(e.getValue());
            System.out.printf(Locale.ROOT, "%-22s %-48s %10.2f %9.2fx %10.2f %9.2fx %5.0f%%%n", e.getKey(), ARMS.get(e.getKey()),
                    b[0] / 1e6, b[0] / base, m / 1e6, m / baseMedian, b[1] * 100);
        }
        System.out.println("cpu% = CPU time of both threads over the window (200% = each had a core throughout), best round.");
    }

    private static double[] best(List<double[]> runs) {
        return runs.stream().max((a, b) -> Double.compare(a[0], b[0])).orElseThrow();
    }

    private static double median(List<double[]> runs) {
        double[] r = runs.stream().mapToDouble(v -> v[0]).sorted().toArray();
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

    private static void child(String arm, int capacity, double seconds) throws InterruptedException {
        if (!ARMS.containsKey(arm)) {
            throw new IllegalArgumentException("unknown arm: " + arm + ", known: " + ARMS.keySet());
        }
        Window window = new Window(1_000_000_000L, (long) (seconds * 1e9));
        long sum = Arms.run(arm, capacity, window);
        if (window.nanos == 0) {
            throw new IllegalStateException(arm + ": the window never closed (fewer than " + (Window.CHECK_MASK + 1) + " items moved?)");
        }
        double perSecond = window.items * 1e9 / window.nanos;
        double cpuShare = window.cpu / (double) window.nanos;
        System.out.printf(Locale.ROOT, "%.1f %.3f %d%n", perSecond, cpuShare, sum);
    }
}
