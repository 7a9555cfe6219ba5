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
 * {@code ./kata stress WEEK [PATTERN]}: run any of a week's jcstress tests (the gate's, or a lesson's
 * demonstration of a data race) and print jcstress's own report. For exploring, not grading.
 */
@Command(name = "stress", description = {
        "Run a week's jcstress tests matching PATTERN and print jcstress's report (not a grade).",
        "Options after -- go to jcstress, e.g.: ./kata stress week-01 Racy -- -m default"})
public final class StressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WEEK", completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATTERN", description = "regex over test names (default: all)")
    String pattern;

    @Parameters(index = "2..*", paramLabel = "JCSTRESS-OPTION", description = "passed to jcstress as they are")
    List<String> options = new ArrayList<>();

    @Option(names = "--reference", description = "stress the reference instead of your code")
    boolean reference;

    @Override
    public Integer call() {
        Course course = Course.locate();
        return ExploreSupport.runTool(course, WeekArgument.resolve(spec, course, weekName), reference, "jcstress",
                "org.openjdk.jcstress.Main", dir -> {
                    List<String> args = new ArrayList<>(List.of("-t", pattern == null ? ".*" : pattern,
                            "-r", dir.resolve("report").toString(),
                            "-jvmArgsPrepend", "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"));
                    args.addAll(options.isEmpty() ? List.of("-m", "quick") : options);
                    System.out.println("jcstress's HTML report will be in " + dir.resolve("report/index.html"));
                    return args;
                });
    }
}
