package org.ticktotrade.peerbench6;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ticktotrade.week06.ForcePolicy;

/**
 * The course's WAL against Chronicle Queue and a plain FileChannel log: the same 40-byte records, the same
 * count, one writer thread. Each arm runs in its own freshly started JVM (its loop sees one log class, no
 * shared heap or JIT profile), in rounds that interleave the arms (A B C ... A B C ...), so a burst of load
 * from the rest of the machine hits every arm about equally. An append child first writes the whole stream
 * once into a scratch log (the JIT warm-up, deleted), then measures a second, fresh log and leaves it on disk;
 * the WAL's and Chronicle's logs are then read back by a fresh JVM each, as a restart would. An arm's figure
 * is its best round (what it can do when it gets a core); the median is printed too.
 *
 * <p>{@code java -cp ... PeerWalRace [rounds [records]]}; a child is {@code PeerWalRace --child ARM DIR records}
 * and prints "per-second cpu-share records order-id-sum" as its last line.
 */
public final class PeerWalRace {

    /** Ratios are against these arms: Chronicle as it ships, and the plain write(2) log. */
    static final String CHRONICLE = "chronicle";
    static final String FILE_CHANNEL = "fileChannel";
    static final String TARGET_ARM = "walBatched";
    static final String TARGET_TAIL = "walRecovery";
    static final double TARGET_APPENDS_PER_SECOND = 2_000_000;
    static final double TARGET_RECOVERY_SECONDS = 1.0;

    private static final Map<String, String> APPENDS = new LinkedHashMap<>();
    private static final Map<String, String> TAILS = new LinkedHashMap<>();
    /** Which append arm's log each read-back arm reads. */
    private static final Map<String, String> TAIL_OF = Map.of("walRecovery", "walBatched", "chronicleTail", "chronicle");

    static {
        APPENDS.put("walBatched", "course WalWriter, force (msync) every 4,096");
        APPENDS.put("walNever", "course WalWriter, ForcePolicy.Never (no force)");
        APPENDS.put("chronicle", "Chronicle Queue 5.26ea7 writeBytes, no sync (default)");
        APPENDS.put("chronicleSync", "Chronicle writeBytes, SyncMode.SYNC, sync() every 4,096");
        APPENDS.put("fileChannel", "FileChannel.write per 4,096 + force(false)");
        TAILS.put("walRecovery", "course RecoveryScanner (length, CRC32C, sequence)");
        TAILS.put("chronicleTail", "Chronicle tailer readingDocument (no checksum)");
    }

    /**
     * The same flags for every child: Chronicle's published JDK 17+ set (add-exports/add-opens, native access)
     * and its analytics switched off; the course's arms ignore them.
     */
    static final List<String> CHILD_FLAGS = List.of("-Xms256m", "-Xmx256m", "-XX:+UseParallelGC",
            "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
            "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
            "-Dchronicle.analytics.disable=true");

    private static final long CHILD_TIMEOUT_SECONDS = 300;

