package org.ticktotrade.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.render.Style;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./kata author test}: the course's own test command (the one README.adoc names and CI runs).
 * Builds every module against its reference and runs every test (Maven), then checks the starters are
 * in sync and verifies every week end to end with the grader.
 */
@Command(name = "test", description = {
        "The course's own tests: every module built and tested against the reference (Maven),",
        "starters in sync, and ./kata author verify on every week."})
public final class CourseTestCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException, InterruptedException {
        Course course = Course.locate();
        Style style = Style.detect();
        Map<String, Long> times = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();

        step(style, "System packages the course's tools use");
        long t0 = System.nanoTime();
        int setup = new CommandLine(new SetupCommand()).execute();
        times.put("setup", ms(t0));
        if (setup != 0) {
            failed.add("setup (system packages)");
        }

        step(style, "Maven: every module against its reference, all tests");
        t0 = System.nanoTime();
        int mvn = maven(course.root(), "-B", "-Preference", "verify");
        times.put("maven -Preference verify", ms(t0));
        if (mvn != 0) {
            failed.add("maven -Preference verify (exit " + mvn + ")");
        }

        step(style, "Starters in sync with their references");
        t0 = System.nanoTime();
        int sync = new CommandLine(new SyncStartersCommand()).execute("--check");
        times.put("author sync-starters --check", ms(t0));
        if (sync != 0) {
            failed.add("author sync-starters --check");
        }

        // The short form: every gate of every week runs, with its thresholds, but jcstress and JMH sample
        // less (WeekManifest.shortForm), so CI stays in budget; ./kata check is the full measurement.
        step(style, "Every week verified end to end (stress and bench gates in their short form)");
        t0 = System.nanoTime();
        int verify = new CommandLine(new VerifyCommand()).execute("--short");
        times.put("author verify --short", ms(t0));
        if (verify != 0) {
            failed.add("author verify --short");
        }

        System.out.println();
        System.out.println(style.bold("Course test summary"));
        times.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-32s %7.1f s%n", k, v / 1000.0));
        System.out.println(failed.isEmpty() ? "  all passed" : "  FAILED: " + String.join(", ", failed));
        return failed.isEmpty() ? 0 : 1;
    }

    private static void step(Style style, String title) {
        System.out.println();
        System.out.println(style.bold("=== " + title));
        System.out.flush();
    }

    /** Runs the project's Maven wrapper on the JDK the grader runs on, its output streaming through. */
    static int maven(Path root, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(root.resolve("mvnw").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).inheritIO();
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED");
        return pb.start().waitFor();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
