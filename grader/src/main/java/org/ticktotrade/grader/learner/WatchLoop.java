package org.ticktotrade.grader.learner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.Progress;
import org.ticktotrade.grader.pipeline.SourcesResolver;
import org.ticktotrade.grader.render.Style;
import org.ticktotrade.grader.render.TerminalRenderer;

/**
 * {@code ./kata watch WEEK}: the build and correctness gates (the same pipeline {@code check} runs)
 * on the learner's sources after every save, printing only what changed since the run before. Enter
 * re-runs by hand, which is also the whole mechanism where file watching does not work (network
 * folders, some containers and WSL set-ups: rustlings' {@code --manual-run} lesson).
 */
public final class WatchLoop {

    /** Editors write a file in several steps; one run per burst of events. */
    static final long QUIET_MS = 120;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private enum Kind { SAVE, MANUAL, QUIT }

    private record Trigger(Kind kind, Path file) {}

    private final Course course;
    private final Week week;
    private final LearnerConsole console;
    private final Style style;
    private final boolean manualOnly;
    private final BlockingQueue<Trigger> triggers = new LinkedBlockingQueue<>();
    private volatile Thread runner;
    private volatile boolean quitting;

    public WatchLoop(Course course, Week week, LearnerConsole console, boolean manualOnly) {
        this.course = course;
        this.week = week;
        this.console = console;
        this.style = console.style();
        this.manualOnly = manualOnly;
    }

