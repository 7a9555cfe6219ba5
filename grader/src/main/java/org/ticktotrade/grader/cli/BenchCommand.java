package org.ticktotrade.grader.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
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

    /** Short enough to explore, long enough to be warm: a quick look, not a publishable figure. */
    static final List<String> DEFAULT_OPTIONS = List.of("-f", "1", "-wi", "3", "-w", "200ms", "-i", "5", "-r", "200ms", "-prof", "gc");

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
        return ExploreSupport.runTool(course, WeekArgument.resolve(spec, course, weekName), reference, "jmh",
                "org.openjdk.jmh.Main", dir -> {
                    List<String> args = new ArrayList<>();
                    if (pattern != null) {
                        args.add(pattern);
                    }
                    args.addAll(jmhOptions.isEmpty() ? DEFAULT_OPTIONS : jmhOptions);
                    return args;
                });
    }
}
