package org.ticktotrade.grader.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.fork.Bubblewrap;
import org.ticktotrade.grader.fork.ForkedJvm;

/**
 * {@code ./kata grade} killed halfway, twice (SIGTERM, as Ctrl-C or {@code kill} sends; then SIGKILL,
 * which runs no clean-up at all), then run again: the batch finishes, nothing finished is graded
 * twice, no half-written file is left, and no fork outlives the grader that started it.
 */
class GradeResumeTest {

    private static final List<String> FIXTURES = List.of("correct", "does-not-compile", "wrap-around", "exit-in-ring", "disguised-lock");

    @Test
    void aKilledBatchResumesWithoutRegradingWhatWasDone() throws Exception {
        assumeTrue(Bubblewrap.find().isPresent(), "bubblewrap is not installed (./kata setup)");
        Path base = BatchFixtures.freshBase("resume");
        Path course = BatchFixtures.courseCopy(base.resolve("course"));
        Path subs = Files.createDirectories(base.resolve("submissions"));
        Path out = base.resolve("out");
        for (int i = 0; i < FIXTURES.size(); i++) {
            BatchFixtures.folder(subs, FIXTURES.get(i), (i + 1) + "-" + FIXTURES.get(i));
        }
        List<String> args = List.of("grade", "week-01", "--submissions", subs.toString(), "--out", out.toString(),
                "--jobs", "1", "--gate", "correctness");

        // 1: SIGTERM once one submission is done: the shutdown hook kills the forks, keeps what finished
        Map<String, String> afterFirst = killOnceDone(course, args, out, 1, false, base.resolve("run-1.log"));
        // 2: SIGKILL once one more is done: no hook runs; the sandboxes die with their parent
        Map<String, String> afterSecond = killOnceDone(course, args, out, afterFirst.size() + 1, true, base.resolve("run-2.log"));
        afterFirst.forEach((id, record) -> assertEquals(record, afterSecond.get(id), id + " was graded again by run 2"));
        assertTrue(afterSecond.size() < FIXTURES.size(), "the kills came too late to test anything: " + afterSecond.keySet());

        // 3: the same command again finishes the batch
        String old = System.getProperty("kata.home");
        StringWriter err = new StringWriter();
        int exit;
        try {
            System.setProperty("kata.home", course.toString());
            var cli = Kata.commandLine();
            cli.setErr(new PrintWriter(err));
            exit = cli.execute(args.toArray(String[]::new));
        } finally {
            GradeBatchTest.restore(old);
        }
        assertEquals(0, exit, err.toString());
        String log = err.toString() + Files.readString(base.resolve("run-1.log")) + Files.readString(base.resolve("run-2.log"));
        assertTrue(err.toString().contains(afterSecond.size() + " already graded (kept)"), log);
        Map<String, String> done = records(out);
        assertEquals(FIXTURES.size(), done.size(), done.keySet().toString());
        afterSecond.forEach((id, record) -> assertEquals(record, done.get(id), id + " was graded again by run 3"));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "a half-written file was left");
        }
        assertEquals(FIXTURES.size() + 1, Files.readString(out.resolve("gradebook.csv")).lines().count());
    }

    /** Runs grade in its own JVM until {@code atLeast} submissions are done, then kills it; returns the records. */
    private static Map<String, String> killOnceDone(Path course, List<String> args, Path out, int atLeast, boolean hard,
                                                    Path logFile) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ForkedJvm.javaBinary().toString()));
        cmd.addAll(ForkedJvm.QUIET_FLAGS);
        cmd.addAll(List.of("-Dkata.home=" + course, "-cp", GraderHome.get().classes() + File.pathSeparator
                + GraderHome.get().classes().getParent().resolve("lib") + File.separator + "*", Kata.class.getName()));
        cmd.addAll(args);
        Process grade = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (records(out).size() < atLeast) {
            assertTrue(grade.isAlive(), "grade ended before it could be killed:\n" + Files.readString(logFile));
            assertTrue(System.nanoTime() < deadline, "no progress:\n" + Files.readString(logFile));
            Thread.sleep(200);
        }
        List<ProcessHandle> forks = grade.descendants().toList();
        if (hard) {
            grade.destroyForcibly();
        } else {
            grade.destroy();
        }
        assertTrue(grade.waitFor(30, TimeUnit.SECONDS), "grade did not stop");
        for (ProcessHandle f : forks) {
            f.onExit().get(15, TimeUnit.SECONDS);
            assertFalse(f.isAlive(), "a fork outlived the grader: " + f.info());
        }
        return records(out);
    }

    private static Map<String, String> records(Path out) throws IOException {
        Map<String, String> done = new LinkedHashMap<>();
        Path dir = out.resolve("submissions");
        if (!Files.isDirectory(dir)) {
            return done;
        }
        try (Stream<Path> subs = Files.list(dir)) {
            for (Path s : subs.sorted().toList()) {
                Path record = s.resolve("batch.json");
                if (Files.isRegularFile(record)) {
                    done.put(s.getFileName().toString(), Files.readString(record));
                }
            }
        }
        return done;
    }
}
