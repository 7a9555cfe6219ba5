package org.ticktotrade.grader.instructor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.MachineLoad;
import org.ticktotrade.grader.render.Json;

/**
 * {@code ./kata grade merge}: the outputs of the shards of one batch joined into one output, as if one
 * machine had graded it: the same gradebook rows in the same order, one summary, every feedback tree.
 *
 * <p>It refuses, naming the shards at fault, whatever would make the joined gradebook a mixture: other
 * weeks, other grader builds, other week tests or options, another split or another submissions folder,
 * a shard given twice, overlapping submissions, an unfinished shard, a result missing. A shard that is
 * absent is named; {@code partial} joins the rest anyway and marks the result incomplete.
 */
public final class ShardMerge {

    /** The merge was refused; nothing was written to the output folder. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param submissions   rows in the gradebook
     * @param missingShards shard indices not given (non-empty only with {@code partial})
     * @param flagged       submissions whose bench verdict was taken on a loaded machine
     */
    public record Result(int submissions, List<Integer> missingShards, List<String> flagged, boolean complete) {}

    private record Input(Path dir, JsonNode run, int index, int count, List<String> assigned, Map<String, Integer> positions) {}

    private static final ObjectMapper READ = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What must be the same in every shard, with what to call it when it is not. */
    private static final Map<String, String> SAME = new LinkedHashMap<>();

    static {
        SAME.put("week", "week");
        SAME.put("graderVersion", "grader build");
        SAME.put("weekFingerprint", "week's tests and manifest");
        SAME.put("optionsKey", "gates, sandboxing and hidden tests");
        SAME.put("showHiddenNames", "--hidden-test-names");
        SAME.put("showHiddenMessages", "--hidden-test-messages");
    }

    private ShardMerge() {}

