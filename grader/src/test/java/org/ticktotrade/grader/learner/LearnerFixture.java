package org.ticktotrade.grader.learner;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * A small course for the learner tools' tests (resources/learner/course: one week, two lessons with
 * quizzes, two exercises, only the correctness gate), copied to a temp folder so each test has its
 * own progress file and its own sources to edit.
 */
final class LearnerFixture {

    private LearnerFixture() {}

    static Course course(Path dir) {
        Fixtures.copyTree(Fixtures.fixtureRoot().resolveSibling("learner").resolve("course"), dir);
        return new Course(dir);
    }

    static Week week(Course course) {
        return course.week("week-01").orElseThrow();
    }

    /** Runs {@code action} with {@code -Dkata.home} pointing at the fixture, as the launcher would. */
    static <T> T withKataHome(Path home, Callable<T> action) throws Exception {
        String before = System.getProperty("kata.home");
        System.setProperty("kata.home", home.toString());
        try {
            return action.call();
        } finally {
            if (before == null) {
                System.clearProperty("kata.home");
            } else {
                System.setProperty("kata.home", before);
            }
        }
    }

    /** The command line the {@code kata} launcher execs, with the grader's build as its class path. */
    static List<String> kataCommand(Path home, String... args) {
        List<String> cmd = new ArrayList<>(List.of(ForkedJvm.javaBinary().toString(),
                "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss2m",
                "-Dkata.home=" + home,
                "-cp", String.join(File.pathSeparator, GraderHome.get().harnessClasspath().stream().map(Path::toString).toList()),
                "org.ticktotrade.grader.Kata"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
