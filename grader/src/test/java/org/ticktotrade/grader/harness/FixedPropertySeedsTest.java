package org.ticktotrade.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * A submission whose bug jqwik finds only on some examples (the wrap-around ring) gets the same failing
 * properties, with the same messages (the same shrunk example), on two gradings: the grading fork fixes each
 * property's seed by name.
 */
class FixedPropertySeedsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoGradingsOfOneSubmissionFailTheSamePropertiesTheSameWay(@TempDir Path dir) throws Exception {
        Path submission = Fixtures.submission("week-01", "wrap-around", dir.resolve("s"));
        // the two-thread tests race by nature (how far the consumer got differs); the properties must not
        List<String> first = failures(submission, dir.resolve("1.json")).stream().filter(f -> f.contains("Properties")).toList();
        List<String> second = failures(submission, dir.resolve("2.json")).stream().filter(f -> f.contains("Properties")).toList();
        assertTrue(first.stream().anyMatch(f -> f.startsWith("SpscLongRingProperties")), "a property fails: " + first);
        assertEquals(first, second);
    }

    @Test
    void seedsAreStableAndDifferByName() {
        assertEquals(FixedPropertySeeds.seedOf("a.B#c"), FixedPropertySeeds.seedOf("a.B#c"));
        assertNotEquals(FixedPropertySeeds.seedOf("a.B#c"), FixedPropertySeeds.seedOf("a.B#d"));
        assertEquals(0xaf63dc4c8601ec8cL, FixedPropertySeeds.seedOf("a"), "FNV-1a's published value for \"a\"");
    }

    private static List<String> failures(Path submission, Path json) throws Exception {
        Kata.commandLine().execute("check", "week-01", "--submission", submission.toString(), "--gate", "correctness",
                "--json", json.toString());
        List<String> failed = new ArrayList<>();
        for (JsonNode g : JSON.readTree(json.toFile()).path("gates")) {
            for (JsonNode c : g.path("checks")) {
                if (!c.path("status").asText().equals("PASSED")) {
                    failed.add(c.path("name").asText() + ": " + c.path("message").asText());
                    if (c.path("name").asText().contains("Properties")) {
                        // jqwik's report names the seed it used: the one derived from the property's name
                        String seed = "seed = " + FixedPropertySeeds.seedOf(c.path("id").asText());
                        assertTrue(c.path("output").asText().contains(seed), seed + " in " + c.path("output").asText());
                    }
                }
            }
        }
        return failed;
    }
}
