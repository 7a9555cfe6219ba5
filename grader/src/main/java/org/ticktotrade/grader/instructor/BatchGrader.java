package org.ticktotrade.grader.instructor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.ticktotrade.grader.build.JavaBuild;
import org.ticktotrade.grader.build.SourceSet;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Machine;
import org.ticktotrade.grader.model.MachineLoad;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.GradedSources;
import org.ticktotrade.grader.pipeline.Pipeline;
import org.ticktotrade.grader.pipeline.SourcesResolver;
import org.ticktotrade.grader.render.ExercismRenderer;
import org.ticktotrade.grader.render.GradescopeRenderer;
import org.ticktotrade.grader.render.Json;

/**
 * {@code ./kata grade}: every submission in a folder through the week's gates, hidden tests included,
 * each in its own sandbox, up to {@code jobs} at a time (benchmarks alone), resumable.
 *
 * <p>Output folder:
 * <pre>
 *   gradebook.csv, summary.html, run.json
 *   submissions/ID/result.json               the grader's own report (instructor: hidden tests named)
 *   submissions/ID/feedback.html             for the student
 *   submissions/ID/exercism/results.json     for the student, Exercism test-runner v3
 *   submissions/ID/gradescope/results.json   for the student, Gradescope autograder
 *   submissions/ID/batch.json                written last: this submission is done
 * </pre>
 * Every file is written whole or not at all (a temporary file moved into place), so a kill at any
 * moment leaves finished submissions finished and the rest to grade on the next run.
 */
public final class BatchGrader {

    public enum Format { exercism, gradescope, html }

    /**
     * @param gates             gate ids to run (empty: all); build always runs
     * @param showHiddenNames   hidden tests under their real names in what students read
     * @param showHiddenMessages a failing hidden test's message in what students read
     * @param shard             this run's share of the submissions ({@link Shard#ALL}: every one)
     */
    public record Options(Set<String> gates, int jobs, Set<Format> formats, boolean showHiddenNames,
                          boolean showHiddenMessages, boolean regrade, boolean keepWork, Intake.Limits intake, Shard shard) {
        public Options {
            shard = shard == null ? Shard.ALL : shard;
        }
    }

    /** How a run ended. */
    public record Summary(int total, int gradedNow, int skipped, int rejected, int graderErrors, boolean interrupted,
                          long millis) {}

    private static final ObjectMapper READ = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Course course;
    private final Week week;
    private final Path submissionsDir;
    private final Path out;
    private final Path scratch;
    private final Options options;
    private final Sandboxing sandbox;
    private final PrintWriter log;
    private final boolean terminal;
    private final Pipeline pipeline;
    private final Set<String> hiddenClasses;
    private final List<String> exerciseOrder;
    private volatile boolean stopping;
    private volatile long startedAt;
    /** Finished submissions by id, in entry order: what the gradebook and summary are made of while the batch runs. */
    private final Map<String, Gradebook.Row> finishedRows = new java.util.concurrent.ConcurrentHashMap<>();
    private List<Submission> entries = List.of();
    /** Every entry of the submissions folder, this shard's or not: ids and positions come from the whole list. */
    private List<Submission> allEntries = List.of();
    private MachineLoad loadBefore;
    private volatile MachineLoad loadAfter;

    public BatchGrader(Course course, Week week, Path submissionsDir, Path out, Path scratch, Options options,
                       Sandboxing sandbox, PrintWriter log, boolean terminal) {
        this.course = course;
        this.week = week;
        this.submissionsDir = submissionsDir.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.scratch = scratch.toAbsolutePath().normalize();
        this.options = options;
        this.sandbox = sandbox;
        this.log = log;
        this.terminal = terminal;
        ReadWriteLock lock = new ReentrantReadWriteLock(true);
        this.pipeline = ExclusiveGate.pipeline(StandardGates.pipeline(), lock);
        this.hiddenClasses = new TreeSet<>(new SourceSet("hidden tests", List.of(week.hiddenTestSources())).topLevelClassNames());
        this.exerciseOrder = week.manifest().exercises().stream().map(e -> e.id()).toList();
    }

    /** The scratch folder a batch uses by default: beside the week's other grader work, keyed by the output folder. */
    public static Path defaultScratch(Week week, Path out) {
        return week.workDir().resolve("grade").resolve(shortHash(out.toAbsolutePath().normalize().toString()));
    }

