package org.ticktotrade.grader.starter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;

/** Derives a week's starter ({@code src/main/java}) from its reference ({@code src/reference/java}). */
public final class StarterGenerator {

    private final Week week;

    public StarterGenerator(Week week) {
        this.week = week;
    }

    /** What the starter should contain: relative path to file text. Problems are thrown, with every one listed. */
    public Map<Path, String> generate() {
        Map<Path, String> files = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Path root = week.referenceSources();
        for (Path file : javaFiles(root)) {
            List<String> lines = read(file);
            SolutionMarkers.Parsed parsed = SolutionMarkers.parse(lines);
            Path rel = root.relativize(file);
            parsed.problems().forEach(p -> problems.add(rel + ": " + p));
            for (SolutionMarkers.Region r : parsed.regions()) {
                describe(r.ref()).ifPresentOrElse(d -> { }, () -> problems.add(rel + ":" + (r.startLine() + 1)
                        + ": " + r.ref() + " names no lesson or exercise of " + week.id()));
            }
            if (parsed.learnerCreates() != null) {
                continue;
            }
            files.put(rel, render(lines, parsed.regions()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("reference markers of " + week.id() + ":\n  " + String.join("\n  ", problems));
        }
        return files;
    }

    /** Writes the starter, removing starter files that no longer come from the reference. */
    public List<Path> write() {
        Map<Path, String> wanted = generate();
        Path root = week.starterSources();
        List<Path> changed = new ArrayList<>();
        try {
            for (Path existing : javaFiles(root)) {
                if (!wanted.containsKey(root.relativize(existing))) {
                    Files.delete(existing);
                    changed.add(existing);
                }
            }
            for (var e : wanted.entrySet()) {
                Path target = root.resolve(e.getKey());
                if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(e.getValue())) {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
                    changed.add(target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }

    /** Files whose committed starter differs from what the reference generates (missing, extra or changed). */
    public List<String> drift() {
        Map<Path, String> wanted = generate();
        Path root = week.starterSources();
        TreeSet<String> drift = new TreeSet<>();
        try {
            for (Path existing : javaFiles(root)) {
                Path rel = root.relativize(existing);
                if (!wanted.containsKey(rel)) {
                    drift.add(rel + " (not in the reference)");
                } else if (!Files.readString(existing, StandardCharsets.UTF_8).equals(wanted.get(rel))) {
                    drift.add(rel + " (differs from the generated starter)");
                }
            }
            for (Path rel : wanted.keySet()) {
                if (!Files.exists(root.resolve(rel))) {
                    drift.add(rel + " (missing)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(drift);
    }

    /** Every TODO the starter carries, with where to read: for {@code author verify} and the learner's overview. */
    public List<String> todos() {
        List<String> todos = new ArrayList<>();
        Path root = week.referenceSources();
        for (Path file : javaFiles(root)) {
            SolutionMarkers.Parsed parsed = SolutionMarkers.parse(read(file));
            for (SolutionMarkers.Region r : parsed.regions()) {
                todos.add(root.relativize(file) + ":" + (r.startLine() + 1) + " " + r.task() + " [" + describe(r.ref()).orElse("?") + "]");
            }
        }
        return todos;
    }

    String render(List<String> lines, List<SolutionMarkers.Region> regions) {
        java.util.Set<String> keptTags = tagsOutsideSolutions(lines, regions);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (SolutionMarkers.Region r : regions) {
            for (int i = next; i < r.startLine(); i++) {
                appendUnlessTag(out, lines.get(i), keptTags);
            }
            String read = describe(r.ref()).orElse(r.ref());
            String todo = "TODO(kata) " + r.task() + " Read " + read + ".";
            out.append(r.indent()).append("// ").append(todo).append('\n');
            if (r.starterLines() != null) {
                r.starterLines().forEach(l -> out.append(l).append('\n'));
            } else {
                out.append(r.indent()).append("throw new UnsupportedOperationException(\"")
                        .append(javaString(todo)).append("\");\n");
            }
            next = r.endLine() + 1;
        }
        for (int i = next; i < lines.size(); i++) {
            appendUnlessTag(out, lines.get(i), keptTags);
        }
        return out.toString();
    }

    /**
     * AsciiDoc include tags mark regions for the lessons. A tag around code the learner does not write
     * (one tag/end pair with no solution region inside) stays, so lessons can show that code from the
     * starter, which the student edition keeps; tags in or around solutions go with them.
     */
    private static void appendUnlessTag(StringBuilder out, String line, java.util.Set<String> keptTags) {
        java.util.regex.Matcher tag = SolutionMarkers.INCLUDE_TAG.matcher(line);
        if (!tag.matches() || keptTags.contains(tag.group(2))) {
            out.append(line).append('\n');
        }
    }

    static java.util.Set<String> tagsOutsideSolutions(List<String> lines, List<SolutionMarkers.Region> regions) {
        Map<String, List<Integer>> opens = new LinkedHashMap<>();
        Map<String, List<Integer>> ends = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher tag = SolutionMarkers.INCLUDE_TAG.matcher(lines.get(i));
            if (tag.matches()) {
                (tag.group(1).equals("tag") ? opens : ends).computeIfAbsent(tag.group(2), k -> new ArrayList<>()).add(i);
            }
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (var e : opens.entrySet()) {
            List<Integer> close = ends.getOrDefault(e.getKey(), List.of());
            if (e.getValue().size() != 1 || close.size() != 1) {
                continue;
            }
            int from = e.getValue().getFirst();
            int to = close.getFirst();
            if (regions.stream().noneMatch(r -> r.startLine() <= to && r.endLine() >= from)) {
                kept.add(e.getKey());
            }
        }
        return kept;
    }

    /** "lesson 4, \"The lock-free SPSC ring\"" or "the hints: ./kata hint week-01 typed-channel". */
    Optional<String> describe(String ref) {
        WeekManifest m = week.manifest();
        if (ref.startsWith("lesson-")) {
            int n = Integer.parseInt(ref.substring("lesson-".length()));
            return m.lesson(n).map(l -> "lesson " + n + ", \"" + l.title() + "\"");
        }
        if (ref.startsWith("hint:")) {
            String id = ref.substring("hint:".length());
            return m.exercise(id).map(e -> "the hints: ./kata hint " + week.id() + " " + id);
        }
        return Optional.empty();
    }

    private static String javaString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static List<String> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (text.endsWith("\n")) {
                lines.removeLast();
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
