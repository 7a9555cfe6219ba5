package org.ticktotrade.grader.learner;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.render.Style;

/**
 * The learner's code against the reference, as a unified diff per file ({@code -} yours, {@code +}
 * the reference's), with the reference's authoring markers taken out so only code differs.
 */
public final class SolutionDiff {

    private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*kata:.*$");
    private static final Pattern STARTER_SECTION = Pattern.compile("^\\s*//\\s*kata:starter\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s*kata:end\\s*$");
    private static final Pattern INCLUDE_TAG = Pattern.compile("^\\s*//\\s*(tag|end)::[\\w.-]+\\[]\\s*$");
    private static final int CONTEXT_LINES = 3;

    private final Week week;
    private final Style style;

    public SolutionDiff(Week week, Style style) {
        this.week = week;
        this.style = style;
    }

    /** @return the diff text; "" when the learner's code is the reference, line for line */
    public String render() {
        Path mine = week.starterSources();
        Path reference = week.referenceSources();
        TreeSet<String> files = new TreeSet<>(javaFiles(reference));
        files.addAll(javaFiles(mine));
        StringBuilder sb = new StringBuilder();
        for (String rel : files) {
            List<String> yours = read(mine.resolve(rel));
            List<String> theirs = cleanReference(read(reference.resolve(rel)));
            Patch<String> patch = DiffUtils.diff(yours, theirs);
            if (patch.getDeltas().isEmpty()) {
                continue;
            }
            String from = Files.exists(mine.resolve(rel)) ? "yours/" + rel : "/dev/null";
            String to = Files.exists(reference.resolve(rel)) ? "reference/" + rel : "/dev/null";
            for (String line : UnifiedDiffUtils.generateUnifiedDiff(from, to, yours, patch, CONTEXT_LINES)) {
                sb.append(colour(line)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The reference as code: solution, starter and include-tag markers removed (starter sections are comments). */
    static List<String> cleanReference(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inStarterSection = false;
        for (String line : lines) {
            if (inStarterSection) {
                inStarterSection = !END.matcher(line).matches();
                continue;
            }
            if (STARTER_SECTION.matcher(line).matches()) {
                inStarterSection = true;
                continue;
            }
            if (!MARKER.matcher(line).matches() && !INCLUDE_TAG.matcher(line).matches()) {
                out.add(line);
            }
        }
        return out;
    }

    private String colour(String line) {
        if (!style.colour()) {
            return line;
        }
        if (line.startsWith("+++") || line.startsWith("---")) {
            return style.bold(line);
        }
        if (line.startsWith("@@")) {
            return "\u001b[36m" + line + "\u001b[0m";
        }
        if (line.startsWith("+")) {
            return "\u001b[32m" + line + "\u001b[0m";
        }
        if (line.startsWith("-")) {
            return "\u001b[31m" + line + "\u001b[0m";
        }
        return line;
    }

    private static List<String> read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).map(p -> root.relativize(p).toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