    public void run() {
        runner = Thread.currentThread();
        Path sources = week.starterSources();
        SourceWatcher watcher = null;
        if (!manualOnly) {
            try {
                watcher = new SourceWatcher(sources, file -> triggers.add(new Trigger(Kind.SAVE, file)));
            } catch (IOException | RuntimeException e) {
                console.println(style.dim("File watching does not work here (" + e.getMessage() + "): press Enter to re-run."));
            }
        }
        console.println(style.bold("Watching " + course.root().relativize(sources)) + (watcher == null ? " (by hand)" : "")
                + "\n" + style.dim("Every save re-runs build + correctness and shows what changed. Enter re-runs, q quits."));
        Thread.ofPlatform().daemon().name("kata-watch-input").start(this::readInput);
        try {
            GradeReport previous = runAndShow(null, null, null, 1);
            GradeReport lastTested = RunDelta.testsRan(previous) ? previous : null;
            int runs = 1;
            while (true) {
                Trigger t = triggers.take();
                Path saved = t.file();
                while (t.kind() != Kind.QUIT && (t = triggers.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    saved = t.file() != null ? t.file() : saved;
                }
                if (quitting) {
                    break;
                }
                previous = runAndShow(previous, lastTested, saved, ++runs);
                lastTested = RunDelta.testsRan(previous) ? previous : lastTested;
            }
        } catch (InterruptedException e) {
            // Ctrl-C or q during a run: the run's fork was killed; leave quietly
        } finally {
            Thread.interrupted();
            runner = null;
            if (watcher != null) {
                try {
                    watcher.close();
                } catch (IOException ignored) {
                    // the watch is over either way
                }
            }
        }
        console.println("Stopped watching " + week.id() + ".");
    }

    private void readInput() {
        while (true) {
            String line = console.readLine("");
            if (line == null || List.of("q", "quit", "exit").contains(line.strip().toLowerCase(Locale.ROOT))) {
                quitting = true;
                triggers.add(new Trigger(Kind.QUIT, null));
                Thread r = runner;
                if (r != null) {
                    r.interrupt();
                }
                return;
            }
            triggers.add(new Trigger(Kind.MANUAL, null));
        }
    }

    /** One run of build + correctness; returns its report for the next comparison. */
    private GradeReport runAndShow(GradeReport previous, GradeReport lastTested, Path saved, int number)
            throws InterruptedException {
        long savedAt = savedAtMillis(saved);
        long started = System.currentTimeMillis();
        GateContext ctx = new GateContext(course, week, SourcesResolver.starter(week), week.workDir().resolve("watch"),
                new ForkedJvm(Isolation.NONE), Progress.SILENT, false);
        GradeReport report = StandardGates.pipeline().run(ctx, Set.of("correctness"));
        if (quitting || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        long finished = System.currentTimeMillis();
        StringBuilder sb = new StringBuilder("\n");
        String gates = report.gates().stream().filter(g -> g.status() != Status.SKIPPED)
                .map(g -> String.format(Locale.ROOT, "%s %.1f s", g.gate(), g.millis() / 1000.0))
                .collect(Collectors.joining(", "));
        String when = savedAt > 0
                ? String.format(Locale.ROOT, "results %.1f s after the save of %s (started after %.1f s; %s)",
                        (finished - savedAt) / 1000.0, saved.getFileName(), Math.max(0, started - savedAt) / 1000.0, gates)
                : String.format(Locale.ROOT, "the run took %.1f s (%s)", (finished - started) / 1000.0, gates);
        sb.append(style.bold("run " + number + " · " + LocalTime.now().format(CLOCK))).append(style.dim(" · " + when)).append('\n');
        if (previous == null) {
            sb.append(new TerminalRenderer(style, false).render(report));
        } else {
            describe(sb, RunDelta.between(previous, lastTested, report));
        }
        console.print(sb.toString());
        recordExercises(report);
        return report;
    }

    private void describe(StringBuilder sb, RunDelta d) {
        if (d.buildFails()) {
            if (!d.buildChanged()) {
                sb.append("  ").append(style.status(Status.FAILED)).append("  the build still fails with the same errors\n");
                return;
            }
            for (CheckResult c : d.buildProblems()) {
                sb.append("  ").append(style.status(Status.FAILED)).append("  ").append(c.name()).append('\n');
                indent(sb, c.output() != null ? c.output() : String.valueOf(c.message()));
            }
            return;
        }
        if (d.buildChanged()) {
            sb.append("  ").append(style.status(Status.PASSED)).append("  it compiles again\n");
        }
        for (CheckResult c : d.newlyPassing()) {
            sb.append("  ").append(style.status(Status.PASSED)).append("  now passing: ").append(c.name()).append('\n');
        }
        for (CheckResult c : d.newlyFailing()) {
            sb.append("  ").append(style.status(Status.FAILED)).append("  now failing: ").append(c.name()).append('\n');
            indent(sb, String.valueOf(c.message()));
        }
        for (CheckResult c : d.failingDifferently()) {
            sb.append("  ").append(style.status(Status.FAILED)).append("  still failing, differently: ").append(c.name()).append('\n');
            indent(sb, String.valueOf(c.message()));
        }
        if (d.nothingChanged()) {
            sb.append("  ").append(style.dim("no change")).append('\n');
        }
        sb.append("  correctness ").append(ProgressView.bar(d.passing(), d.total()))
                .append(String.format(" %d/%d tests pass%n", d.passing(), d.total()));
    }

    private void indent(StringBuilder sb, String text) {
        for (String line : text.split("\n")) {
            sb.append("        ").append(line).append('\n');
        }
    }

    /** The save's own time stamp, so the figure shown is save-to-results, not event-to-results. */
    private static long savedAtMillis(Path saved) {
        try {
            return saved != null && Files.exists(saved) ? Files.getLastModifiedTime(saved).toMillis() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private void recordExercises(GradeReport report) {
        Map<String, LearnerProgress.Verdict> verdicts = LearnerRecords.exerciseVerdicts(report);
        if (!verdicts.isEmpty()) {
            // On a thread that q never interrupts. q interrupts this thread to stop a running fork, and a FileChannel
            // interrupted mid-write closes (ClosedByInterruptException): a q typed just as a run ended killed the
            // watch before it could say it stopped. The run is shown; its verdicts are recorded whatever comes next.
            // join() waits through an interrupt and leaves the flag set, so the loop still sees the q.
            CompletableFuture.runAsync(() -> ProgressStore.of(course)
                    .update(p -> p.withWeek(week.id(), w -> w.withExercises(verdicts)))).join();
        }
    }
}
