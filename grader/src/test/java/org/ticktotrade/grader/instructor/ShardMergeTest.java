package org.ticktotrade.grader.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * A batch graded whole, as 2 shards and as 3 shards: merged, the shards give the gradebook rows the
 * whole run gives, in the same order, and merge refuses every mixture it should. Unsandboxed (the
 * sandbox has its own tests) and correctness only, so that the three gradings fit in a test budget.
 */
class ShardMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path base;
    private static Path course;
    private static Path subs;
    private static final Map<String, Long> WALL = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void gradeWholeAndInShards() throws Exception {
        base = BatchFixtures.freshBase("shards");
        course = BatchFixtures.courseCopy(base.resolve("course"));
        subs = Files.createDirectories(base.resolve("submissions"));
        // the split of these four names is pinned in ShardTest: 3 shards get {cy, di}, {bo}, {ada}; 2 get {ada, cy}, {bo, di}
        BatchFixtures.folder(subs, "correct", "ada");
        BatchFixtures.folder(subs, "wrap-around", "bo");
        BatchFixtures.folder(subs, "does-not-compile", "cy");
        BatchFixtures.withSymlink(subs, "di");

        grade("whole", null, Map.of());
        grade("s2-1", "1/2", Map.of());
        grade("s2-2", "2/2", Map.of());
        // the engines' ways of saying which shard a machine is
        grade("s3-1", "auto/3", Map.of("JOB_COMPLETION_INDEX", "0"));
        grade("s3-2", "auto/3", Map.of("KATA_SHARD_INDEX", "2"));
        grade("s3-3", "3/3", Map.of());
        System.out.println("ShardMergeTest wall times: " + WALL);
    }

    @Test
    void mergedShardsGiveTheWholeRunsGradebook() throws Exception {
        assertEquals(0, merge(List.of("s2-1", "s2-2"), "m2").exit);
        assertEquals(0, merge(List.of("s3-3", "s3-1", "s3-2"), "m3").exit);
        List<String> whole = rowsWithoutTime(base.resolve("whole"));
        assertEquals(5, whole.size(), "a header and four rows");
        assertEquals(whole, rowsWithoutTime(base.resolve("m2")));
        assertEquals(whole, rowsWithoutTime(base.resolve("m3")));
        // the verdicts differ (a row per outcome), so equal rows are not equal by accident
        assertTrue(whole.get(1).startsWith("ada,ada,PASSED"), whole.get(1));
        assertTrue(whole.get(2).startsWith("bo,bo,FAILED"), whole.get(2));
        assertTrue(whole.get(4).startsWith("di,di,REJECTED"), whole.get(4));
        for (String m : List.of("m2", "m3")) {
            Path out = base.resolve(m);
            for (String id : List.of("ada", "bo", "cy", "di")) {
                for (String f : List.of("result.json", "batch.json", "feedback.html", "exercism/results.json", "gradescope/results.json")) {
                    assertTrue(Files.isRegularFile(out.resolve("submissions").resolve(id).resolve(f)), m + ": " + id + "/" + f);
                }
                assertEquals(JSON.readTree(base.resolve("whole/submissions").resolve(id).resolve("result.json").toFile()).path("score"),
                        JSON.readTree(out.resolve("submissions").resolve(id).resolve("result.json").toFile()).path("score"), id);
            }
            String summary = Files.readString(out.resolve("summary.html"));
            assertTrue(summary.contains("Wall time (the longest shard)") && summary.contains("shard 1/"), summary);
            JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
            assertTrue(run.path("complete").asBoolean());
            assertEquals(m.equals("m2") ? 2 : 3, run.path("merged").path("shards").size());
        }
        // shard sizes as pinned
        assertEquals(List.of("cy", "di"), assigned("s3-1"));
        assertEquals(List.of("bo"), assigned("s3-2"));
        assertEquals(List.of("ada"), assigned("s3-3"));
        assertEquals(List.of("ada", "cy"), assigned("s2-1"));
    }

    @Test
    void missingShardsAreNamedAndPartialSaysIncomplete() throws Exception {
        Merge refused = merge(List.of("s3-1", "s3-3"), "missing");
        assertEquals(1, refused.exit);
        assertTrue(refused.log.contains("missing shard 2/3") && refused.log.contains("1 of the 4 submissions"), refused.log);
        assertFalse(Files.exists(base.resolve("missing/gradebook.csv")), "a refused merge writes nothing");

        Merge partial = merge(List.of("s3-1", "s3-3", "--partial"), "partial");
        assertEquals(0, partial.exit, partial.log);
        assertTrue(partial.log.contains("INCOMPLETE"), partial.log);
        assertEquals(4, Files.readAllLines(base.resolve("partial/gradebook.csv")).size(), "header + ada, cy, di");
        assertFalse(JSON.readTree(base.resolve("partial/run.json").toFile()).path("complete").asBoolean());
        assertTrue(Files.readString(base.resolve("partial/summary.html")).contains("INCOMPLETE"));
    }

    @Test
    void mixturesAreRefused() throws Exception {
        refuses(List.of("s2-1", "s2-1"), "given twice");
        refuses(List.of("s2-1", "s3-2"), "split differently");
        refuses(List.of(tampered("s2-1", "dup", run -> {}).toString(), "s2-1"), "shard 1/2 is given twice");
        refuses(List.of(tampered("s2-2", "week", run -> run.put("week", "week-02")).toString(), "s2-1"), "week");
        refuses(List.of(tampered("s2-2", "grader", run -> run.put("graderVersion", "0.0.9+abc")).toString(), "s2-1"), "grader build");
        refuses(List.of(tampered("s2-2", "tests", run -> run.put("weekFingerprint", "0123")).toString(), "s2-1"), "week's tests");
        refuses(List.of(tampered("s2-2", "hidden", run -> run.put("showHiddenNames", true)).toString(), "s2-1"), "--hidden-test-names");
        refuses(List.of(tampered("s2-2", "folder", run -> ((ObjectNode) run.path("shard")).put("entriesHash", "ffff")).toString(), "s2-1"),
                "different submissions folders");
        refuses(List.of(tampered("s2-2", "overlap", run -> ((ArrayNode) run.path("shard").path("assigned")).add("ada")).toString(), "s2-1"),
                "in two shards");
        refuses(List.of(tampered("s2-2", "unfinished", run -> run.put("complete", false)).toString(), "s2-1"), "did not finish");
        Path lost = tampered("s2-2", "lost", run -> {});
        Files.delete(lost.resolve("submissions/bo/batch.json"));
        refuses(List.of(lost.toString(), "s2-1"), "no finished result for bo");
        refuses(List.of(Files.createDirectories(base.resolve("empty")).toString(), "s2-1"), "not the output of ./kata grade");
        assertEquals(0, merge(List.of("s2-1", "s2-2"), "again").exit);
        refuses(List.of("again", "s2-1"), "already a merged output");
        Merge notEmpty = merge(List.of("s2-1", "s2-2"), "s3-1");
        assertEquals(1, notEmpty.exit);
        assertTrue(notEmpty.log.contains("not an earlier merge's output"), notEmpty.log);
    }

    @Test
    void benchVerdictsFromALoadedMachineAreFlagged() throws Exception {
        Path loaded = tampered("s2-1", "loaded", run -> ((ObjectNode) run.path("loadBefore")).put("one", 40.0));
        // give ada a bench verdict, as a run with the bench gate would have
        Path result = loaded.resolve("submissions/ada/result.json");
        ObjectNode report = (ObjectNode) JSON.readTree(result.toFile());
        ObjectNode bench = ((ObjectNode) report.path("gates").get(0)).deepCopy();
        bench.put("gate", "bench").put("title", "Benchmarks").put("status", "PASSED");
        ((ArrayNode) report.path("gates")).add(bench);
        JSON.writeValue(result.toFile(), report);
        Merge m = merge(List.of(loaded.toString(), "s2-2"), "flagged");
        assertEquals(0, m.exit, m.log);
        assertTrue(m.log.contains("taken on a loaded machine"), m.log);
        JsonNode run = JSON.readTree(base.resolve("flagged/run.json").toFile());
        assertEquals("[\"ada\"]", run.path("merged").path("loadedBenchVerdicts").toString());
        String summary = Files.readString(base.resolve("flagged/summary.html"));
        assertTrue(summary.contains("Bench verdicts taken on a loaded machine") && summary.contains("LOADED"), summary);
    }

    @Test
    void aShardOutputTakesNoOtherShard() throws Exception {
        Run r = kata(List.of("grade", "week-01", "--submissions", subs.toString(), "--out", base.resolve("s2-1").toString(),
                "--gate", "correctness", "--unsafe-no-sandbox", "--shard", "2/2"), Map.of(), base.resolve("other.log"));
        assertEquals(2, r.exit, r.log);
        assertTrue(r.log.contains("holds shard 1/2's results"), r.log);
        Run bad = kata(List.of("grade", "week-01", "--submissions", subs.toString(), "--out", base.resolve("bad").toString(),
                "--shard", "auto/2"), Map.of(), base.resolve("bad.log"));
        assertEquals(2, bad.exit, bad.log);
        assertTrue(bad.log.contains("KATA_SHARD_INDEX"), bad.log);
    }

    @Test
    void helpDocumentsShardAndMerge() {
        StringWriter out = new StringWriter();
        var cli = Kata.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("grade", "--help"));
        assertTrue(out.toString().contains("--shard=I/N") && out.toString().contains("auto/N") && out.toString().contains("merge"), out.toString());
        StringWriter mergeHelp = new StringWriter();
        var cli2 = Kata.commandLine();
        cli2.setOut(new PrintWriter(mergeHelp));
        assertEquals(0, cli2.execute("grade", "merge", "--help"));
        assertTrue(mergeHelp.toString().contains("--partial") && mergeHelp.toString().contains("SHARD_OUT"), mergeHelp.toString());
    }

    // ---- helpers

    private static void grade(String out, String shard, Map<String, String> env) throws Exception {
        List<String> args = new ArrayList<>(List.of("grade", "week-01", "--submissions", subs.toString(), "--out",
                base.resolve(out).toString(), "--gate", "correctness", "--jobs", "1", "--unsafe-no-sandbox"));
        if (shard != null) {
            args.addAll(List.of("--shard", shard));
        }
        long t0 = System.nanoTime();
        Run r = kata(args, env, base.resolve(out + ".log"));
        WALL.put(out, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(0, r.exit, r.log);
    }

    private static List<String> assigned(String out) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(base.resolve(out).resolve("run.json").toFile()).path("shard").path("assigned").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /** The gradebook without its time column, the one cell two gradings of the same code may differ in. */
    private static List<String> rowsWithoutTime(Path out) throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("gradebook.csv"));
        int seconds = List.of(lines.getFirst().split(",")).indexOf("seconds");
        assertTrue(seconds > 0, lines.getFirst());
        List<String> rows = new ArrayList<>();
        for (String l : lines) {
            // the cells before "seconds" hold no quoted commas in these fixtures' rows (names and numbers)
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(seconds);
            rows.add(String.join(",", cells));
        }
        return rows;
    }

    private static Path tampered(String shard, String name, Consumer<ObjectNode> edit) throws Exception {
        Path copy = base.resolve("tampered-" + name);
        BatchFixtures.deleteTree(copy);
        Fixtures.copyTree(base.resolve(shard), copy);
        ObjectNode run = (ObjectNode) JSON.readTree(copy.resolve("run.json").toFile());
        edit.accept(run);
        JSON.writeValue(copy.resolve("run.json").toFile(), run);
        return copy;
    }

    private static void refuses(List<String> inputs, String why) throws Exception {
        Merge m = merge(inputs, "refused-" + Integer.toHexString(inputs.hashCode()));
        assertEquals(1, m.exit, inputs + ": " + m.log);
        assertTrue(m.log.contains(why), inputs + " should be refused for '" + why + "': " + m.log);
    }

    private record Merge(int exit, String log) {}

    private static Merge merge(List<String> inputs, String out) {
        List<String> args = new ArrayList<>(List.of("grade", "merge"));
        for (String i : inputs) {
            args.add(i.startsWith("--") || i.startsWith("/") ? i : base.resolve(i).toString());
        }
        args.addAll(List.of("--out", base.resolve(out).toString()));
        StringWriter err = new StringWriter();
        var cli = Kata.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Merge(exit, err.toString());
    }

    private record Run(int exit, String log) {}

    /** ./kata in its own JVM on the course copy (its grade command takes the course from kata.home). */
    private static Run kata(List<String> args, Map<String, String> env, Path logFile) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ForkedJvm.javaBinary().toString()));
        cmd.addAll(ForkedJvm.QUIET_FLAGS);
        cmd.addAll(List.of("-Dkata.home=" + course, "-cp", GraderHome.get().classes() + File.pathSeparator
                + GraderHome.get().classes().getParent().resolve("lib") + File.separator + "*", Kata.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile());
        pb.environment().remove("KATA_SHARD_INDEX");
        pb.environment().remove("JOB_COMPLETION_INDEX");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("kata did not finish:\n" + Files.readString(logFile));
        }
        return new Run(p.exitValue(), Files.readString(logFile));
    }
}
