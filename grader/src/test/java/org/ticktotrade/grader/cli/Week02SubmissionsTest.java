package org.ticktotrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * Week 02's gates hold: a book that allocates per order fails the allocation gate even though it is
 * correct, and a book that breaks time priority fails a property with a small, shrunk counterexample the
 * learner can read. Runs the real pipeline and real forks on fixtures under resources/fixtures/week-02.
 */
class Week02SubmissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode check(Path submission, Path json, String... gates) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "week-02", "--submission", submission.toString(),
                "--json", json.toString()));
        for (String g : gates) {
            args.add("--gate");
            args.add(g);
        }
        int exit = Kata.commandLine().execute(args.toArray(String[]::new));
        JsonNode report = JSON.readTree(json.toFile());
        assertEquals(1, exit, "a broken submission exits 1\n" + report.toPrettyString());
        return report;
    }

    private static JsonNode gate(JsonNode report, String id) {
        for (JsonNode g : report.path("gates")) {
            if (g.path("gate").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no " + id + " gate in " + report);
    }

    private static JsonNode check(JsonNode gate, String idPart) {
        for (JsonNode c : gate.path("checks")) {
            if (c.path("id").asText().contains(idPart) || c.path("name").asText().contains(idPart)) {
                return c;
            }
        }
        throw new AssertionError("no check like " + idPart + " in " + gate.toPrettyString());
    }

    @Test
    void anOptimizedBookThatAllocatesPerOrderIsCorrectButFailsTheAllocationGate(@TempDir Path dir) throws IOException {
        Path submission = Fixtures.submission("week-02", "allocating-arena", dir.resolve("s"));
        // Every rule and property still holds; only the in-test allocation probe notices the boxes.
        JsonNode correctness = gate(check(submission, dir.resolve("c.json"), "correctness"), "correctness");
        assertEquals("FAILED", correctness.path("status").asText(), correctness.toPrettyString());
        for (JsonNode c : correctness.path("checks")) {
            boolean probe = c.path("id").asText().contains("AllocationTest");
            assertEquals(probe ? "FAILED" : "PASSED", c.path("status").asText(), "a boxed side index is still a correct book: " + c);
        }
        // The bench gate measures the same thing with JMH's gc.alloc.rate.norm.
        JsonNode bench = gate(check(submission, dir.resolve("b.json"), "bench"), "bench");
        assertEquals("FAILED", bench.path("status").asText(), bench.toPrettyString());
        JsonNode stream = check(bench, "arena-stream-allocation");
        assertEquals("FAILED", stream.path("status").asText(), stream.toPrettyString());
        double worst = maxOf(stream.path("details").path("bytesPerOp"));
        assertTrue(worst >= 16, "a boxed Long, Integer and map entry per resting order is tens of bytes per command: " + stream);
        assertTrue(stream.path("message").asText().contains("B/op"), "the message gives the measured bytes per operation");
        assertEquals("FAILED", check(bench, "arena-add-cancel-allocation").path("status").asText(),
                "every add-then-cancel allocates the boxes and the entry");
    }

    @Test
    void aBookThatBreaksTimePriorityFailsAPropertyWithAShrunkCounterexample(@TempDir Path dir) throws IOException {
        JsonNode report = check(Fixtures.submission("week-02", "lifo-level", dir.resolve("s")), dir.resolve("r.json"),
                "correctness");
        JsonNode correctness = gate(report, "correctness");
        assertEquals("FAILED", correctness.path("status").asText());
        JsonNode fifo = null;
        for (JsonNode c : correctness.path("checks")) {
            if (c.path("id").asText().contains("NaiveOrderBookProperties") && c.path("id").asText().contains("fillsFirstInFirstOutWithinALevel")) {
                fifo = c;
            }
        }
        assertTrue(fifo != null, "the FIFO property of the naive book is reported: " + correctness.toPrettyString());
        assertEquals("FAILED", fifo.path("status").asText(), fifo.toPrettyString());
        String shown = fifo.path("message").asText() + "\n" + fifo.path("output").asText();
        assertTrue(shown.contains("first in, first out"), "the rule is named: " + shown);
        // jqwik shrinks the failing command list: two orders at one price already show the newest in front.
        // The message lists every command up to the failure, numbered.
        Matcher steps = Pattern.compile("(?m)^\\s+(\\d+)\\. ").matcher(fifo.path("message").asText());
        int commands = 0;
        while (steps.find()) {
            commands = Math.max(commands, Integer.parseInt(steps.group(1)));
        }
        assertTrue(commands >= 2 && commands <= 4, "a shrunk counterexample is a handful of commands, got " + commands + ":\n" + shown);
        assertTrue(shown.contains("Shrunk Sample") || shown.contains("shrunk"), "jqwik's shrunk sample is in the output: " + shown);
        for (JsonNode c : correctness.path("checks")) {
            if (c.path("id").asText().contains("ArenaOrderBook")) {
                assertEquals("PASSED", c.path("status").asText(), "only the naive book was broken: " + c);
            }
        }
    }

    private static double maxOf(JsonNode values) {
        double max = 0;
        for (JsonNode v : values) {
            max = Math.max(max, v.asDouble());
        }
        return max;
    }
}
