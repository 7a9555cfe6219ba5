package org.ticktotrade.peerbench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.week02.ArenaOrderBook;
import org.ticktotrade.week02.NaiveOrderBook;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week03.LadderOrderBook;
import org.ticktotrade.week03.TreeMapOrderBook;

/**
 * The peer comparison for a busy machine. JMH's wall-clock figures ({@link PeerBenchmark}) swing by 2x from
 * fork to fork when other processes share the two CPUs; this race measures what the benchmark thread itself
 * spends instead: its CPU time ({@code ThreadMXBean.getCurrentThreadCpuTime}) and the bytes it allocates
 * ({@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}) per command.
 *
 * <p>Each book runs in its own freshly started JVM (no shared heap, JIT profile or classpath surprises),
 * in rounds that interleave the books (A B C ... A B C ...), and a book's figure is its best round. CPU time
 * leaves out what the book makes other threads do, above all the garbage collector's work, so the bytes
 * per command column is the other half of the story.
 *
 * <p>{@code java -cp ... PeerCpuRace [rounds]}; a child is {@code PeerCpuRace --child BOOK}.
 */
public final class PeerCpuRace {

    private static final int WARMUP_PASSES = 15;
    private static final int MEASURED_PASSES = 10;

    private static final Map<String, Function<OrderFlow, OrderBook>> BOOKS = new LinkedHashMap<>();

    static {
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        BOOKS.put("courseNaive", flow -> new NaiveOrderBook(new BlackholeEvents(bh)));
        BOOKS.put("courseArena", flow -> new ArenaOrderBook(new BlackholeEvents(bh)));
        BOOKS.put("courseTreeMap", flow -> new TreeMapOrderBook(new BlackholeEvents(bh)));
        BOOKS.put("courseLadder", flow -> new LadderOrderBook(new BlackholeEvents(bh)));
        BOOKS.put("parity", flow -> new ParityBook(bh));
        BOOKS.put("exchangeCoreNaive", flow -> ExchangeCoreBook.naive(flow, bh));
        BOOKS.put("exchangeCoreDirect", flow -> ExchangeCoreBook.direct(flow, bh));
    }

    private PeerCpuRace() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(args[1]);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, double[]> best = new LinkedHashMap<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < rounds; round++) {
            for (String book : BOOKS.keySet()) {
                Process p = new ProcessBuilder(java, "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                        PeerCpuRace.class.getName(), "--child", book).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(book + " failed:\n" + out);
                }
                String[] last = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
                double[] v = {Double.parseDouble(last[0]), Double.parseDouble(last[1]), Double.parseDouble(last[2])};
                best.merge(book, v, (a, b) -> a[0] <= b[0] ? a : b);
                System.out.printf(Locale.ROOT, "round %d %-20s %8.1f ns/op cpu %8.1f ns/op wall %8.2f B/op%n", round + 1, book, v[0], v[1], v[2]);
            }
        }
        double ladder = best.get("courseLadder")[0];
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-20s %12s %14s %10s %10s", "book", "cpu ns/op", "M ops/s (cpu)", "B/op", "vs ladder"));
        for (Map.Entry<String, double[]> e : best.entrySet()) {
            double[] v = e.getValue();
            lines.add(String.format(Locale.ROOT, "%-20s %12.1f %14.2f %10.2f %9.2fx", e.getKey(), v[0], 1_000.0 / v[0], v[2], ladder / v[0]));
        }
        System.out.println();
        System.out.println("Peer CPU race: week 02's standard stream (seed 42), best of " + rounds + " interleaved rounds, one JVM per run, "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        lines.forEach(System.out::println);
    }

    private static void child(String name) {
        OrderFlow flow = OrderFlow.generate(PeerStreamBench.STREAM);
        OrderBook book = BOOKS.get(name).apply(flow);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            flow.applyAll(book);
        }
        // tag::measure[]
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long bytes0 = threads.getThreadAllocatedBytes(me);
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            flow.applyAll(book);
        }
        long commands = (long) MEASURED_PASSES * flow.size();
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / (double) commands;
        double wall = (System.nanoTime() - wall0) / (double) commands;
        double bytes = (threads.getThreadAllocatedBytes(me) - bytes0) / (double) commands;
        // end::measure[]
        System.out.printf(Locale.ROOT, "%.2f %.2f %.3f%n", cpu, wall, bytes);
    }
}
