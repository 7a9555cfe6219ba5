package org.ticktotrade.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.Bubblewrap;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.instructor.BatchGrader;
import org.ticktotrade.grader.instructor.Intake;
import org.ticktotrade.grader.instructor.Sandboxing;
import org.ticktotrade.grader.instructor.Shard;
import org.ticktotrade.grader.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kata grade WEEK --submissions DIR --out DIR [--shard I/N]}: the instructors' batch grading. */
@Command(name = "grade", mixinStandardHelpOptions = true, subcommands = GradeMergeCommand.class, description = {
        "Grade a folder of submissions, each in its own sandbox (for instructors).",
        "Each entry is a folder or a zip (a src/main/java tree, a week folder or a whole clone), graded with the",
        "week's tests, hidden tests included. Writes per-submission results (JSON, Exercism, Gradescope),",
        "an HTML feedback page each, gradebook.csv and summary.html.",
        "Interrupted, the same command resumes: finished submissions are kept.",
        "A class too big for one machine: run the same command on N machines with --shard 1/N ... N/N (or",
        "--shard auto/N under a GitHub Actions matrix or a Kubernetes Indexed Job), each with its own --out,",
        "then join the outputs with: ./kata grade merge OUT1 OUT2 ... --out DIR (recipes in grader/deploy/).",
        "Exit code: 0 every submission has a result (whatever its score), 2 usage error or no sandbox,",
        "3 the grader failed on some submission, 130 interrupted."})
public final class GradeCommand implements Callable<Integer> {

    public enum Visibility { show, hide }

    @Spec
    CommandSpec spec;

    // not required by picocli so that `grade merge` can stand without them; call() insists
    @Parameters(index = "0", arity = "0..1", paramLabel = "WEEK", description = "week-01, 01 or 1",
            completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Option(names = "--submissions", paramLabel = "DIR", description = "the folder of submissions (required)")
    Path submissions;

    @Option(names = "--out", paramLabel = "DIR", description = "where the results go (required; created; resumable)")
    Path out;

    @Option(names = "--shard", paramLabel = "I/N", description = "grade only shard I of N (1-based; a stable split by "
            + "submission name), or auto/N: I from KATA_SHARD_INDEX (1-based) or JOB_COMPLETION_INDEX (0-based, a "
            + "Kubernetes Indexed Job). Give each shard its own --out and join them with 'grade merge'.")
    String shardSpec;

    @Option(names = "--jobs", paramLabel = "N", description = "submissions graded at once (default: half the cores, at least 1)")
    Integer jobs;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "renderings besides the grader's JSON: ${COMPLETION-CANDIDATES} (default: all)")
    List<BatchGrader.Format> formats;

    @Option(names = "--gate", paramLabel = "NAME", description = "run only these gates (build always runs): ${COMPLETION-CANDIDATES}",
            completionCandidates = CheckCommand.GateNames.class)
    List<String> gates = List.of();

    @Option(names = "--hidden-test-names", paramLabel = "show|hide",
            description = "hidden tests in what students read: under their names, or as 'hidden test N' (default: hide)")
    Visibility hiddenNames = Visibility.hide;

    @Option(names = "--hidden-test-messages", paramLabel = "show|hide",
            description = "what a failing hidden test said, in what students read (default: show)")
    Visibility hiddenMessages = Visibility.show;

    @Option(names = "--unsafe-no-sandbox",
            description = "grade even where bubblewrap cannot run: submissions' code runs with your rights (the report says so)")
    boolean unsafe;

    @Option(names = "--regrade", description = "grade every submission again, even those already graded into --out")
    boolean regrade;

    @Option(names = "--keep-work", description = "keep each submission's scratch folder (its copy, builds and forks)")
    boolean keepWork;

    @Option(names = "--work", paramLabel = "DIR", description = "scratch folder (default: under the week's target/kata/grade)")
    Path work;

    @Option(names = "--sandbox-memory-mb", paramLabel = "MB", description = "memory for everything one job runs, where cgroups are available (default: 3072)")
    int memoryMb = 3072;

    @Override
    public Integer call() {
        if (weekName == null || submissions == null || out == null) {
            throw new ParameterException(spec.commandLine(), "give WEEK, --submissions DIR and --out DIR"
                    + " (or 'grade merge' to join shard outputs); see ./kata grade --help");
        }
        Shard shard;
        try {
            shard = shardSpec == null ? Shard.ALL : Shard.parse(shardSpec, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        Set<String> selected = new LinkedHashSet<>();
        for (String g : gates) {
            if (!StandardGates.IDS.contains(g)) {
                throw new ParameterException(spec.commandLine(), "unknown gate '" + g + "'; gates are " + StandardGates.IDS);
            }
            selected.add(g);
        }
        Path subs = submissions.toAbsolutePath().normalize();
        Path outDir = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(subs)) {
            throw new ParameterException(spec.commandLine(), "no such folder: " + submissions);
        }
        if (outDir.startsWith(subs) || subs.startsWith(outDir)) {
            throw new ParameterException(spec.commandLine(), "--out and --submissions must not contain one another");
        }
        int n = jobs == null ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : jobs;
        if (n < 1 || n > 64) {
            throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and 64");
        }
        String conflict = BatchGrader.shardConflict(outDir, shard);
        if (conflict != null) {
            throw new ParameterException(spec.commandLine(), conflict);
        }
        Set<BatchGrader.Format> fmts = formats == null || formats.isEmpty() ? EnumSet.allOf(BatchGrader.Format.class)
                : EnumSet.copyOf(formats);
        Path scratch = work != null ? work.toAbsolutePath().normalize() : BatchGrader.defaultScratch(week, outDir);

        java.io.PrintWriter err = spec.commandLine().getErr();
        Sandboxing sandbox;
        try {
            Files.createDirectories(scratch);
            sandbox = Sandboxing.create(n, unsafe, Bubblewrap.Limits.defaults(), memoryMb, scratch,
                    String.valueOf(ProcessHandle.current().pid()));
        } catch (Sandboxing.Refused e) {
            err.println("kata grade: " + e.getMessage());
            err.flush();
            return 2;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (sandbox) {
            BatchGrader.Options options = new BatchGrader.Options(selected, n, fmts, hiddenNames == Visibility.show,
                    hiddenMessages == Visibility.show, regrade, keepWork, Intake.Limits.defaults(), shard);
            BatchGrader.Summary summary = new BatchGrader(course, week, subs, outDir, scratch, options, sandbox, err,
                    Style.isTerminal()).run();
            if (summary.interrupted()) {
                return 130;
            }
            return summary.graderErrors() > 0 ? Kata.GRADER_FAILED : 0;
        }
    }
}