    private PeerWalRace() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (rounds < 1 || records < 1 || records > 1_100_000) {
            throw new IllegalArgumentException("usage: PeerWalRace [rounds>=1 [records in 1..1,100,000 (one segment)]], got "
                    + String.join(" ", args));
        }
        Path base = Files.createTempDirectory("peer-wal-race");
        try {
            race(base, rounds, records);
        } finally {
            delete(base);
        }
    }

    private static void race(Path base, int rounds, int records) throws Exception {
        Map<String, List<double[]>> appends = new LinkedHashMap<>();
        Map<String, List<double[]>> tails = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        long expectedSum = (long) records * (records + 1) / 2;
        for (int round = 0; round < rounds; round++) {
            for (String arm : APPENDS.keySet()) {
                if (failed.containsKey(arm)) {
                    continue;
                }
                Path dir = base.resolve(arm + "-" + round);
                sampleLoad();
                Child c = run(arm, dir, records);
                if (c.error != null) {
                    failed.put(arm, c.error);
                    System.out.println("round " + (round + 1) + " " + arm + " FAILED:\n" + indent(c.error));
                    delete(dir);
                    continue;
                }
                appends.computeIfAbsent(arm, k -> new ArrayList<>()).add(c.values);
                System.out.printf(Locale.ROOT, "round %d %-15s %8.3f M appends/s  cpu %4.0f%%%n", round + 1, arm,
                        c.values[0] / 1e6, c.values[1] * 100);
                for (Map.Entry<String, String> t : TAIL_OF.entrySet()) {
                    if (!t.getValue().equals(arm) || failed.containsKey(t.getKey())) {
                        continue;
                    }
                    String tail = t.getKey();
                    Child r = run(tail, dir, records);
                    if (r.error == null && (r.values[2] != records || (long) r.values[3] != expectedSum)) {
                        r = new Child(null, String.format(Locale.ROOT, "read %d records summing to %d, expected %d summing to %d",
                                (long) r.values[2], (long) r.values[3], records, expectedSum), r.elapsedNanos);
                    }
                    if (r.error != null) {
                        failed.put(tail, r.error);
                        System.out.println("round " + (round + 1) + " " + tail + " FAILED:\n" + indent(r.error));
                        continue;
                    }
                    double[] v = {r.values[0], r.values[1], r.elapsedNanos / 1e9}; // seconds in the scan, cpu share, whole child
                    tails.computeIfAbsent(tail, k -> new ArrayList<>()).add(v);
                    System.out.printf(Locale.ROOT, "round %d %-15s %8.1f ms to read %d records  cpu %4.0f%%  (whole child JVM %.2f s)%n",
                            round + 1, tail, v[0] * 1e3, records, v[1] * 100, v[2]);
                }
                delete(dir);
            }
        }
        sampleLoad();
        report(rounds, records, appends, tails, failed);
    }

    private static double loadMin = Double.NaN;
    private static double loadMax = Double.NaN;

    /** The machine's 1-minute load average (Linux), sampled before every child: how busy the box was. */
    private static void sampleLoad() {
        try {
            double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            loadMin = Double.isNaN(loadMin) ? load : Math.min(loadMin, load);
            loadMax = Double.isNaN(loadMax) ? load : Math.max(loadMax, load);
        } catch (IOException | RuntimeException e) {
            // not Linux: the header then says the load is unknown
        }
    }

    private static void report(int rounds, int records, Map<String, List<double[]>> appends,
                               Map<String, List<double[]>> tails, Map<String, String> failed) {
        System.out.println();
        System.out.println("Peer WAL race: " + String.format(Locale.ROOT, "%,d", records) + " records of 40 bytes each, one writer thread,"
                + " best of " + rounds + " interleaved rounds, one fresh JVM per run (each append run warms up on a scratch log first), "
                + Runtime.getRuntime().availableProcessors() + " CPUs (a shared 2-vCPU box: other jobs ran alongside), "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", page cache warm for read-back, 1-minute load average "
                + (Double.isNaN(loadMin) ? "unknown" : String.format(Locale.ROOT, "%.2f to %.2f", loadMin, loadMax))
                + " (sampled before every child)");
        double chronicle = bestOrNaN(appends.get(CHRONICLE));
        double chronicleMedian = medianOrNaN(appends.get(CHRONICLE));
        double fileChannel = bestOrNaN(appends.get(FILE_CHANNEL));
        System.out.printf(Locale.ROOT, "%-15s %-56s %9s %7s %7s %9s %7s %5s%n", "arm", "log", "best M/s", "vs CQ", "vs FC",
                "median", "vs CQ", "cpu%");
        for (String arm : APPENDS.keySet()) {
            List<double[]> runs = appends.get(arm);
            if (runs == null) {
                System.out.printf(Locale.ROOT, "%-15s %-56s %s%n", arm, APPENDS.get(arm), "did not run (see above)");
                continue;
            }
            double b = best(runs)[0];
            double m = median(runs, 0);
            System.out.printf(Locale.ROOT, "%-15s %-56s %9.3f %6.2fx %6.2fx %9.3f %6.2fx %4.0f%%%n", arm, APPENDS.get(arm),
                    b / 1e6, b / chronicle, b / fileChannel, m / 1e6, m / chronicleMedian, best(runs)[1] * 100);
        }
        System.out.printf(Locale.ROOT, "%-15s %-56s %9s %9s %9s %5s%n", "read-back", "reader", "best ms", "median ms",
                "M rec/s", "cpu%");
        for (String tail : TAILS.keySet()) {
            List<double[]> runs = tails.get(tail);
            if (runs == null) {
                System.out.printf(Locale.ROOT, "%-15s %-56s %s%n", tail, TAILS.get(tail), "did not run (see above)");
                continue;
            }
            double[] b = fastest(runs);
            System.out.printf(Locale.ROOT, "%-15s %-56s %9.1f %9.1f %9.2f %4.0f%%%n", tail, TAILS.get(tail), b[0] * 1e3,
                    median(runs, 0) * 1e3, records / b[0] / 1e6, b[1] * 100);
        }
        System.out.println("vs CQ / vs FC: against the best round of 'chronicle' and of 'fileChannel'; the median column's"
                + " ratio is median against median. cpu% = the writer's (reader's) CPU time over the wall time of its best round.");
        System.out.println("Forced inside the clock: walBatched, chronicleSync and fileChannel, every 4,096 records and"
                + " after the last; walNever and chronicle never (their records are in the page cache only).");
        if (!failed.isEmpty()) {
            System.out.println("Failed arms: " + String.join(", ", failed.keySet()));
        }
        List<double[]> target = appends.get(TARGET_ARM);
        if (target != null) {
            double b = best(target)[0];
            double m = median(target, 0);
            System.out.printf(Locale.ROOT, "target >= 2M appends/s (40 B, batched force): %s, best %.3f M/s, median %.3f M/s (%s)%n",
                    b >= TARGET_APPENDS_PER_SECOND ? "MET" : "NOT MET", b / 1e6, m / 1e6,
                    m >= TARGET_APPENDS_PER_SECOND ? "met by the median too" : "not by the median");
        }
        List<double[]> recovery = tails.get(TARGET_TAIL);
        if (recovery != null) {
            double b = fastest(recovery)[0];
            double m = median(recovery, 0);
            System.out.printf(Locale.ROOT, "target recovery of %,d records < 1 s: %s, best %.1f ms, median %.1f ms in the scan (%s)%s%n",
                    records, b < TARGET_RECOVERY_SECONDS ? "MET" : "NOT MET", b * 1e3, m * 1e3,
                    m < TARGET_RECOVERY_SECONDS ? "met by the median too" : "not by the median",
                    records == 1_000_000 ? "" : " [not the target's 1,000,000 records]");
        }
    }

    /** One child JVM's result: the last line's numbers, or why it failed. */
    private record Child(double[] values, String error, long elapsedNanos) {}

    private static Child run(String arm, Path dir, int records) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(CHILD_FLAGS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PeerWalRace.class.getName(), "--child", arm,
                dir.toString(), Integer.toString(records)));
        Path log = Files.createTempFile("peer-wal-child", ".out");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - t0;
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            String out = Files.readString(log).strip();
            if (!done || p.exitValue() != 0) {
                return new Child(null, (done ? "exit " + p.exitValue() : "timed out after " + CHILD_TIMEOUT_SECONDS + " s")
                        + ":\n" + out, elapsed);
            }
            List<String> lines = out.lines().toList();
            // anything before the last line (a JVM or library warning, say) is shown, not hidden
            lines.subList(0, lines.size() - 1).forEach(l -> System.out.println("  [" + arm + "] " + l));
            String[] last = lines.get(lines.size() - 1).split(" ");
            double[] v = new double[last.length];
            for (int i = 0; i < last.length; i++) {
                v[i] = Double.parseDouble(last[i]);
            }
            return new Child(v, null, elapsed);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void child(String arm, Path dir, int records) throws IOException {
        String line;
        if (TAILS.containsKey(arm)) {
            Arms.ReadBack r = arm.equals("walRecovery") ? Arms.walRecovery(dir) : Arms.chronicleTail(dir);
            line = String.format(Locale.ROOT, "%.9f %.3f %d %d", r.window().nanos / 1e9, r.window().cpuShare(),
                    r.records(), r.orderIdSum());
        } else if (APPENDS.containsKey(arm)) {
            Path scratch = dir.resolveSibling(dir.getFileName() + "-warmup");
            append(arm, scratch, records);
            delete(scratch);
            Window w = append(arm, dir, records);
            line = String.format(Locale.ROOT, "%.1f %.3f %d 0", w.perSecond(records), w.cpuShare(), records);
        } else {
            throw new IllegalArgumentException("unknown arm: " + arm + ", known: " + APPENDS.keySet() + " " + TAILS.keySet());
        }
        System.out.println(line);
        System.out.flush();
        System.exit(0); // Chronicle may leave background threads behind; the child's work is done
    }

    private static Window append(String arm, Path dir, int records) throws IOException {
        return switch (arm) {
            case "walBatched" -> Arms.wal(dir, new ForcePolicy.EveryRecords(Arms.BATCH), records);
            case "walNever" -> Arms.wal(dir, new ForcePolicy.Never(), records);
            case "chronicle" -> Arms.chronicle(dir, records, false);
            case "chronicleSync" -> Arms.chronicle(dir, records, true);
            case "fileChannel" -> {
                Files.createDirectories(dir);
                yield Arms.fileChannel(dir.resolve("plain.log"), records);
            }
            default -> throw new IllegalArgumentException("unknown arm: " + arm);
        };
    }

    private static double[] best(List<double[]> runs) {
        return runs.stream().max(Comparator.comparingDouble(v -> v[0])).orElseThrow();
    }

    private static double[] fastest(List<double[]> runs) {
        return runs.stream().min(Comparator.comparingDouble(v -> v[0])).orElseThrow();
    }

    private static double bestOrNaN(List<double[]> runs) {
        return runs == null ? Double.NaN : best(runs)[0];
    }

    private static double medianOrNaN(List<double[]> runs) {
        return runs == null ? Double.NaN : median(runs, 0);
    }

    private static double median(List<double[]> runs, int column) {
        double[] r = runs.stream().mapToDouble(v -> v[column]).sorted().toArray();
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

    private static String indent(String text) {
        return text.lines().limit(30).map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
