package org.ticktotrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * {@code ./kata check} end to end on submissions that go wrong in the ways graders meet: the verdict,
 * the exit code and the message a learner reads. Runs the real pipeline and real forks.
 */
class CheckSubmissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode check(Path submission, Path json, int expectedExit, String... gates) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "week-01", "--submission", submission.toString(),
                "--json", json.toString()));
        for (String g : gates) {
            args.add("--gate");
            args.add(g);
        }
        int exit = Kata.commandLine().execute(args.toArray(String[]::new));
        JsonNode report = JSON.readTree(json.toFile());
        assertEquals(expectedExit, exit, report.toPrettyString());
        return report;
    }

    static JsonNode gate(JsonNode report, String id) {
        for (JsonNode g : report.path("gates")) {
            if (g.path("gate").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no " + id + " gate in " + report);
    }

    @Test
    void aSubmissionThatDoesNotCompileShowsTheCompilersMessage(@TempDir Path dir) throws IOException {
        JsonNode report = check(Fixtures.submission("week-01", "does-not-compile", dir.resolve("s")), dir.resolve("r.json"), 1);
        JsonNode build = gate(report, "build");
        assertEquals("FAILED", build.path("status").asText());
        String message = build.path("checks").get(0).path("message").asText();
        assertTrue(message.matches("(?s).*SpscLongRing\\.java:\\d+: error: ';' expected.*"), message);
        for (JsonNode g : report.path("gates")) {
            if (!g.path("gate").asText().equals("build")) {
                assertEquals("SKIPPED", g.path("status").asText(), "nothing runs after a failed build: " + g);
                assertTrue(g.path("summary").asText().contains("build gate did not pass"));
            }
        }
    }

    @Test
    void callingSystemExitIsACrashNeverAPass(@TempDir Path dir) throws IOException {
        JsonNode report = check(Fixtures.submission("week-01", "exit-in-ring", dir.resolve("s")), dir.resolve("r.json"), 1,
                "correctness");
        JsonNode correctness = gate(report, "correctness");
        assertEquals("FAILED", correctness.path("status").asText());
        assertTrue(correctness.path("summary").asText().contains("exited with code 0"), correctness.path("summary").asText());
        boolean named = false;
        for (JsonNode c : correctness.path("checks")) {
            named |= c.path("message").asText().contains("System.exit");
        }
        assertTrue(named, "a check names System.exit as the likely cause");
        assertTrue(correctness.path("details").path("passed").asInt() < correctness.path("details").path("expected").asInt());
    }

    @Test
    void spinningForeverIsStoppedByATimeLimitThatSaysSo(@TempDir Path dir) throws IOException {
        JsonNode report = check(Fixtures.submission("week-01", "spin-when-full", dir.resolve("s")), dir.resolve("r.json"), 1,
                "correctness");
        JsonNode correctness = gate(report, "correctness");
        assertEquals("FAILED", correctness.path("status").asText());
        boolean timedOut = false;
        for (JsonNode c : correctness.path("checks")) {
            String m = c.path("message").asText();
            timedOut |= m.contains("timed out") || m.contains("time limit");
        }
        assertTrue(timedOut, correctness.toPrettyString());
    }

    @Test
    void aLockUnderTheRingsNamePassesCorrectnessAndStressButNotTheBenchGate(@TempDir Path dir) throws IOException {
        JsonNode report = check(Fixtures.submission("week-01", "disguised-lock", dir.resolve("s")), dir.resolve("r.json"), 1,
                "correctness", "stress", "bench");
        assertEquals("PASSED", gate(report, "correctness").path("status").asText());
        assertEquals("PASSED", gate(report, "stress").path("status").asText());
        JsonNode bench = gate(report, "bench");
        assertEquals("FAILED", bench.path("status").asText(), bench.toPrettyString());
        JsonNode ratio = bench.path("checks").get(0);
        assertEquals("ring-vs-lock", ratio.path("id").asText());
        assertEquals("FAILED", ratio.path("status").asText());
        assertTrue(ratio.path("details").path("high").asDouble() < 2.0, ratio.toPrettyString());
        assertTrue(bench.path("details").path("machine").path("cores").asInt() > 0, "the report records the machine");
    }

    @Test
    void exercismAndGradescopeRenderingsComeOutOfTheCommand(@TempDir Path dir) throws IOException {
        for (String format : List.of("exercism", "gradescope")) {
            java.io.StringWriter text = new java.io.StringWriter();
            picocli.CommandLine cli = Kata.commandLine();
            cli.setOut(new java.io.PrintWriter(text));
            int exit = cli.execute("check", "week-01", "--gate", "correctness", "--format", format);
            assertEquals(1, exit);
            JsonNode root = JSON.readTree(text.toString());
            if (format.equals("exercism")) {
                assertEquals(3, root.path("version").asInt());
                assertEquals("fail", root.path("status").asText());
                root.path("tests").forEach(t -> assertTrue(t.has("task_id"), "every week-01 test belongs to an exercise: " + t));
            } else {
                assertEquals(0.0, root.path("score").asDouble());
                assertEquals(50.0, root.path("max_score").asDouble());
                root.path("tests").forEach(t -> assertEquals(t.path("name").asText().startsWith("correctness:") ? "failed" : "passed",
                        t.path("status").asText(), t.toString()));
            }
        }
    }

    @Test
    void aJournalQuotingAssemblyTheJitNeverEmittedFailsTheJournalGate(@TempDir Path dir) throws IOException {
        Path submission = Fixtures.submission("week-01", "correct", dir.resolve("s"));
        // the reference's own journal, with one quoted instruction the JIT did not emit
        String journal = java.nio.file.Files.readString(Fixtures.week("week-01").dir().resolve("src/reference/journal.adoc"));
        String invented = journal.replace("mov qword ptr [rcx + rbp*8 + 0x10], rdx", "xchg qword ptr [rcx + rbp*8 + 0x10], rdx");
        org.junit.jupiter.api.Assumptions.assumeTrue(!invented.equals(journal), "the reference journal quotes the slot store");
        java.nio.file.Files.writeString(submission.resolve("journal.adoc"), invented);
        JsonNode report = check(submission, dir.resolve("r.json"), 1, "journal");
        JsonNode asm = null;
        for (JsonNode c : gate(report, "journal").path("checks")) {
            if (c.path("id").asText().equals("asm")) {
                asm = c;
            }
        }
        assertEquals("FAILED", asm.path("status").asText(), asm.toPrettyString());
        assertTrue(asm.path("message").asText().contains("`xchg qword ptr [rcx + rbp*8 + 0x10], rdx`"), asm.path("message").asText());

        java.nio.file.Files.writeString(submission.resolve("journal.adoc"), journal);
        JsonNode honest = check(submission, dir.resolve("r2.json"), 0, "journal");
        assertEquals("PASSED", gate(honest, "journal").path("status").asText());
    }

    @Test
    void theUntouchedStarterFailsWithTodosAndLaterGatesSayWhyTheyWereSkipped(@TempDir Path dir) throws IOException {
        int exit = Kata.commandLine().execute("check", "week-01", "--json", dir.resolve("r.json").toString());
        JsonNode report = JSON.readTree(dir.resolve("r.json").toFile());
        assertEquals(1, exit);
        JsonNode correctness = gate(report, "correctness");
        assertEquals("FAILED", correctness.path("status").asText());
        for (JsonNode c : correctness.path("checks")) {
            assertEquals("FAILED", c.path("status").asText(), "a test passes on the untouched starter: " + c);
        }
        assertTrue(correctness.path("summary").asText().contains("still at a TODO"));
        for (String later : List.of("stress", "bench")) {
            JsonNode g = gate(report, later);
            assertEquals("SKIPPED", g.path("status").asText());
            assertTrue(g.path("summary").asText().contains("correctness gate did not pass"), g.path("summary").asText());
        }
    }
}
