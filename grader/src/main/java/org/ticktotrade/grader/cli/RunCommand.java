package org.ticktotrade.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata run WEEK MAIN [-- ARGS]}: build a week (your code or the reference) and run one of its programs,
 * such as week 07's load run, with the week's classes, the references it builds on and its libraries on the class
 * path, its output straight to the terminal. For running, not grading.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Build a week and run one of its programs (a class with a main), output to the terminal (not a grade).",
        "MAIN is a class of the week's package (LoadRun) or a full name; without it, the program week.toml names as",
        "its main (the capstone's exchange). Arguments after -- go to the program, e.g.:",
        "  ./kata run week-07 LoadRun -- --rates 100000,300000 --seconds 3",
        "  ./kata run capstone --reference"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WEEK", completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "MAIN",
            description = "the class to run: a simple name in the week's package, or a full name (default: week.toml's main)")
    String mainName;

    @Parameters(index = "2..*", paramLabel = "ARG", description = "passed to the program as they are")
    List<String> programArgs = new ArrayList<>();

    @Option(names = "--reference", description = "run the reference instead of your code")
    boolean reference;

    @Option(names = "--heap", paramLabel = "MB", defaultValue = "512",
            description = "the program's fixed heap, -Xms and -Xmx (default: ${DEFAULT-VALUE})")
    int heapMb;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        if (mainName == null) {
            mainName = week.manifest().defaultMain();
            if (mainName == null) {
                System.err.println("kata run: " + week.id() + " names no main program in its week.toml: give MAIN, a class of "
                        + week.manifest().basePackage());
                return 2;
            }
        }
        String main = qualified(week, mainName);
        ExploreSupport.Built built = ExploreSupport.build(course, week, reference);
        if (built == null) {
            return 1;
        }
        Path classFile = Path.of(main.replace('.', '/') + ".class");
        if (!Files.isRegularFile(built.output().mainClasses().resolve(classFile))
                && !Files.isRegularFile(built.output().testClasses().resolve(classFile))) {
            System.err.println("kata run: " + week.id() + " has no class " + main
                    + " (give a class of " + week.manifest().basePackage() + ", or its full name)");
            return 2;
        }
        Path dir = built.context().workDir().resolve("forks/run-" + main.substring(main.lastIndexOf('.') + 1));
        System.err.println("kata run: " + main + " of " + week.id() + " (" + built.context().sources().label()
                + "), heap " + heapMb + " MB, working directory " + dir);
        ForkSpec fork = ForkSpec.builder("run", main)
                .classpath(ExploreSupport.classpath(built))
                .args(programArgs)
                // a fixed heap, so a run measures the program and not the heap growing; headless, so a plot draws
                .jvmOptions("-Xms" + heapMb + "m", "-Djava.awt.headless=true")
                .heapMb(heapMb)
                .wallTime(Duration.ofHours(2))
                .workDir(dir)
                .build();
        return built.context().forks().runInteractive(fork);
    }

    static String qualified(Week week, String name) {
        return name.contains(".") ? name : week.manifest().basePackage() + "." + name;
    }
}
