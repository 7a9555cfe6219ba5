package org.ticktotrade.grader.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.fork.Bubblewrap;

/**
 * The stress gate inside a sandboxed {@code ./kata grade} batch (GradeBatchTest leaves it out for time):
 * the reference and a ring that publishes its tail before writing the slot, graded in one batch with two
 * jobs. jcstress must pass the first and name the forbidden stale-slot outcome for the second.
 *
 * <p>Only build and stress run: the racy ring's bug is exactly the kind a unit test sees only by luck, so
 * a correctness gate before stress could block it at random. The course copy uses the stress gate's short
 * form (jcstress sanity mode, one iteration, as {@code author verify --short} does) to stay within a few
 * minutes on two busy cores.
 */
class GradeStressBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theStressGateTellsTheRacyRingFromTheReferenceInABatch() throws Exception {
        assumeTrue(Bubblewrap.find().isPresent(), "bubblewrap is not installed (./kata setup)");
        Path base = BatchFixtures.freshBase("stress-batch");
        Path course = BatchFixtures.courseCopy(base.resolve("course"));
        shortStress(course.resolve("week-01-ownership-types/week.toml"));
        Path subs = Files.createDirectories(base.resolve("submissions"));
        Path out = base.resolve("out");
        BatchFixtures.folder(subs, "correct", "correct");
        BatchFixtures.folder(subs, "publish-before-write", "publish-before-write");

        long t0 = System.nanoTime();
        String old = System.getProperty("kata.home");
        StringWriter err = new StringWriter();
        int exit;
        try {
            System.setProperty("kata.home", course.toString());
            var cli = Kata.commandLine();
            cli.setErr(new PrintWriter(err));
            exit = cli.execute("grade", "week-01", "--submissions", subs.toString(), "--out", out.toString(),
                    "--jobs", "2", "--gate", "stress");
        } finally {
            GradeBatchTest.restore(old);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String log = err.toString();
        assertEquals(0, exit, log);

        JsonNode good = GradeBatchTest.gate(report(out, "correct"), "stress");
        assertEquals("PASSED", good.path("status").asText(), good.toPrettyString());
        assertTrue(good.path("summary").asText().contains("no forbidden outcome"), good.path("summary").asText());

        JsonNode racy = GradeBatchTest.gate(report(out, "publish-before-write"), "stress");
        assertEquals("FAILED", racy.path("status").asText(), racy.toPrettyString());
        List<String> failed = new ArrayList<>();
        racy.path("checks").forEach(c -> {
            if (!c.path("status").asText().equals("PASSED")) {
                failed.add(c.path("id").asText() + ": " + c.path("message").asText());
            }
        });
        String slot = failed.stream().filter(f -> f.startsWith("org.ticktotrade.week01.stress.RingSlotPublicationStress:"))
                .findFirst().orElseThrow(() -> new AssertionError("RingSlotPublicationStress passed: " + failed));
        assertTrue(slot.contains("FORBIDDEN outcome observed") && slot.contains("Stale slot"), slot);

        // the gradebook: one row each, the racy one with the stress failure as its note
        List<String> rows = Files.readAllLines(out.resolve("gradebook.csv"));
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.getFirst().contains(",stress,"), rows.getFirst());
        String goodRow = row(rows, "correct");
        String racyRow = row(rows, "publish-before-write");
        assertTrue(goodRow.contains(",PASSED,"), goodRow);
        assertTrue(racyRow.contains(",FAILED,") && racyRow.contains("stress: ") && racyRow.contains("forbidden outcomes observed"),
                racyRow);

        // how the batch reports its cgroups: applied (in the sandbox's description) or why not (a note)
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        String sandbox = run.path("sandbox").asText();
        String notes = run.path("sandboxNotes").toString();
        assertTrue(sandbox.contains("cgroup v") || notes.contains("no cgroup per slot ("), sandbox + " " + notes);

        System.out.printf(Locale.ROOT, "stress batch of 2 graded in %.1f s with 2 jobs%n  sandbox: %s%n  notes: %s%n"
                + "  correct: %s%n  publish-before-write: %s%n  %s%n", millis / 1000.0, sandbox, notes,
                good.path("summary").asText(), racy.path("summary").asText(), slot);
    }

    /** The stress gate's short form, as WeekManifest.shortForm() makes it: jcstress sanity mode, one iteration. */
    private static void shortStress(Path manifest) throws Exception {
        String toml = Files.readString(manifest);
        int start = toml.indexOf("[gates.stress]");
        int end = toml.indexOf("\n[", start + 1);
        assertTrue(start >= 0 && end > start, "week.toml has no [gates.stress]: update this test");
        String section = toml.substring(start, end);
        String changed = section.replaceFirst("(?m)^mode\\s*=.*$", "mode = \"sanity\"").replaceFirst("(?m)^iterations\\s*=.*$",
                "iterations = 1");
        assertTrue(changed.contains("mode = \"sanity\""), section);
        Files.writeString(manifest, toml.substring(0, start) + changed + toml.substring(end));
    }

    private static JsonNode report(Path out, String name) throws Exception {
        return JSON.readTree(out.resolve("submissions").resolve(name).resolve("result.json").toFile());
    }

    private static String row(List<String> rows, String name) {
        return rows.stream().filter(r -> r.startsWith(name + ",") || r.startsWith("\"" + name + "\",")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + ": " + rows));
    }
}