    public Summary run() {
        long t0 = System.currentTimeMillis();
        mkdirs(out);
        mkdirs(out.resolve("submissions"));
        try (FileChannel lockFile = FileChannel.open(out.resolve(".grade.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lockFile.tryLock()) {
            if (held == null) {
                throw new IllegalStateException("another ./kata grade is writing to " + out + "; wait for it, or use another --out");
            }
            return runLocked(t0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Summary runLocked(long t0) {
        startedAt = t0;
        loadBefore = MachineLoad.now();
        removeTemporaries();
        allEntries = Submission.list(submissionsDir);
        Shard shard = options.shard();
        // ids are given over the whole folder (duplicates numbered in name order), then the shard takes its share
        List<Submission> all = allEntries.stream().filter(s -> shard.includes(s.name())).toList();
        entries = all;
        String optionsKey = optionsKey();
        List<Submission> todo = new ArrayList<>();
        Set<String> kept = new java.util.HashSet<>();
        int skipped = 0;
        for (Submission s : all) {
            BatchRecord done = options.regrade() ? null : finished(s, optionsKey);
            if (done == null) {
                todo.add(s);
            } else {
                skipped++;
                kept.add(s.id());
                row(s).ifPresent(r -> finishedRows.put(s.id(), r));
            }
        }
        log.println("kata grade " + week.id() + ": " + all.size() + " submissions in " + submissionsDir
                + (skipped > 0 ? "; " + skipped + " already graded (kept), " + todo.size() + " to grade" : "")
                + "; " + sandbox.size() + (sandbox.size() == 1 ? " job" : " jobs"));
        if (!shard.isAll()) {
            log.println("  shard " + shard + ": " + all.size() + " of the " + allEntries.size() + " submissions (split by name)");
        }
        if (loadBefore.loaded(Runtime.getRuntime().availableProcessors())) {
            log.println("  note: the machine is loaded (load average " + loadBefore + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores): bench verdicts will be flagged");
        }
        log.println("  " + sandbox.description());
        sandbox.notes().forEach(n -> log.println("  note: " + n));
        log.flush();
        writeRun(all, t0, false);

        BatchProgress progress = new BatchProgress(log, terminal, all.size(), skipped, sandbox.size());
        Thread hook = Thread.ofPlatform().unstarted(() -> {
            stopping = true;
            // every fork of every slot (sandboxed ones also die with the grader through --die-with-parent)
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            progress.stop();
            log.println("kata grade: interrupted; finished submissions are kept. Run the same command again to grade the rest.");
            log.flush();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        progress.start();
        BlockingQueue<Integer> slots = new ArrayBlockingQueue<>(sandbox.size());
        for (int i = 0; i < sandbox.size(); i++) {
            slots.add(i);
        }
        int[] counts = new int[3];
        ExecutorService pool = Executors.newFixedThreadPool(sandbox.size(), r -> Thread.ofPlatform().name("kata-grade").unstarted(r));
        try {
            List<Future<BatchRecord>> futures = new ArrayList<>();
            for (Submission s : todo) {
                futures.add(pool.submit(() -> {
                    int slot = slots.take();
                    try {
                        return grade(s, slot, optionsKey, progress);
                    } finally {
                        slots.add(slot);
                    }
                }));
            }
            for (Future<BatchRecord> f : futures) {
                try {
                    BatchRecord r = f.get();
                    if (r == null) {
                        continue;
                    }
                    counts[0]++;
                    if (BatchRecord.REJECTED.equals(r.outcome())) {
                        counts[1]++;
                    } else if (Status.ERROR.name().equals(r.status())) {
                        counts[2]++;
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    counts[2]++;
                    progress.log("kata grade: the grader failed on a submission: " + e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } finally {
            pool.shutdownNow();
            progress.stop();
        }
        if (stopping) {
            return new Summary(all.size(), counts[0], skipped, counts[1], counts[2], true, System.currentTimeMillis() - t0);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: nothing to remove
        }
        List<Gradebook.Row> rows = rerenderAll(all, kept);
        long elapsed = System.currentTimeMillis() - t0;
        writeRun(all, t0, true);
        writeIndex(rows, elapsed, true);
        log.println("kata grade: done in " + BatchProgress.duration(elapsed) + ": " + out.resolve("summary.html")
                + ", " + out.resolve("gradebook.csv"));
        log.flush();
        return new Summary(all.size(), counts[0], skipped, counts[1], counts[2], false, elapsed);
    }

    // ---- one submission

    private BatchRecord grade(Submission s, int slot, String optionsKey, BatchProgress progress) {
        if (stopping) {
            return null;
        }
        long t0 = System.currentTimeMillis();
        progress.started(s);
        Path dir = scratch.resolve(s.id());
        try {
            JavaBuild.deleteTree(dir);
            mkdirs(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Intake.Outcome intake = new Intake(options.intake()).take(s, dir.resolve("submission"));
        GradeReport report;
        String rejection = null;
        if (intake instanceof Intake.Outcome.Rejected rejected) {
            rejection = rejected.reason();
            report = rejectedReport(s, rejection);
        } else {
            Intake.Outcome.Accepted accepted = (Intake.Outcome.Accepted) intake;
            GradedSources sources;
            try {
                sources = SourcesResolver.submission(week, accepted.root());
            } catch (IllegalArgumentException e) {
                sources = null;
                rejection = "no " + week.id() + " sources: expected " + week.manifest().basePackage().replace('.', '/')
                        + " under " + week.slug() + "/src/main/java (a clone), src/main/java (a week folder) or the top folder itself";
            }
            if (sources == null) {
                report = rejectedReport(s, rejection);
            } else {
                GateContext ctx = new GateContext(course, week, sources, dir.resolve("work"), sandbox.slot(slot),
                        progress.forSubmission(s), true);
                GradeReport raw = pipeline.run(ctx, options.gates());
                List<String> notes = new ArrayList<>(raw.notes());
                notes.add((sandbox.sandboxed() ? "sandbox: " : "") + sandbox.description());
                if (!hiddenClasses.isEmpty()) {
                    notes.add("hidden tests included (" + hiddenClasses.size() + " classes)");
                }
                report = new GradeReport(raw.formatVersion(), raw.week(), raw.weekTitle(), raw.source(), s.name(),
                        raw.started(), raw.millis(), raw.machine(), raw.status(), raw.score(), raw.maxScore(), raw.gates(), notes);
            }
        }
        if (stopping) {
            // the interrupt may have killed this submission's forks: its verdicts would be the kill's, not its own
            progress.abandoned(s);
            return null;
        }
        Path target = out.resolve("submissions").resolve(s.id());
        StudentView view = view(s, dir.resolve("submission"));
        writeSubmission(target, s, report, view);
        long millis = System.currentTimeMillis() - t0;
        Map<String, Long> gateMillis = new LinkedHashMap<>();
        report.gates().forEach(g -> gateMillis.put(g.gate(), g.millis()));
        BatchRecord record = new BatchRecord(s.name(), s.id(), submissionsDir.relativize(s.path()).toString(), intake.fingerprint(),
                optionsKey, rejection == null ? BatchRecord.GRADED : BatchRecord.REJECTED, rejection, report.status().name(),
                report.score(), report.maxScore(), millis, gateMillis, slot, sandbox.sandboxed(), Instant.now().toString());
        if (stopping) {
            progress.abandoned(s);
            return null;
        }
        Json.writeAtomically(target.resolve("batch.json"), record);
        if (!options.keepWork()) {
            try {
                JavaBuild.deleteTree(dir);
            } catch (IOException e) {
                // scratch is cleaned again next time
            }
        }
        progress.finished(s, rejection != null ? "REJECTED: " + rejection
                : report.status().name() + " " + Html.points(report.score()) + "/" + Html.points(report.maxScore()), millis);
        finishedRows.put(s.id(), new Gradebook.Row(record, report, view));
        writeIndexQuietly();
        return record;
    }

    private StudentView view(Submission s, Path copy) {
        return new StudentView(hiddenClasses, options.showHiddenNames(), options.showHiddenMessages(),
                StudentView.prefixesFor(copy, course.root()), s.name());
    }

    /** A submission intake refused: its build fails with the reason, and every later gate is skipped. */
    private GradeReport rejectedReport(Submission s, String reason) {
        List<GateResult> gates = new ArrayList<>();
        CheckResult check = new CheckResult("intake", "The submission can be taken in", null, Status.FAILED,
                "Rejected before anything was compiled: " + reason + ".", null, 0, 0, 0, Map.of());
        gates.add(new GateResult("build", "Build", Status.FAILED, "rejected: " + reason, 0, 0, 0, List.of(check), Map.of()));
        double max = 0;
        for (Gate g : pipeline.gates()) {
            if (g.id().equals("build") || !g.appliesTo(week) || !(options.gates().isEmpty() || options.gates().contains(g.id()))) {
                continue;
            }
            max += g.maxScore(week);
            gates.add(GateResult.skipped(g.id(), g.title(), "skipped: the submission was rejected at intake", g.maxScore(week)));
        }
        return new GradeReport(GradeReport.FORMAT_VERSION, week.id(), week.title(), "submission", s.name(), Instant.now().toString(),
                0, Machine.current(), Status.FAILED, 0, Pipeline.round(max), gates, List.of("rejected at intake: " + reason));
    }

    private void writeSubmission(Path target, Submission s, GradeReport report, StudentView view) {
        mkdirs(target);
        GradeReport student = view.apply(report);
        if (options.formats().contains(Format.exercism)) {
            Json.writeAtomically(target.resolve("exercism/results.json"), ExercismRenderer.render(student, exerciseOrder));
        }
        if (options.formats().contains(Format.gradescope)) {
            Json.writeAtomically(target.resolve("gradescope/results.json"), GradescopeRenderer.render(student, "visible"));
        }
        if (options.formats().contains(Format.html)) {
            Html.writeAtomically(target.resolve("feedback.html"), FeedbackPage.render(student, s.name(), sandbox.description(),
                    hiddenNote()));
        }
        Json.writeAtomically(target.resolve("result.json"), report);
    }

    private String hiddenNote() {
        if (hiddenClasses.isEmpty()) {
            return "This week has no hidden tests.";
        }
        return "Besides the tests you have, your code was graded by hidden tests"
                + (options.showHiddenNames() ? ", shown under their names." : options.showHiddenMessages()
                ? ", shown as 'hidden test N' with what went wrong." : ", shown as 'hidden test N'.");
    }

    // ---- resume

    private BatchRecord finished(Submission s, String optionsKey) {
        Path dir = out.resolve("submissions").resolve(s.id());
        Path record = dir.resolve("batch.json");
        if (!Files.isRegularFile(record) || !Files.isRegularFile(dir.resolve("result.json"))) {
            return null;
        }
        try {
            BatchRecord r = READ.readValue(record.toFile(), BatchRecord.class);
            return r.optionsKey().equals(optionsKey) && r.fingerprint().equals(Intake.fingerprint(s)) ? r : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What must match for an earlier result to stand: the week and its manifest, the gates, the sandbox, the hidden tests. */
    private String optionsKey() {
        String gates = String.join(",", new TreeSet<>(options.gates()));
        return shortHash(week.id() + "|" + gates + "|sandboxed=" + sandbox.sandboxed() + "|hidden=" + hiddenClasses
                + "|" + week.manifest());
    }

    /** Submissions kept from an earlier run are rendered again with this run's options (cheap); rows for the gradebook. */
    private List<Gradebook.Row> rerenderAll(List<Submission> all, Set<String> kept) {
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Submission s : all) {
            Gradebook.Row row = finishedRows.get(s.id());
            if (row == null) {
                continue;
            }
            if (kept.contains(s.id())) {
                writeSubmission(out.resolve("submissions").resolve(s.id()), s, row.report(), row.view());
            }
            rows.add(row);
        }
        return rows;
    }

    /** A finished submission's row, read back from its files. */
    private java.util.Optional<Gradebook.Row> row(Submission s) {
        Path dir = out.resolve("submissions").resolve(s.id());
        try {
            BatchRecord r = READ.readValue(dir.resolve("batch.json").toFile(), BatchRecord.class);
            GradeReport report = READ.readValue(dir.resolve("result.json").toFile(), GradeReport.class);
            return java.util.Optional.of(new Gradebook.Row(r, report, view(s, scratch.resolve(s.id()).resolve("submission"))));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private synchronized void writeIndexQuietly() {
        try {
            List<Gradebook.Row> rows = entries.stream().map(e -> finishedRows.get(e.id())).filter(java.util.Objects::nonNull).toList();
            writeIndex(rows, System.currentTimeMillis() - startedAt, false);
        } catch (RuntimeException e) {
            // the index is rewritten at the end; a failure here must not cost a submission
        }
    }

    private synchronized void writeIndex(List<Gradebook.Row> rows, long elapsed, boolean complete) {
        List<String> gateIds = gradebookGates();
        Html.writeAtomically(out.resolve("gradebook.csv"), Gradebook.render(gateIds, rows));
        List<String> shardLines = options.shard().isAll() ? List.of()
                : List.of("shard " + options.shard() + ": " + rows.size() + " of " + entries.size() + " submissions graded, of "
                + allEntries.size() + " in the folder; join the shards' outputs with ./kata grade merge");
        List<String> warnings = new ArrayList<>();
        if (loadBefore != null && loadBefore.loaded(Runtime.getRuntime().availableProcessors())) {
            warnings.add("The machine was loaded when this run started (load average " + loadBefore + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores): bench verdicts may reflect the load, not the code.");
        }
        double foreign = loadBefore == null || loadAfter == null ? -1 : loadBefore.foreignShare(loadAfter);
        if (foreign > MachineLoad.LOADED_FOREIGN_SHARE) {
            warnings.add(String.format(java.util.Locale.ROOT, "Other processes used %.0f%% of the machine's CPU during this run:"
                    + " bench verdicts may reflect the load, not the code.", 100 * foreign));
        }
        SummaryPage.Run run = new SummaryPage.Run(week.id(), week.title(), sandbox.description(), sandbox.sandboxed(),
                sandbox.notes(), sandbox.size(), sandbox.probeMillis(), sandbox.bareMillis(), elapsed, complete,
                "Wall time (this run)", shardLines, warnings);
        Html.writeAtomically(out.resolve("summary.html"), SummaryPage.render(run, rows));
    }

    private void writeRun(List<Submission> all, long t0, boolean complete) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("week", week.id());
        run.put("weekTitle", week.title());
        run.put("graderVersion", Provenance.graderVersion());
        run.put("weekFingerprint", Provenance.weekFingerprint(week));
        run.put("optionsKey", optionsKey());
        run.put("submissions", submissionsDir.toString());
        run.put("count", all.size());
        run.put("shard", shardRecord(all));
        run.put("gates", options.gates().isEmpty() ? StandardGates.IDS : new ArrayList<>(new LinkedHashSet<>(options.gates())));
        run.put("jobs", sandbox.size());
        run.put("sandboxed", sandbox.sandboxed());
        run.put("sandbox", sandbox.description());
        run.put("sandboxNotes", sandbox.notes());
        run.put("sandboxProbeMillis", sandbox.probeMillis());
        run.put("bareProbeMillis", sandbox.bareMillis());
        run.put("hiddenTestClasses", hiddenClasses);
        run.put("showHiddenNames", options.showHiddenNames());
        run.put("showHiddenMessages", options.showHiddenMessages());
        run.put("gradebookGates", gradebookGates());
        run.put("formats", options.formats().stream().map(Enum::name).sorted().toList());
        run.put("scratch", scratch.toString());
        run.put("courseRoot", course.root().toString());
        run.put("host", Provenance.host());
        run.put("machine", Machine.current());
        run.put("loadBefore", loadBefore);
        run.put("started", Instant.ofEpochMilli(t0).toString());
        run.put("complete", complete);
        if (complete) {
            MachineLoad after = MachineLoad.now();
            loadAfter = after;
            run.put("loadAfter", after);
            run.put("foreignCpuShare", loadBefore.foreignShare(after));
            run.put("millis", System.currentTimeMillis() - t0);
        }
        Json.writeAtomically(out.resolve("run.json"), run);
    }

    /** Which shard this is and exactly which entries it took, for {@code grade merge} to check and order by. */
    private Map<String, Object> shardRecord(List<Submission> mine) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < allEntries.size(); i++) {
            positions.put(allEntries.get(i).id(), i);
        }
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("index", options.shard().index());
        shard.put("count", options.shard().count());
        shard.put("entries", allEntries.size());
        shard.put("entriesHash", shortHash(String.join("\n", allEntries.stream().map(Submission::name).toList())));
        shard.put("assigned", mine.stream().map(Submission::id).toList());
        shard.put("positions", mine.stream().collect(java.util.stream.Collectors.toMap(Submission::id, s -> positions.get(s.id()),
                (a, b) -> a, LinkedHashMap::new)));
        return shard;
    }

    /** The gate columns of the gradebook, in pipeline order. */
    private List<String> gradebookGates() {
        return pipeline.gates().stream()
                .filter(g -> g.appliesTo(week) && (options.gates().isEmpty() || options.gates().contains(g.id()) || g.id().equals("build")))
                .map(Gate::id).filter(id -> !id.equals("build")).toList();
    }

    /**
     * Why {@code out} must not take this run: it holds another shard's results (or unsharded ones), which
     * this run would mix with its own; null when it may.
     */
    public static String shardConflict(Path out, Shard shard) {
        Path runFile = out.resolve("run.json");
        if (!Files.isRegularFile(runFile)) {
            return null;
        }
        try {
            var node = READ.readTree(runFile.toFile());
            var s = node.path("shard");
            Shard there = s.isMissingNode() ? Shard.ALL : new Shard(s.path("index").asInt(1), s.path("count").asInt(1));
            if (node.has("merged")) {
                return out + " holds merged results (./kata grade merge); give this run another --out";
            }
            if (!there.equals(shard)) {
                return out + " holds " + (there.isAll() ? "an unsharded run's" : "shard " + there + "'s") + " results, not "
                        + (shard.isAll() ? "an unsharded run's" : "shard " + shard + "'s") + "; give each shard its own --out";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void removeTemporaries() {
        try (Stream<Path> files = Files.walk(out, 4)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folders the slots' uids can traverse (the sandbox binds result files from inside them). */
    static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
