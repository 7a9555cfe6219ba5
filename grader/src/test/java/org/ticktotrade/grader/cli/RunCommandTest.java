package org.ticktotrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;

/**
 * {@code ./kata run} runs a week's program on the code it names: week 07's load run, briefly, on the reference
 * (it writes its result where {@code --out} says), on the untouched starter (which stops at a TODO, so the
 * command really ran the learner's classes), and a class the week does not have (a usage error, named).
 */
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReferenceLoadRunWritesItsResult(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        int exit = Kata.commandLine().execute("run", "week-07", "LoadRun", "--reference", "--heap", "256", "--",
                "--rates", "1000", "--seconds", "0.3", "--warmup-seconds", "0.1", "--out", out.toString());
        assertEquals(0, exit);
        JsonNode run = JSON.readTree(out.resolve("load-run.json").toFile()).path("runs").path(0);
        assertEquals(1000, run.path("requestedRate").asLong(), run.toPrettyString());
        assertEquals(300, run.path("sent").asLong(), "0.3 s at 1,000/s: " + run.toPrettyString());
        assertEquals(run.path("sent").asLong(), run.path("samples").asLong(), "every request recorded");
        assertTrue(Files.isRegularFile(out.resolve("rate-1000-response.hgrm")));
    }

    @Test
    void theStarterRunsTheLearnersCodeAndStopsAtItsTodo(@TempDir Path dir) {
        int exit = Kata.commandLine().execute("run", "week-07", "LoadRun", "--heap", "256", "--",
                "--rates", "1000", "--seconds", "0.2", "--warmup-seconds", "0.1", "--out", dir.toString());
        assertNotEquals(0, exit, "the starter's generator is a TODO: the program cannot finish");
        assertTrue(!Files.exists(dir.resolve("load-run.json")), "no result from a run that did not happen");
    }

    @Test
    void aClassTheWeekDoesNotHaveIsAUsageError() {
        StringBuilder err = new StringBuilder();
        assertEquals(2, runCapturingStderr(err, "run", "week-07", "NoSuchProgram", "--reference"));
        assertTrue(err.toString().contains("week-07 has no class org.ticktotrade.week07.NoSuchProgram"), err.toString());
    }

    @Test
    void withoutMainAWeekThatNamesNoneIsAUsageError() {
        StringBuilder err = new StringBuilder();
        assertEquals(2, runCapturingStderr(err, "run", "week-07", "--reference"));
        assertTrue(err.toString().contains("week-07 names no main program"), err.toString());
    }

    /** Runs the command line with stderr captured into {@code err}; returns its exit code. */
    private static int runCapturingStderr(StringBuilder err, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return Kata.commandLine().execute(args);
        } finally {
            System.setErr(old);
            err.append(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
