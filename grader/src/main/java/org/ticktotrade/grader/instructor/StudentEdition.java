package org.ticktotrade.grader.instructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Course;

/**
 * {@code ./kata author export-student DIR}: the course without what students must not have.
 *
 * <ul>
 * <li>left out: every module's {@code src/reference} (reference solutions and filled-in journals) and
 *     {@code src/hidden-test}; the grader's own tests ({@code grader/src/test}, which grade fixtures
 *     made from the references); build output and version-control folders;</li>
 * <li>in every {@code .adoc}: {@code ifndef::student-edition[]} blocks (the reference reveals) are
 *     removed, {@code ifdef::student-edition[]} blocks kept without their directives -- so the site
 *     builds the student edition whatever attributes its build sets; and the site's own switch
 *     ({@code <kata.studentEdition>} in {@code course/pom.xml}) defaults to true in the edition;</li>
 * <li>a week that builds on another week's reference ({@code uses-reference-of}) cannot build without
 *     it: unless every week it needs is published ({@code --publish week-02}: that week's
 *     {@code src/reference} ships, its solutions made public, e.g. after its deadline), the dependent
 *     week is left out, and its modules taken out of the root {@code pom.xml};</li>
 * <li>then checked: no solution marker, no reference or hidden-test folder and no AsciiDoc include of
 *     one is left anywhere (published references excepted), or the export fails and says where.</li>
 * </ul>
 * What stays builds ({@code ./mvnw verify}: starters, public tests, stress tests, benchmarks, the site)
 * and grades ({@code ./kata check WEEK}).
 */
public final class StudentEdition {

    /** What an export did. */
    public record Result(int files, Map<String, Integer> leftOut, int revealsRemoved, int adocFilesChanged, List<String> problems,
            Map<String, String> weeksLeftOut) {}

    private static final Set<String> NEVER = Set.of(".git", "target", ".kata", ".idea", ".vscode", "node_modules",
            ".jqwik-database", ".mvn-cache");
    private static final Pattern CONDITIONAL = Pattern.compile("^(ifdef|ifndef|ifeval)::([^\\[]*)\\[(.*)]\\s*$");
    private static final Pattern ENDIF = Pattern.compile("^endif::[^\\[]*\\[]\\s*$");
    private static final String ATTRIBUTE = "student-edition";
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([A-Za-z0-9_][A-Za-z0-9_-]*):\\s*(.*)$");
    private static final Pattern MODULE = Pattern.compile("^\\s*<module>([^<]+)</module>\\s*$");
    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*// kata:solution\\s");

    private StudentEdition() {}

    public static Result export(Path courseRoot, Path dest) {
        return export(courseRoot, dest, Set.of());
    }

