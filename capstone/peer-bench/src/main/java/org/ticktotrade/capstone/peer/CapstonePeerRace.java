package org.ticktotrade.capstone.peer;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The capstone's engine against exchange-core's matching stage, in process, on one seeded stream (week 03's peer
 * race, for the integrated engine). In three steps:
 *
 * <ol>
 *   <li>generate the stream ({@link CommandStream}) and write it to a temporary file;</li>
 *   <li>the check: replay it twice on each arm with counting sinks, in this JVM; every arm must report the same
 *       {@link Tally} (the same trades in the same order, the same cancels) on both passes, and leave its books
 *       empty, or the run stops before anything is timed;</li>
 *   <li>the race: each arm in its own fresh JVM, in rounds that interleave the arms (A B C A B C ...). A child
 *       reads the stream, replays it {@value #WARMUP_PASSES} times to warm up and {@value #MEASURED_PASSES} times
 *       measured, and reports its thread's CPU time, wall time and allocated bytes per command. An arm's figure is
 *       its best round by CPU time, which is what survives a shared machine best.</li>
 * </ol>
 *
 * <p>{@code java -cp ... CapstonePeerRace [rounds [commands]]}; a child is {@code CapstonePeerRace --child ARM FILE}.
 */
public final class CapstonePeerRace {

    static final long SEED = 42;
    static final int INSTRUMENTS = 4;
    static final int ACCOUNTS = 8;
    static final int DEPTH = 500;      // most resting orders per instrument, in the generator
    static final int CAPACITY = 4096;  // order slots per book, capstone side (exchange-core's books grow)
    private static final int WARMUP_PASSES = 10;
    private static final int MEASURED_PASSES = 10;
    private static final List<String> CHILD_FLAGS = List.of("-Xms1g", "-Xmx1g");

    private static final List<String> ARMS = List.of("capstoneEngine", "exchangeCore", "capstoneBooks");

    private CapstonePeerRace() {}

    static Arm timed(String name, CommandStream stream, Blackhole bh) {
        return switch (name) {
            case "capstoneEngine" -> new CapstoneEngineArm(stream, CAPACITY, new Sinks.BlackholeReports(bh));
            case "capstoneBooks" -> new CapstoneBooksArm(stream, CAPACITY, new Sinks.BlackholeTradeEvents(bh));
            case "exchangeCore" -> new ExchangeCoreArm(stream, bh, null);
            default -> throw new IllegalArgumentException("no arm " + name);
        };
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;

        CommandStream stream = CommandStream.generate(SEED, commands, INSTRUMENTS, ACCOUNTS, DEPTH);
        System.out.printf(Locale.ROOT, "stream: seed %d, %d instruments, %d accounts (0-%d buy, %d-%d sell), %d commands per pass:"
                        + " %d GTC, %d IOC, %d cancels (%d of them the closing sweep's), order ids 1-%d;"
                        + " at most %d orders resting in one book (the generator's cap %d)%n",
                SEED, INSTRUMENTS, ACCOUNTS, ACCOUNTS / 2 - 1, ACCOUNTS / 2, ACCOUNTS - 1, stream.size,
                stream.count(CommandStream.GTC), stream.count(CommandStream.IOC), stream.count(CommandStream.CANCEL),
                stream.size - commands, maxId(stream), stream.maxResting, DEPTH);

        if (!check(stream)) {
            System.exit(1);
        }

        Path file = Files.createTempFile("capstone-peer-stream", ".bin");
        try {
            stream.write(file);
            race(rounds, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // tag::check[]
    /** Both passes of every arm must give the first arm's first tally, and leave no order resting. */
    private static boolean check(CommandStream stream) {
        Map<String, Tally[]> tallies = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            Sinks.CountingReports engineReports = new Sinks.CountingReports();
            Sinks.CountingTradeEvents bookEvents = new Sinks.CountingTradeEvents();
            Tally coreTally = new Tally();
            Arm engine = new CapstoneEngineArm(stream, CAPACITY, engineReports);
            Arm core = new ExchangeCoreArm(stream, null, coreTally);
            Arm books = new CapstoneBooksArm(stream, CAPACITY, bookEvents);
            for (int replay = 0; replay <= pass; replay++) { // pass 2 replays twice on the same engines
                replayAndReset(engine, stream, engineReports.tally);
                replayAndReset(core, stream, coreTally);
                replayAndReset(books, stream, bookEvents.tally);
            }
            tallies.computeIfAbsent("capstoneEngine", k -> new Tally[2])[pass] = engineReports.tally.copy();
            tallies.computeIfAbsent("exchangeCore", k -> new Tally[2])[pass] = coreTally.copy();
            tallies.computeIfAbsent("capstoneBooks", k -> new Tally[2])[pass] = bookEvents.tally.copy();
            for (Arm arm : List.of(engine, core, books)) {
                if (arm.resting() != 0) {
                    System.out.println("CHECK FAILED: " + arm.getClass().getSimpleName() + " has " + arm.resting() + " orders left");
                    return false;
                }
            }
        }
        String expected = tallies.get("capstoneEngine")[0].toString();
        boolean same = true;
        System.out.println("check (counted replays, before timing; pass 2 is the second replay on the same engines):");
        for (Map.Entry<String, Tally[]> e : tallies.entrySet()) {
            for (int pass = 0; pass < 2; pass++) {
                String t = e.getValue()[pass].toString();
                same &= t.equals(expected);
                System.out.printf(Locale.ROOT, "  %-15s pass %d: %s%n", e.getKey(), pass + 1, t);
            }
        }
        System.out.println(same ? "check passed: every arm, every pass, the same tally; every book empty after each pass"
                : "CHECK FAILED: the arms disagree");
        return same;
    }
    // end::check[]

    /** Replays once; the tally then holds that replay alone. */
    private static void replayAndReset(Arm arm, CommandStream stream, Tally tally) {
        tally.reset();
        arm.replay(stream);
    }

    private static long maxId(CommandStream s) {
        long m = 0;
        for (int n = 0; n < s.size; n++) {
            m = Math.max(m, s.orderId[n]);
        }
        return m;
    }

    private static void race(int rounds, Path file) throws Exception {
        Map<String, double[]> best = new LinkedHashMap<>();
        Map<String, List<Double>> cpus = new LinkedHashMap<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println();
        for (int round = 0; round < rounds; round++) {
            for (String arm : ARMS) {
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                List<String> cmd = new ArrayList<>(List.of(java));
                cmd.addAll(CHILD_FLAGS);
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CapstonePeerRace.class.getName(),
                        "--child", arm, file.toString()));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(arm + " failed:\n" + out);
                }
                String[] last = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
                double[] v = {Double.parseDouble(last[0]), Double.parseDouble(last[1]), Double.parseDouble(last[2])};
                best.merge(arm, v, (a, b) -> a[0] <= b[0] ? a : b);
                cpus.computeIfAbsent(arm, k -> new ArrayList<>()).add(v[0]);
                System.out.printf(Locale.ROOT, "round %d %-15s %8.1f ns/cmd cpu %8.1f ns/cmd wall %8.2f B/cmd   (load %s)%n",
                        round + 1, arm, v[0], v[1], v[2], load);
            }
        }
        double core = best.get("exchangeCore")[0];
        double engine = best.get("capstoneEngine")[0];
        System.out.println();
        System.out.println("Capstone peer race: best of " + rounds + " interleaved rounds, one JVM per run (" + String.join(" ", CHILD_FLAGS)
                + "), " + WARMUP_PASSES + " warm-up and " + MEASURED_PASSES + " measured passes, "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        // tag::table[]
        System.out.printf(Locale.ROOT, "%-15s %11s %15s %12s %10s %15s %23s%n", "arm", "cpu ns/cmd", "M cmds/s (cpu)", "wall ns/cmd",
                "B/cmd", "median cpu ns", "exchange-core cpu/this");
        for (Map.Entry<String, double[]> e : best.entrySet()) {
            double[] v = e.getValue();
            List<Double> all = cpus.get(e.getKey()).stream().sorted().toList();
            double median = all.size() % 2 == 1 ? all.get(all.size() / 2) : (all.get(all.size() / 2 - 1) + all.get(all.size() / 2)) / 2;
            System.out.printf(Locale.ROOT, "%-15s %11.1f %15.2f %12.1f %10.2f %15.1f %22.2fx%n", e.getKey(), v[0], 1_000.0 / v[0], v[1], v[2],
                    median, core / v[0]);
        }
        System.out.printf(Locale.ROOT, "ratio: exchange-core CPU time per command / capstone Engine CPU time per command = %.2f%n", core / engine);
        // end::table[]
    }

    private static void child(String name, Path file) throws Exception {
        CommandStream stream = CommandStream.read(file);
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Arm arm = timed(name, stream, bh);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            arm.replay(stream);
        }
        // tag::measure[]
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long bytes0 = threads.getThreadAllocatedBytes(me);
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            arm.replay(stream);
        }
        long commands = (long) MEASURED_PASSES * stream.size;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / (double) commands;
        double wall = (System.nanoTime() - wall0) / (double) commands;
        double bytes = (threads.getThreadAllocatedBytes(me) - bytes0) / (double) commands;
        // end::measure[]
        if (arm.resting() != 0) {
            throw new IllegalStateException(name + ": " + arm.resting() + " orders left after the measured passes");
        }
        System.out.printf(Locale.ROOT, "%.2f %.2f %.3f%n", cpu, wall, bytes);
    }
}
