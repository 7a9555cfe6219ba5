package org.ticktotrade.week07;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week06.ForcePolicy;
import org.ticktotrade.week06.WalWriter;

/**
 * The load run: the in-process pipeline at several fixed rates, open loop, one after another in this JVM.
 * For each rate it prints the percentile table, the achieved rate and the steady-state GC count, and writes
 * the response-time and service-time histograms as {@code .hgrm}; then it writes everything as one JSON file
 * (what the grader's load-run check reads) and the latency-percentile plot.
 *
 * <pre>
 * ./kata check week-07 --gate bench
 * </pre>
 *
 * runs it as week.toml's load run says (the bench gate forks it and checks that the measurement is sound);
 * its options: {@code --rates} (orders per second, comma-separated), {@code --seconds} (measured, per rate),
 * {@code --warmup-seconds} (per rate, excluded from the figures and reported apart), {@code --out} (folder,
 * default {@code target/kata/week-07/load-run}), {@code --result} (the JSON, default {@code <out>/load-run.json}),
 * {@code --force} ({@code never}, {@code records:N} or {@code micros:N}; default {@code records:4096}, the
 * group commit of week 06's benchmark), {@code --ring} (capacity, default 16384), {@code --plot false} to skip
 * the plot. The machine is shared and has two cores: the generator and the engine each spin on one, so whatever
 * else runs takes its time from one of them. Read the figures with that in mind.
 */
public final class LoadRun {

    /** A run below this share of its requested rate did not hold it, and says so. */
    public static final double HELD_FRACTION = 0.95;
    /** Latencies above a minute are clamped: a run that long behind is broken, not slow. */
    private static final long HIGHEST_NANOS = 60_000_000_000L;

    private LoadRun() {}

    /** One rate's outcome: what the JSON and the plot are made from. */
    public record RateResult(long rate, GeneratorReport generator, LatencyRecorder warmup, LatencyRecorder measured,
                             GcWindow.Counts steadyState, long trades, Path responseHgrm, Path serviceHgrm) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        List<Long> rates = Stream.of(opt.getOrDefault("rates", "100000,300000,1000000").split(","))
                .map(String::strip).map(Long::parseLong).toList();
        double seconds = Double.parseDouble(opt.getOrDefault("seconds", "5"));
        double warmupSeconds = Double.parseDouble(opt.getOrDefault("warmup-seconds", "2"));
        Path out = Path.of(opt.getOrDefault("out", "target/kata/week-07/load-run"));
        Path result = Path.of(opt.getOrDefault("result", out.resolve("load-run.json").toString()));
        String force = opt.getOrDefault("force", "records:4096");
        int ring = Integer.parseInt(opt.getOrDefault("ring", "16384"));
        boolean plot = Boolean.parseBoolean(opt.getOrDefault("plot", "true"));
        Files.createDirectories(out);

        // One flow for every rate: generated once, before any timing, and replayed in a loop.
        OrderFlow flow = OrderFlow.generate(FlowParameters.standard(7));
        System.out.printf(Locale.ROOT, "week 07 load run: ring -> engine (LadderOrderBook) -> WAL (force %s), %d cores, %s%n",
                force, Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(Locale.ROOT, "per rate: %.1f s warm-up (excluded, reported), %.1f s measured; the machine is shared: noisy%n%n",
                warmupSeconds, seconds);
        List<RateResult> results = new ArrayList<>();
        for (long rate : rates) {
            RateResult r = runOne(rate, seconds, warmupSeconds, flow, out, force, ring);
            results.add(r);
            print(r);
        }
        Path plotFile = null;
        String plotError = null;
        if (plot) {
            try {
                plotFile = LatencyPlot.write(results, out.resolve("latency-percentiles.png"));
            } catch (RuntimeException | LinkageError e) {
                // no fonts (a bare container, a sandbox): the figures stand without their picture
                plotError = e.toString();
                System.out.println("plot not drawn: " + plotError);
            }
        }
        Map<String, Object> json = json(results, seconds, warmupSeconds, force, plotFile);
        if (plotError != null) {
            json.put("plotError", plotError);
        }
        ResultFiles.writeJson(json, result);
        System.out.println();
        long highestHeld = results.stream().filter(r -> r.generator().heldRate(HELD_FRACTION))
                .mapToLong(RateResult::rate).max().orElse(0);
        System.out.printf(Locale.ROOT, "highest rate held (>= %.0f%% of requested): %s%n", 100 * HELD_FRACTION,
                highestHeld == 0 ? "none" : String.format(Locale.ROOT, "%,d/s", highestHeld));
        System.out.println("result: " + result.toAbsolutePath());
        if (plotFile != null) {
            System.out.println("plot:   " + plotFile.toAbsolutePath());
        }
    }

