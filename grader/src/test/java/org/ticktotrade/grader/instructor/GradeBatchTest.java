package org.ticktotrade.grader.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.fork.Bubblewrap;

/**
 * The "done when", as one {@code ./kata grade} run: week 01 submissions that are correct, wrong
 * in the ways learners are wrong, and hostile in the ways graders have been attacked, graded in ONE
 * sandboxed batch with two jobs. Every one gets its own right verdict, none affects another, and
 * nothing is written outside the sandbox.
 *
 * <p>Budgets (slow test, about 3 minutes on two busy cores): gates build, correctness and bench.
 * Stress is left out: no submission here needs it to be told apart (a jcstress run is ~2 minutes per
 * passing submission; the stress gate inside the sandbox is covered by the manual run in the notes).
 * The bench gate runs only for submissions that pass correctness (the pipeline skips it otherwise),
 * with two short pairs and only the gated ratio; that is where it matters: it is what tells the
 * disguised lock from the ring.
 */
class GradeBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneBatchGradesEveryKindOfSubmissionRightAndNothingEscapes() throws Exception {
        assumeTrue(Bubblewrap.find().isPresent(), "bubblewrap is not installed (./kata setup)");
        Path base = BatchFixtures.freshBase("one-batch");
        Path course = BatchFixtures.courseCopy(base.resolve("course"));
        Path subs = Files.createDirectories(base.resolve("submissions"));
        Path out = base.resolve("out");

        for (String f : List.of("correct", "disguised-lock", "wrap-around", "does-not-compile", "exit-in-ring", "spin-when-full",
                "allocate-forever", "thread-bomb", "writes-outside", "opens-socket", "reads-reference", "fake-passed")) {
            if (f.equals("wrap-around")) {
                BatchFixtures.zip(subs, f, f);
            } else {
                BatchFixtures.folder(subs, f, f);
            }
        }
        BatchFixtures.withSymlink(subs, "x-symlink");
        BatchFixtures.zipBomb(subs, "x-zip-bomb");
        BatchFixtures.zipSlip(subs, "x-zip-slip");
        BatchFixtures.zipBadName(subs, "x-bad-name");
        BatchFixtures.tooManyFiles(subs, "x-too-many-files");

        String courseHash = BatchFixtures.hashTree(course);
        String subsHash = BatchFixtures.hashTree(subs);
        List<Path> escapeSpots = escapeSpots(course);