    /**
     * @param publish week ids whose reference sources ship in the edition (their solutions become public)
     * @throws IllegalArgumentException for a published id that is no week of the course
     */
    public static Result export(Path courseRoot, Path dest, Set<String> publish) {
        Path root = courseRoot.toAbsolutePath().normalize();
        Path to = dest.toAbsolutePath().normalize();
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        Set<String> published = new TreeSet<>(); // module folders whose src/reference ships
        Map<String, String> weeksLeftOut = new TreeMap<>(); // module folder -> why
        plan(root, publish, published, weeksLeftOut);
        int[] counts = new int[3];
        try {
            Files.createDirectories(to);
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.equals(to)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path rel = root.relativize(dir);
                    if (!dir.equals(root) && (NEVER.contains(dir.getFileName().toString()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (rel.getNameCount() == 1 && weeksLeftOut.containsKey(rel.toString())) {
                        leftOut.put(rel.toString(), countFiles(dir));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isInstructorOnly(rel) && !isPublished(rel, published)) {
                        leftOut.put(rel.toString(), countFiles(dir));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(to.resolve(rel.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (NEVER.contains(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE; // a worktree's .git is a file
                    }
                    Path target = to.resolve(root.relativize(file).toString());
                    if (attrs.isSymbolicLink()) {
                        Files.copy(file, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.REPLACE_EXISTING);
                    } else if (file.getFileName().toString().endsWith(".adoc")) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        int[] removed = {0};
                        String stripped = stripInstructorOnly(text, removed);
                        Files.writeString(target, stripped, StandardCharsets.UTF_8);
                        counts[1] += removed[0];
                        if (!stripped.equals(text)) {
                            counts[2]++;
                        }
                    } else if (file.getFileName().toString().equals("pom.xml")) {
                        // the site's build renders the student edition by default here (course/pom.xml's property)
                        String pom = Files.readString(file, StandardCharsets.UTF_8);
                        if (file.getParent().equals(root)) {
                            pom = withoutModules(pom, weeksLeftOut.keySet());
                        }
                        Files.writeString(target, pom.replace("<kata.studentEdition>false</kata.studentEdition>",
                                "<kata.studentEdition>true</kata.studentEdition>"), StandardCharsets.UTF_8);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    counts[0]++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(counts[0], leftOut, counts[1], counts[2], audit(to, published), weeksLeftOut);
    }

    /** Which references ship and which weeks cannot be built without one that does not. */
    private static void plan(Path root, Set<String> publish, Set<String> published, Map<String, String> weeksLeftOut) {
        Map<String, String> folderOf = new LinkedHashMap<>();
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (Path dir : new Course(root).weekDirs()) {
            JsonNode m; // only the two keys this needs: a manifest's other faults are author verify's to report
            try {
                m = new TomlMapper().readTree(dir.resolve(Course.MANIFEST).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(dir.resolve(Course.MANIFEST) + ": unreadable", e);
            }
            String id = m.path("id").asText(dir.getFileName().toString());
            folderOf.put(id, dir.getFileName().toString());
            List<String> earlier = new ArrayList<>();
            m.path("uses-reference-of").forEach(e -> earlier.add(e.asText()));
            needs.put(id, earlier);
        }
        for (String id : publish) {
            if (!folderOf.containsKey(id)) {
                throw new IllegalArgumentException("--publish " + id + ": no such week (weeks: " + folderOf.keySet() + ")");
            }
            published.add(folderOf.get(id));
        }
        // Until nothing changes: a published week that is itself left out cannot carry a later one.
        for (int before = -1; before != weeksLeftOut.size(); ) {
            before = weeksLeftOut.size();
            needs.forEach((id, earlier) -> {
                List<String> missing = earlier.stream()
                        .filter(e -> !publish.contains(e) || weeksLeftOut.containsKey(folderOf.get(e))).toList();
                if (!missing.isEmpty() && !weeksLeftOut.containsKey(folderOf.get(id))) {
                    weeksLeftOut.put(folderOf.get(id), id + " builds on the reference of " + String.join(", ", missing)
                            + ": ship it with --publish " + String.join(" --publish ", missing)
                            + " (that makes those solutions public)");
                }
            });
        }
    }

    private static boolean isPublished(Path rel, Set<String> published) {
        return rel.getNameCount() == 3 && rel.getName(2).toString().equals("reference")
                && published.contains(rel.getName(0).toString());
    }

    /** The root pom without the modules of weeks left out (a week's nested modules go with it). */
    static String withoutModules(String pom, Set<String> weekFolders) {
        StringBuilder out = new StringBuilder();
        for (String line : pom.split("\n", -1)) {
            Matcher m = MODULE.matcher(line);
            if (m.matches() && weekFolders.stream().anyMatch(w -> m.group(1).equals(w) || m.group(1).startsWith(w + "/"))) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * A module's {@code src/reference} and {@code src/hidden-test} (modules are the checkout's top-level
     * folders; a test fixture deeper down is test data), and the grader's own tests.
     */
    static boolean isInstructorOnly(Path rel) {
        if (rel.getNameCount() == 3 && rel.getName(1).toString().equals("src")
                && (rel.getName(2).toString().equals("reference") || rel.getName(2).toString().equals("hidden-test"))) {
            return true;
        }
        return rel.toString().equals("grader/src/test");
    }

    /**
     * AsciiDoc with the instructor-only parts gone: an {@code ifndef::student-edition[]} block (or
     * single line) disappears, an {@code ifdef::student-edition[]} one stays without its directives;
     * other conditionals pass through untouched.
     */
    static String stripInstructorOnly(String adoc, int[] removedBlocks) {
        StringBuilder out = new StringBuilder();
        Deque<boolean[]> frames = new ArrayDeque<>(); // {ours, keep}
        for (String line : adoc.split("\n", -1)) {
            boolean visible = frames.stream().allMatch(f -> f[1]);
            Matcher m = CONDITIONAL.matcher(line);
            if (m.matches() && !m.group(1).equals("ifeval") && m.group(2).equals(ATTRIBUTE)) {
                boolean ifdef = m.group(1).equals("ifdef");
                if (!m.group(3).isEmpty()) {
                    if (ifdef && visible) {
                        out.append(m.group(3)).append('\n');
                    } else if (!ifdef) {
                        removedBlocks[0]++;
                    }
                    continue;
                }
                frames.push(new boolean[] {true, ifdef});
                if (!ifdef) {
                    removedBlocks[0]++;
                }
                continue;
            }
            if (m.matches() && m.group(3).isEmpty()) {
                frames.push(new boolean[] {false, true});
            } else if (ENDIF.matcher(line).matches() && !frames.isEmpty()) {
                boolean[] f = frames.pop();
                if (f[0]) {
                    continue;
                }
            }
            if (visible) {
                out.append(line).append('\n');
            }
        }
        // split(-1) gave one more (empty) piece after a final newline: drop the newline we added for it
        return out.length() > 0 ? out.substring(0, out.length() - 1) : "";
    }

    /** What must not be in an edition, wherever it came from. */
    static List<String> audit(Path edition) {
        return audit(edition, Set.of());
    }

    static List<String> audit(Path edition, Set<String> published) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> all = Files.walk(edition)) {
            for (Path p : all.toList()) {
                Path rel = edition.relativize(p);
                if (rel.getNameCount() > 2 && isPublished(rel.subpath(0, 3), published)) {
                    continue; // a published reference: solutions by the instructor's choice
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (isInstructorOnly(rel)) {
                        problems.add(rel + ": an instructor-only folder");
                    }
                    continue;
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > (4 << 20)) {
                    continue;
                }
                String text;
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (MalformedInputException binary) {
                    continue;
                }
                String name = p.getFileName().toString();
                if (name.endsWith(".java") && !rel.toString().contains("/src/test/") && MARKER.matcher(text).find()) {
                    problems.add(rel + ": holds a solution marker (reference code outside src/reference?)");
                }
                if (name.endsWith(".adoc")) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (String l : text.lines().toList()) {
                        Matcher a = ATTRIBUTE_ENTRY.matcher(l);
                        if (a.matches()) {
                            attributes.put(a.group(1), a.group(2).strip());
                        }
                        if (!l.startsWith("include::")) {
                            continue;
                        }
                        String target = l;
                        for (int pass = 0; pass < 3; pass++) {
                            for (var e : attributes.entrySet()) {
                                target = target.replace("{" + e.getKey() + "}", e.getValue());
                            }
                        }
                        if (target.contains("src/reference/") || target.contains("src/hidden-test/")
                                || target.matches(".*src/(reference|hidden-test)(\\[.*)?$")) {
                            problems.add(rel + ": still includes instructor-only sources (" + l.strip()
                                    + "); put it inside ifndef::student-edition[] ... endif::[]");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static int countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }
}