    static RateResult runOne(long rate, double seconds, double warmupSeconds, OrderFlow flow, Path out, String force,
                             int ringCapacity) throws Exception {
        long warmupMessages = Math.max(1, (long) (rate * warmupSeconds));
        long total = warmupMessages + Math.max(1, (long) (rate * seconds));
        LatencyRecorder warmup = new LatencyRecorder(HIGHEST_NANOS);
        LatencyRecorder measured = new LatencyRecorder(HIGHEST_NANOS);
        Path walDir = out.resolve("wal-" + rate);
        deleteTree(walDir);
        GeneratorReport report;
        GcWindow.Counts steady;
        long trades;
        try (WalWriter wal = WalWriter.open(walDir, forcePolicy(force), 1 << 26)) {
            InProcessPipeline pipeline = InProcessPipeline.start(flow, wal, ringCapacity);
            try {
                // late = more than 100 us behind: a hundred periods at 1M/s, a tenth of one at 1,000/s
                OpenLoopGenerator generator = new OpenLoopGenerator(NanoClock.SYSTEM, 100_000);
                // tag::phases[]
                // Warm-up: the same rate, its own schedule and histograms (reported, never mixed in), then drain.
                // 10 ms from now: the engine thread is up and spinning before the first order is due.
                Schedule warm = Schedule.fixedRate(rate, System.nanoTime() + 10_000_000L);
                pipeline.beginPhase(warm, warmup);
                generator.run(warm, warmupMessages, pipeline.sender());
                pipeline.awaitProcessed(warmupMessages);
                // Steady state: a fresh schedule from an empty ring, and the allocation window around it.
                GcWindow window = GcWindow.open(Thread.currentThread(), pipeline.engineThread());
                Schedule schedule = Schedule.fixedRate(rate, System.nanoTime() + 1_000_000L);
                pipeline.beginPhase(schedule, measured);
                report = generator.run(schedule, total - warmupMessages, pipeline.sender());
                pipeline.awaitProcessed(total);
                steady = window.close(); // before close(): an ended thread's allocation can no longer be read
                // end::phases[]
            } finally {
                pipeline.close();
            }
            trades = pipeline.trades();
        } finally {
            deleteTree(walDir); // gigabytes at a million a second; the WAL's contents were week 06's business
        }
        Path response = ResultFiles.writeHgrm(measured.responseTime(), out.resolve("rate-" + rate + "-response.hgrm"));
        Path service = ResultFiles.writeHgrm(measured.serviceTime(), out.resolve("rate-" + rate + "-service.hgrm"));
        return new RateResult(rate, report, warmup, measured, steady, trades, response, service);
    }

    private static void print(RateResult r) {
        System.out.printf(Locale.ROOT, "rate %,d/s: %s%n", r.rate(), r.generator().describe(HELD_FRACTION));
        System.out.println(PercentileReport.header());
        System.out.println(PercentileReport.of(r.measured().responseTime()).row("response (from due)"));
        System.out.println(PercentileReport.of(r.measured().serviceTime()).row("service (from send)"));
        System.out.println(PercentileReport.of(r.warmup().responseTime()).row("warm-up (excluded)"));
        long samples = r.measured().responseTime().getTotalCount();
        System.out.printf(Locale.ROOT, "steady state: %d GCs, %,d bytes allocated by generator + engine (%.3f B/order); %,d trades%n%n",
                r.steadyState().collections(), r.steadyState().allocatedBytes(),
                (double) r.steadyState().allocatedBytes() / Math.max(1, samples), r.trades());
    }

    static Map<String, Object> json(List<RateResult> results, double seconds, double warmupSeconds, String force, Path plot) {
        return json("ring -> engine (LadderOrderBook) -> WAL, in process", results, seconds, warmupSeconds, force, plot);
    }

    /**
     * The load-run JSON the grader's load-run check reads ({@code kata-load-run/1}), for any system measured with
     * this week's generator and recorder: the capstone writes its own runs with it. The maps are mutable, so a
     * caller may add its own facts to a run.
     */
    public static Map<String, Object> json(String system, List<RateResult> results, double seconds, double warmupSeconds,
                                           String force, Path plot) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "kata-load-run/1");
        root.put("system", system);
        root.put("force", force);
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("jdk", Runtime.version().toString());
        root.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList());
        root.put("seconds", seconds);
        root.put("warmupSeconds", warmupSeconds);
        root.put("heldFraction", HELD_FRACTION);
        List<Object> runs = new ArrayList<>();
        for (RateResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", "rate-" + r.rate());
            m.put("requestedRate", r.rate());
            m.put("achievedRate", r.generator().achievedRate());
            m.put("held", r.generator().heldRate(HELD_FRACTION));
            m.put("sent", r.generator().requests());
            m.put("samples", r.measured().responseTime().getTotalCount());
            m.put("warmupSamples", r.warmup().responseTime().getTotalCount());
            m.put("warmupExcluded", true);
            m.put("lateSends", r.generator().lateSends());
            m.put("maxLagNanos", r.generator().maxLagNanos());
            m.put("clampedValues", r.measured().clampedValues());
            m.put("steadyStateGcCount", r.steadyState().collections());
            m.put("steadyStateAllocatedBytes", r.steadyState().allocatedBytes());
            m.put("percentilesNanos", PercentileReport.of(r.measured().responseTime()).asMap());
            m.put("serviceTimePercentilesNanos", PercentileReport.of(r.measured().serviceTime()).asMap());
            m.put("warmupPercentilesNanos", PercentileReport.of(r.warmup().responseTime()).asMap());
            m.put("hgrm", r.responseHgrm().toAbsolutePath().toString());
            m.put("serviceHgrm", r.serviceHgrm().toAbsolutePath().toString());
            runs.add(m);
        }
        root.put("runs", runs);
        root.put("plot", plot == null ? null : plot.toAbsolutePath().toString());
        return root;
    }

    static ForcePolicy forcePolicy(String spec) {
        if (spec.equals("never")) {
            return new ForcePolicy.Never();
        }
        String[] kv = spec.split(":");
        if (kv.length == 2 && kv[0].equals("records")) {
            return new ForcePolicy.EveryRecords(Integer.parseInt(kv[1]));
        }
        if (kv.length == 2 && kv[0].equals("micros")) {
            return new ForcePolicy.EveryInterval(Long.parseLong(kv[1]));
        }
        throw new IllegalArgumentException("--force must be never, records:N or micros:N, was " + spec);
    }

    /** {@code --name value} pairs, in order; anything else is an IllegalArgumentException. The capstone's run uses it too. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    /** Deletes {@code dir} and everything below it, if it exists: a run's journal, gone once measured. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
