package org.ticktotrade.grader.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata bench WEEK [PATTERN] [-- JMH options]}: run any of a week's JMH benchmarks (the gate's,
 * or those a lesson cites) and print JMH's own report. For exploring, not grading.
 */
@Command(name = "bench", description = {
        "Run a week's JMH benchmarks matching PATTERN and print JMH's report (not a grade).",
        "Options after -- go to JMH, e.g.: ./kata bench week-01 PushPop -- -f 2 -prof gc"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WEEK", completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATTERN", description = "JMH regex over benchmark names (default: all)")
    String pattern;

    @Parameters(index = "2..*", paramLabel = "JMH-OPTION", description = "passed to JMH as they are")
    List<String> jmhOptions = new ArrayList<>();

    @Option(names = "--reference", description = "benchmark the reference instead of your code")
    boolean reference;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        ExploreSupport.Built built = ExploreSupport.build(course, week, reference);
        if (built == null) {
            return 1;
        }
        List<Path> cp = new ArrayList<>(GraderHome.get().harnessClasspath());
        cp.add(built.output().testClasses());
        cp.add(built.output().mainClasses());
        List<String> args = new ArrayList<>();
        if (pattern != null) {
            args.add(pattern);
        }
        if (jmhOptions.isEmpty()) {
            args.addAll(List.of("-f", "1", "-wi", "3", "-w", "200ms", "-i", "5", "-r", "200ms", "-prof", "gc"));
        } else {
            args.addAll(jmhOptions);
        }
        ForkSpec fork = ForkSpec.builder("jmh", "org.openjdk.jmh.Main")
                .classpath(cp)
                .args(args)
                .heapMb(256)
                .wallTime(Duration.ofHours(2))
                .workDir(built.context().workDir().resolve("forks/explore-jmh"))
                .build();
        return built.context().forks().runInteractive(fork);
    }
}
