package org.ticktotrade.grader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Machine;
import org.ticktotrade.grader.model.Status;

/**
 * The two foreign renderings hold to their formats' field lists and status words: Exercism's test
 * runner interface (version 3) and Gradescope's autograder results.json.
 */
class RenderFormatsTest {

    static final Set<String> EXERCISM_TOP = Set.of("version", "status", "message", "tests");
    static final Set<String> EXERCISM_TEST = Set.of("name", "test_code", "status", "message", "output", "task_id");
    static final Set<String> GRADESCOPE_TOP = Set.of("score", "execution_time", "output", "output_format", "test_output_format",
            "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard", "max_score");
    static final Set<String> GRADESCOPE_TEST = Set.of("score", "max_score", "status", "name", "name_format", "number", "output",
            "output_format", "tags", "visibility", "extra_data");

    static GradeReport report(Status buildStatus) {
        var build = new GateResult("build", "Build", buildStatus, "compiled", 0, 0, 1200,
                List.of(new CheckResult("compile", "Your code compiles", null, buildStatus,
                        buildStatus == Status.PASSED ? null : "Ring.java:12: error: ';' expected", null, 0, 0, 0, Map.of())), Map.of());
        var correctness = new GateResult("correctness", "Correctness", Status.FAILED, "1/2 tests passed", 25, 50, 2100, List.of(
                new CheckResult("a.RingTest#fifo", "RingTest > fifo", "spsc-ring", Status.PASSED, null, "x".repeat(900), 25, 25, 3, Map.of()),
                new CheckResult("a.RingTest#full", "RingTest > full", "spsc-ring", Status.FAILED, "not implemented yet: TODO(kata) offer",
                        null, 0, 25, 3, Map.of("todo", "TODO(kata) offer"))), Map.of());
        var bench = new GateResult("bench", "Benchmarks", Status.INCONCLUSIVE, "ring-vs-lock 2.1x", 0, 20, 30000, List.of(
                new CheckResult("ring-vs-lock", "ring at least 2x", null, Status.INCONCLUSIVE, "2.10x (1.6-2.8)", null, 0, 10, 0, Map.of()),
                new CheckResult("cross-thread", "cross thread", null, Status.INFO, "reported", null, 0, 0, 0, Map.of())), Map.of());
        var stress = GateResult.skipped("stress", "Concurrency stress", "skipped: correctness failed", 20);
        List<GateResult> gates = buildStatus == Status.PASSED ? List.of(build, correctness, stress, bench) : List.of(build);
        return new GradeReport(1, "week-01", "Types", "submission", "/tmp/s", "2026-11-22T00:00:00Z", 33000,
                new Machine("AMD EPYC", 2, "Eclipse Adoptium 25", "/usr/bin/java", "Linux"), Status.FAILED, 25, 90, gates, List.of());
    }

    @Test
    void exercismResultsUseOnlyTheInterfaceFieldsAndWords() {
        JsonNode root = Json.MAPPER.valueToTree(ExercismRenderer.render(report(Status.PASSED), List.of("spmc-channel", "spsc-ring")));
        root.fieldNames().forEachRemaining(f -> assertTrue(EXERCISM_TOP.contains(f), "unexpected top-level field " + f));
        assertEquals(3, root.path("version").asInt());
        assertEquals("fail", root.path("status").asText());
        assertTrue(root.path("tests").size() >= 4);
        for (JsonNode t : root.path("tests")) {
            t.fieldNames().forEachRemaining(f -> assertTrue(EXERCISM_TEST.contains(f), "unexpected test field " + f));
            assertTrue(Set.of("pass", "fail", "error").contains(t.path("status").asText()));
            assertNotNull(t.get("name"));
            assertTrue(t.has("test_code"));
            if (!t.path("status").asText().equals("pass")) {
                assertFalse(t.path("message").isNull(), "a failing test needs a message: " + t);
            }
            if (t.hasNonNull("output")) {
                assertTrue(t.path("output").asText().length() <= 500, "output is capped at 500 characters");
            }
        }
        JsonNode full = root.path("tests").get(1);
        assertEquals(2, full.path("task_id").asInt());
    }

    @Test
    void aBuildFailureIsAnExercismErrorWithTheCompilerMessage() {
        JsonNode root = Json.MAPPER.valueToTree(ExercismRenderer.render(report(Status.FAILED), List.of()));
        assertEquals("error", root.path("status").asText());
        assertTrue(root.path("message").asText().contains("';' expected"));
    }

    @Test
    void gradescopeResultsUseOnlyTheSpecFieldsAndWords() {
        JsonNode root = Json.MAPPER.valueToTree(GradescopeRenderer.render(report(Status.PASSED), "visible"));
        root.fieldNames().forEachRemaining(f -> assertTrue(GRADESCOPE_TOP.contains(f), "unexpected top-level field " + f));
        assertEquals(25.0, root.path("score").asDouble());
        assertTrue(root.path("execution_time").isNumber());
        for (JsonNode t : root.path("tests")) {
            t.fieldNames().forEachRemaining(f -> assertTrue(GRADESCOPE_TEST.contains(f), "unexpected test field " + f));
            assertTrue(Set.of("passed", "failed").contains(t.path("status").asText()), t.toString());
            assertTrue(t.path("score").asDouble() <= t.path("max_score").asDouble());
            assertTrue(Set.of("hidden", "after_due_date", "after_published", "visible").contains(t.path("visibility").asText()));
        }
        assertEquals("AMD EPYC", root.path("extra_data").path("machine").path("cpuModel").asText());
    }

    @Test
    void thePlainTerminalRenderingHasNoEscapeCodes() {
        String text = new TerminalRenderer(Style.plain(), false).render(report(Status.PASSED));
        assertFalse(text.contains("\u001b"));
        assertTrue(text.contains("INCONCLUSIVE"));
        assertTrue(text.contains("FAIL  TODO(kata) offer"), text);
        assertTrue(text.contains("1 test stops here: RingTest > full"), text);
    }
}
