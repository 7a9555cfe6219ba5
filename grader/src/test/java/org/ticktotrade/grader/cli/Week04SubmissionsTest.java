package org.ticktotrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * Week 04's bench gate is what tells a lock-free ring from a lock: the reference's ring with every method
 * {@code synchronized} is still correct (and, a monitor ordering more than release/acquire, passes the
 * jcstress tests too: checked by hand with {@code ./kata check week-04 --submission ... --gate stress}; left
 * out here because the stress gate costs minutes of CI), but it fails the cross-thread ratio against a
 * ReentrantLock + ArrayDeque. Runs the real pipeline and forks on resources/fixtures/week-04.
 */
class Week04SubmissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSynchronizedRingIsCorrectButFailsTheCrossThreadRatioAgainstTheLock(@TempDir Path dir) throws IOException {
        Path submission = Fixtures.submission("week-04", "disguised-lock", dir.resolve("s"));
        Path json = dir.resolve("r.json");
        int exit = Kata.commandLine().execute("check", "week-04", "--submission", submission.toString(),
                "--json", json.toString(), "--gate", "correctness", "--gate", "bench");
        JsonNode report = JSON.readTree(json.toFile());
        assertEquals(1, exit, "a disguised lock exits 1\n" + report.toPrettyString());
        assertEquals("PASSED", gate(report, "correctness").path("status").asText(), "a monitor is a correct ring");
        JsonNode bench = gate(report, "bench");
        assertEquals("FAILED", bench.path("status").asText(), bench.toPrettyString());
        JsonNode ratio = check(bench, "ring-vs-lock");
        assertEquals("FAILED", ratio.path("status").asText(), ratio.toPrettyString());
        assertTrue(ratio.path("details").path("high").asDouble() < 2.0,
                "the whole interval is below the 2x bar, not just the estimate: " + ratio.toPrettyString());
        assertTrue(ratio.path("message").asText().contains("lock in disguise") || ratio.toString().contains("lock in disguise"),
                "the advice names the likely cause: " + ratio.toPrettyString());
        // The untouched SpscRing<E> is still the reference: its gate against ArrayBlockingQueue holds or is
        // inconclusive, never a failure blamed on the wrong ring.
        assertTrue(!check(bench, "generic-ring-vs-abq").path("status").asText().equals("FAILED"),
                "only the synchronized ring should fail: " + bench.toPrettyString());
    }

    private static JsonNode gate(JsonNode report, String id) {
        for (JsonNode g : report.path("gates")) {
            if (g.path("gate").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no " + id + " gate in " + report);
    }

    private static JsonNode check(JsonNode gate, String id) {
        for (JsonNode c : gate.path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id + " in " + gate.toPrettyString());
    }
}
