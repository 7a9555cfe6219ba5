package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code printf 'progress\nexit\n' | ./kata}: the shell reads commands (and a quiz its answers) from a
 * pipe, one per line, and prints plain text: not one escape code, since no terminal is there to read it.
 */
class PipedShellTest {

    record Run(int exit, String stdout, String stderr) {}

    static Run kata(Path home, String stdin, String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(LearnerFixture.kataCommand(home, args)).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] errBytes = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell ended");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(errBytes, StandardCharsets.UTF_8));
    }

    @Test
    void progressFromAPipePrintsPlainText(@TempDir Path dir) throws Exception {
        LearnerFixture.course(dir);

        Run run = kata(dir, "progress\nexit\n");

        assertEquals(0, run.exit(), run.stderr());
        assertFalse(run.stdout().contains("\u001b"), "no escape codes:\n" + run.stdout());
        assertFalse(run.stdout().contains("\r"), "no carriage returns");
        assertTrue(run.stdout().contains("kata> progress\n"), "the command is echoed, so the transcript reads in order");
        assertTrue(run.stdout().contains("week-01  Counting, a fixture week"), run.stdout());
        assertTrue(run.stdout().contains("[------------------------------]  0/5 steps"), run.stdout());
        assertEquals("", run.stderr().strip(), "and nothing on stderr (no JLine or native-access warnings)");
    }

    @Test
    void aQuizAnsweredThroughThePipeIsScoredAndShowsInProgress(@TempDir Path dir) throws Exception {
        LearnerFixture.course(dir);

        Run run = kata(dir, "quiz week-01 2\n42\ny\nhello\n\nprogress\nexit\n");

        assertEquals(0, run.exit(), run.stderr());
        assertFalse(run.stdout().contains("\u001b"), run.stdout());
        assertTrue(run.stdout().contains("Score: 2/2 (100%), saved"), run.stdout());
        assertTrue(run.stdout().contains("quizzes  1: -  2: 100%  average 50%, gates locked until 70%"), run.stdout());
    }
}