        AtomicInteger phoned = new AtomicInteger();
        ServerSocket listener = listen(phoned);
        long t0 = System.nanoTime();
        String log;
        int exit;
        String old = System.getProperty("kata.home");
        try {
            System.setProperty("kata.home", course.toString());
            StringWriter err = new StringWriter();
            var cli = Kata.commandLine();
            cli.setErr(new PrintWriter(err));
            exit = cli.execute("grade", "week-01", "--submissions", subs.toString(), "--out", out.toString(), "--jobs", "2",
                    "--gate", "correctness", "--gate", "bench");
            log = err.toString();
        } finally {
            restore(old);
            if (listener != null) {
                listener.close();
            }
        }
        long totalMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, exit, log);

        Map<String, JsonNode> reports = new LinkedHashMap<>();
        Map<String, JsonNode> records = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(out.resolve("submissions"))) {
            for (Path d : dirs.sorted().toList()) {
                records.put(d.getFileName().toString(), JSON.readTree(d.resolve("batch.json").toFile()));
                reports.put(d.getFileName().toString(), JSON.readTree(d.resolve("result.json").toFile()));
                assertTrue(Files.isRegularFile(d.resolve("feedback.html")), d + " has a feedback page");
                assertTrue(Files.isRegularFile(d.resolve("exercism/results.json")));
                assertTrue(Files.isRegularFile(d.resolve("gradescope/results.json")));
            }
        }
        assertEquals(17, records.size(), records.keySet().toString());

        // the right verdict for each
        assertEquals("PASSED", gate(reports.get("correct"), "correctness").path("status").asText());
        assertEquals(48, gate(reports.get("correct"), "correctness").path("details").path("expected").asInt(),
                "44 public tests and 4 hidden ones");
        assertTrue(List.of("PASSED", "INCONCLUSIVE").contains(gate(reports.get("correct"), "bench").path("status").asText()),
                gate(reports.get("correct"), "bench").toPrettyString());

        assertEquals("PASSED", gate(reports.get("disguised-lock"), "correctness").path("status").asText());
        assertEquals("FAILED", gate(reports.get("disguised-lock"), "bench").path("status").asText(),
                gate(reports.get("disguised-lock"), "bench").toPrettyString());

        JsonNode wrap = gate(reports.get("wrap-around"), "correctness");
        assertEquals("FAILED", wrap.path("status").asText());
        assertTrue(failed(wrap).contains("org.ticktotrade.week01.SpscLongRingTest#fullRingRefusesAndKeepsWhatItHolds"), failed(wrap).toString());

        JsonNode build = gate(reports.get("does-not-compile"), "build");
        assertEquals("FAILED", build.path("status").asText());
        assertTrue(build.path("checks").get(0).path("message").asText().contains("';' expected"));

        assertTrue(gate(reports.get("exit-in-ring"), "correctness").path("summary").asText().contains("exited with code 0"));
        assertTrue(messages(gate(reports.get("spin-when-full"), "correctness")).matches("(?s).*(timed out|time limit).*"));
        assertTrue(gate(reports.get("allocate-forever"), "correctness").path("summary").asText().contains("ran out of memory"),
                gate(reports.get("allocate-forever"), "correctness").path("summary").asText());
        JsonNode bomb = gate(reports.get("thread-bomb"), "correctness");
        assertEquals("FAILED", bomb.path("status").asText());
        assertTrue(messages(bomb).contains("unable to create native thread"), messages(bomb));

        // hostile but otherwise correct: every attempt failed, so the code is graded on its merits
        for (String hostile : List.of("writes-outside", "opens-socket", "reads-reference")) {
            assertEquals("PASSED", gate(reports.get(hostile), "correctness").path("status").asText(),
                    hostile + ": " + gate(reports.get(hostile), "correctness").toPrettyString());
        }
        assertEquals(0, phoned.get(), "a submission reached a listener on the grading machine");

        JsonNode forged = gate(reports.get("fake-passed"), "correctness");
        assertEquals("FAILED", forged.path("status").asText());
        assertTrue(forged.path("details").path("rejectedLines").asInt() > 0, forged.path("details").toString());
        assertTrue(forged.path("summary").asText().contains("unsigned result lines ignored"));

        Map<String, String> rejected = Map.of("x-symlink", "symbolic link", "x-zip-bomb", "zip bomb", "x-zip-slip", "climbs out",
                "x-bad-name", "not valid UTF-8", "x-too-many-files", "more than 5000 files");
        rejected.forEach((name, why) -> {
            JsonNode r = records.get(name);
            assertEquals("rejected", r.path("outcome").asText(), name);
            assertTrue(r.path("rejection").asText().contains(why), name + ": " + r.path("rejection").asText());
        });
        records.values().forEach(r -> assertTrue(r.path("sandboxed").asBoolean(), r.toString()));

        // nothing leaked into anything a student reads, nothing was written outside the sandbox
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("kata:solution"), "reference source in " + f);
                assertFalse(text.contains("LEAKED"), "a leak in " + f);
                assertFalse(text.contains("Instructor-only tests"), "hidden test source in " + f);
                String file = f.getFileName().toString();
                if (file.equals("feedback.html") || file.equals("results.json") || file.equals("gradebook.csv")) {
                    assertFalse(text.contains("SpmcChannelHiddenTest") || text.contains("aNegativeTimeoutTimesOutAtOnce"),
                            "a hidden test's name in what a student reads: " + f);
                }
            }
        }
        assertEquals(courseHash, BatchFixtures.hashTree(course), "the course copy (sources, tests, hidden tests) changed");
        assertEquals(subsHash, BatchFixtures.hashTree(subs), "the submissions folder changed");
        for (Path spot : escapeSpots) {
            assertFalse(Files.exists(spot), "written outside the sandbox: " + spot);
        }
        try (Stream<Path> planted = Files.walk(course)) {
            assertTrue(planted.noneMatch(p -> p.getFileName().toString().startsWith("KataEscaped")), "a planted test");
        }
        String csv = Files.readString(out.resolve("gradebook.csv"));
        assertEquals(18, csv.lines().count(), csv);
        assertTrue(Files.readString(out.resolve("summary.html")).contains("Score distribution"));

        // the figures for the notes
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT, "batch of %d graded in %.1f s with 2 jobs%n",
                records.size(), totalMillis / 1000.0));
        records.forEach((name, r) -> figures.append(String.format(Locale.ROOT, "  %-18s %-9s %6.1f s  %s%n", name,
                r.path("outcome").asText().equals("rejected") ? "REJECTED" : r.path("status").asText(),
                r.path("millis").asLong() / 1000.0, r.path("gateMillis"))));
        System.out.println(figures);
    }

    private static List<Path> escapeSpots(Path course) {
        List<Path> spots = new ArrayList<>();
        String mark = "kata-escaped-writes-outside.txt";
        spots.add(Path.of("/tmp", mark));
        spots.add(Path.of("/root", mark));
        for (Path p = GraderHome.get().classes(); p != null; p = p.getParent()) {
            spots.add(p.resolve(mark));
            spots.add(p.resolve("kata-escaped-zip-slip.txt"));
        }
        for (Path p = course.resolve("week-01-ownership-types/target/kata/grade"); p != null; p = p.getParent()) {
            spots.add(p.resolve(mark));
            spots.add(p.resolve("kata-escaped-zip-slip.txt"));
        }
        spots.forEach(s -> {
            if (Files.exists(s)) {
                throw new IllegalStateException(s + " exists before the batch: remove it");
            }
        });
        return spots;
    }

    /** The port the opens-socket fixture phones home to; null (and no check) if something else holds it. */
    private static ServerSocket listen(AtomicInteger phoned) {
        try {
            ServerSocket s = new ServerSocket(47613, 10, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().start(() -> {
                while (!s.isClosed()) {
                    try (Socket c = s.accept()) {
                        phoned.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            return s;
        } catch (IOException e) {
            System.out.println("port 47613 is taken: the phone-home listener is not checked in this run");
            return null;
        }
    }

    static void restore(String old) {
        if (old == null) {
            System.clearProperty("kata.home");
        } else {
            System.setProperty("kata.home", old);
        }
    }

    static JsonNode gate(JsonNode report, String id) {
        for (JsonNode g : report.path("gates")) {
            if (g.path("gate").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no " + id + " gate in " + report.toPrettyString());
    }

    private static List<String> failed(JsonNode gate) {
        List<String> ids = new ArrayList<>();
        gate.path("checks").forEach(c -> {
            if (!c.path("status").asText().equals("PASSED")) {
                ids.add(c.path("id").asText());
            }
        });
        return ids;
    }

    private static String messages(JsonNode gate) {
        StringBuilder sb = new StringBuilder(gate.path("summary").asText()).append('\n');
        gate.path("checks").forEach(c -> sb.append(c.path("message").asText()).append('\n').append(c.path("output").asText()).append('\n'));
        return sb.toString();
    }
}