    public static Result merge(List<Path> shardOuts, Path out, boolean partial, PrintWriter log) throws Refused {
        if (shardOuts.isEmpty()) {
            throw new Refused("give the output folders of the shards to merge");
        }
        Path target = out.toAbsolutePath().normalize();
        List<Input> inputs = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : shardOuts) {
            Path dir = p.toAbsolutePath().normalize();
            if (!seen.add(dir)) {
                throw new Refused(p + " is given twice");
            }
            if (target.startsWith(dir) || dir.startsWith(target)) {
                throw new Refused("--out " + out + " and the shard output " + p + " must not contain one another");
            }
            inputs.add(read(dir));
        }
        checkSame(inputs);
        Input first = inputs.getFirst();
        int count = first.count();
        Map<Integer, Input> byIndex = new TreeMap<>();
        for (Input in : inputs) {
            if (in.count() != count) {
                throw new Refused("the shards were split differently: " + first.dir() + " is shard " + first.index() + "/" + count
                        + ", " + in.dir() + " is shard " + in.index() + "/" + in.count());
            }
            Input other = byIndex.put(in.index(), in);
            if (other != null) {
                throw new Refused("shard " + in.index() + "/" + count + " is given twice: " + other.dir() + " and " + in.dir());
            }
        }
        checkSubmissionsFolder(inputs);
        Map<String, Input> owner = new LinkedHashMap<>();
        for (Input in : byIndex.values()) {
            for (String id : in.assigned()) {
                Input other = owner.put(id, in);
                if (other != null) {
                    throw new Refused("submission " + id + " is in two shards: " + other.dir() + " and " + in.dir());
                }
                Path sub = in.dir().resolve("submissions").resolve(id);
                if (!Files.isRegularFile(sub.resolve("batch.json")) || !Files.isRegularFile(sub.resolve("result.json"))) {
                    throw new Refused("shard " + in.index() + "/" + count + " (" + in.dir() + ") has no finished result for "
                            + id + "; run that shard's command again to finish it");
                }
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i);
            }
        }
        int entries = first.run().path("shard").path("entries").asInt();
        if (!missing.isEmpty() && !partial) {
            throw new Refused("missing " + (missing.size() == 1 ? "shard " : "shards ") + String.join(", ",
                    missing.stream().map(i -> i + "/" + count).toList()) + " (" + (entries - owner.size()) + " of the "
                    + entries + " submissions); merge them all, or give --partial to merge what is here");
        }
        prepareOut(target);

        // rows in the order one unsharded run would have written them: the submissions folder's
        List<Map.Entry<String, Input>> ordered = new ArrayList<>(owner.entrySet());
        ordered.sort(Comparator.comparingInt(e -> e.getValue().positions().getOrDefault(e.getKey(), Integer.MAX_VALUE)));
        List<Gradebook.Row> rows = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        Set<Integer> loadedShards = new TreeSet<>();
        for (Input in : byIndex.values()) {
            if (loaded(in)) {
                loadedShards.add(in.index());
            }
        }
        Path subsOut = target.resolve("submissions");
        BatchGrader.mkdirs(subsOut);
        for (Map.Entry<String, Input> e : ordered) {
            Input in = e.getValue();
            Path from = in.dir().resolve("submissions").resolve(e.getKey());
            copyTree(from, subsOut.resolve(e.getKey()));
            Gradebook.Row row = row(in, from);
            rows.add(row);
            if (loadedShards.contains(in.index()) && row.report().gates().stream()
                    .anyMatch(g -> g.gate().equals("bench") && g.status() != org.ticktotrade.grader.model.Status.SKIPPED)) {
                flagged.add(row.record().name());
            }
        }
        List<String> gateIds = new ArrayList<>();
        first.run().path("gradebookGates").forEach(n -> gateIds.add(n.asText()));
        Html.writeAtomically(target.resolve("gradebook.csv"), Gradebook.render(gateIds, rows));
        Html.writeAtomically(target.resolve("summary.html"), SummaryPage.render(summaryRun(byIndex, missing, loadedShards, flagged), rows));
        boolean complete = missing.isEmpty();
        writeRun(target, byIndex, rows.size(), missing, flagged, complete);
        log.println("kata grade merge: " + rows.size() + " submissions from " + byIndex.size() + " of " + count + " shards -> "
                + target.resolve("gradebook.csv") + ", " + target.resolve("summary.html"));
        if (!missing.isEmpty()) {
            log.println("  INCOMPLETE: shards " + missing + " of " + count + " are missing; their submissions are not in the gradebook");
        }
        if (!flagged.isEmpty()) {
            log.println("  flagged: " + flagged.size() + " bench verdicts were taken on a loaded machine (shards " + loadedShards
                    + "); see summary.html");
        }
        log.flush();
        return new Result(rows.size(), missing, flagged, complete);
    }

    private static Input read(Path dir) throws Refused {
        Path runFile = dir.resolve("run.json");
        if (!Files.isRegularFile(runFile)) {
            throw new Refused(dir + " is not the output of ./kata grade (no run.json)");
        }
        JsonNode run;
        try {
            run = READ.readTree(runFile.toFile());
        } catch (IOException e) {
            throw new Refused(runFile + " cannot be read: " + e.getMessage());
        }
        if (run.has("merged")) {
            throw new Refused(dir + " is already a merged output; merge the shards' own outputs");
        }
        if (!run.hasNonNull("graderVersion") || !run.has("shard")) {
            throw new Refused(dir + " was written by a grader without shards; grade it again with this one");
        }
        if (!run.path("complete").asBoolean()) {
            throw new Refused(dir + " (shard " + run.path("shard").path("index").asInt() + "/" + run.path("shard").path("count").asInt()
                    + ") did not finish; run its command again to resume it, then merge");
        }
        JsonNode s = run.path("shard");
        List<String> assigned = new ArrayList<>();
        s.path("assigned").forEach(n -> assigned.add(n.asText()));
        Map<String, Integer> positions = new LinkedHashMap<>();
        s.path("positions").fields().forEachRemaining(f -> positions.put(f.getKey(), f.getValue().asInt()));
        return new Input(dir, run, s.path("index").asInt(), s.path("count").asInt(), assigned, positions);
    }

    private static void checkSame(List<Input> inputs) throws Refused {
        Input first = inputs.getFirst();
        for (Map.Entry<String, String> f : SAME.entrySet()) {
            for (Input in : inputs) {
                JsonNode a = first.run().path(f.getKey());
                JsonNode b = in.run().path(f.getKey());
                if (!a.equals(b)) {
                    throw new Refused("the shards differ in their " + f.getValue() + ": " + first.dir() + " has " + a + ", "
                            + in.dir() + " has " + b + (f.getKey().equals("graderVersion")
                            ? "; grade every shard with the same checkout of the course" : ""));
                }
            }
        }
    }

    private static void checkSubmissionsFolder(List<Input> inputs) throws Refused {
        Input first = inputs.getFirst();
        for (Input in : inputs) {
            JsonNode a = first.run().path("shard");
            JsonNode b = in.run().path("shard");
            if (!a.path("entriesHash").equals(b.path("entriesHash")) || a.path("entries").asInt() != b.path("entries").asInt()) {
                throw new Refused("the shards saw different submissions folders: " + first.dir() + " had " + a.path("entries").asInt()
                        + " entries, " + in.dir() + " had " + b.path("entries").asInt()
                        + (a.path("entries").asInt() == b.path("entries").asInt() ? " with other names" : "")
                        + "; give every shard the same folder");
            }
        }
    }

    /** An output folder that is empty, absent, or an earlier merge's (replaced); anything else is not ours to overwrite. */
    private static void prepareOut(Path target) throws Refused {
        try {
            if (Files.isDirectory(target)) {
                boolean empty;
                try (Stream<Path> s = Files.list(target)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty) {
                    Path run = target.resolve("run.json");
                    if (!Files.isRegularFile(run) || !READ.readTree(run.toFile()).has("merged")) {
                        throw new Refused(target + " is not empty and is not an earlier merge's output; give --out an empty or new folder");
                    }
                    org.ticktotrade.grader.build.JavaBuild.deleteTree(target);
                }
            } else if (Files.exists(target)) {
                throw new Refused(target + " exists and is not a folder");
            }
            BatchGrader.mkdirs(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gradebook.Row row(Input in, Path dir) {
        try {
            BatchRecord r = READ.readValue(dir.resolve("batch.json").toFile(), BatchRecord.class);
            GradeReport report = READ.readValue(dir.resolve("result.json").toFile(), GradeReport.class);
            Set<String> hidden = new TreeSet<>();
            in.run().path("hiddenTestClasses").forEach(n -> hidden.add(n.asText()));
            // the shard's own copy of the submission: paths in messages are redacted as that shard redacted them
            Path copy = Path.of(in.run().path("scratch").asText()).resolve(r.id()).resolve("submission");
            Path courseRoot = Path.of(in.run().path("courseRoot").asText());
            StudentView view = new StudentView(hidden, in.run().path("showHiddenNames").asBoolean(),
                    in.run().path("showHiddenMessages").asBoolean(), StudentView.prefixesFor(copy, courseRoot), r.name());
            return new Gradebook.Row(r, report, view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean loaded(Input in) {
        JsonNode before = in.run().path("loadBefore");
        int cores = in.run().path("machine").path("cores").asInt(1);
        boolean startLoaded = before.has("one") && before.path("one").asDouble() / Math.max(1, cores) > MachineLoad.LOADED_PER_CORE;
        return startLoaded || in.run().path("foreignCpuShare").asDouble(-1) > MachineLoad.LOADED_FOREIGN_SHARE;
    }

    private static SummaryPage.Run summaryRun(Map<Integer, Input> byIndex, List<Integer> missing, Set<Integer> loadedShards,
                                              List<String> flagged) {
        Input first = byIndex.values().iterator().next();
        int count = first.count();
        Set<String> sandboxes = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        boolean sandboxed = true;
        long probe = 0;
        long bare = 0;
        long longest = 0;
        int jobs = 0;
        List<String> lines = new ArrayList<>();
        for (Input in : byIndex.values()) {
            JsonNode r = in.run();
            sandboxes.add(r.path("sandbox").asText());
            r.path("sandboxNotes").forEach(n -> notes.add(n.asText()));
            sandboxed &= r.path("sandboxed").asBoolean();
            probe = Math.max(probe, r.path("sandboxProbeMillis").asLong());
            bare = Math.max(bare, r.path("bareProbeMillis").asLong());
            longest = Math.max(longest, r.path("millis").asLong());
            jobs = Math.max(jobs, r.path("jobs").asInt());
            JsonNode m = r.path("machine");
            double foreign = r.path("foreignCpuShare").asDouble(-1);
            lines.add(String.format(Locale.ROOT, "shard %d/%d: %d submissions in %s on %s (%d cores, %s), load %s at the start, %s"
                            + " of the CPU to other processes during the run%s",
                    in.index(), count, in.assigned().size(), BatchProgress.duration(r.path("millis").asLong()), r.path("host").asText(),
                    m.path("cores").asInt(), m.path("cpuModel").asText(), r.path("loadBefore").path("one").asDouble(),
                    foreign < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f%%", 100 * foreign),
                    loadedShards.contains(in.index()) ? " -- LOADED" : ""));
        }
        for (int i : missing) {
            lines.add("shard " + i + "/" + count + ": MISSING, its submissions are not here");
        }
        List<String> warnings = new ArrayList<>();
        if (!missing.isEmpty()) {
            warnings.add("INCOMPLETE: shards " + missing + " of " + count + " were not merged (--partial).");
        }
        if (!flagged.isEmpty()) {
            warnings.add("Bench verdicts taken on a loaded machine (shards " + loadedShards + "), to be regraded on a quiet one: "
                    + String.join(", ", flagged) + ".");
        }
        return new SummaryPage.Run(first.run().path("week").asText(), first.run().path("weekTitle").asText(),
                String.join(" | ", sandboxes), sandboxed, List.copyOf(notes), jobs, probe, bare, longest, missing.isEmpty(),
                "Wall time (the longest shard)", lines, warnings);
    }

    private static void writeRun(Path target, Map<Integer, Input> byIndex, int rows, List<Integer> missing, List<String> flagged,
                                 boolean complete) {
        Input first = byIndex.values().iterator().next();
        Map<String, Object> run = new LinkedHashMap<>();
        for (String k : List.of("week", "weekTitle", "graderVersion", "weekFingerprint", "optionsKey", "gates", "hiddenTestClasses",
                "showHiddenNames", "showHiddenMessages", "gradebookGates")) {
            run.put(k, first.run().path(k));
        }
        run.put("count", rows);
        List<Map<String, Object>> shards = new ArrayList<>();
        for (Input in : byIndex.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("index", in.index());
            s.put("count", in.count());
            s.put("dir", in.dir().toString());
            s.put("submissions", in.assigned().size());
            for (String k : List.of("host", "machine", "loadBefore", "loadAfter", "foreignCpuShare", "millis", "started", "sandbox")) {
                s.put(k, in.run().path(k));
            }
            s.put("loaded", loaded(in));
            shards.add(s);
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("shards", shards);
        merged.put("missingShards", missing);
        merged.put("loadedBenchVerdicts", flagged);
        merged.put("at", Instant.now().toString());
        run.put("merged", merged);
        run.put("complete", complete);
        Json.writeAtomically(target.resolve("run.json"), run);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    BatchGrader.mkdirs(t);
                } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
                // anything else (a link planted in an output folder) is not copied
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
