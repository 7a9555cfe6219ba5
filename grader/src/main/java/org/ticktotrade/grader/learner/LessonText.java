package org.ticktotrade.grader.learner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ticktotrade.grader.render.Style;

/**
 * A lesson's AsciiDoc as terminal text: headings in bold, code listings indented, and every
 * {@code include::} resolved (the lessons include tagged regions of real, compiled files, so the
 * raw directive would show no code at all). A reference solution behind the site's reveal stays
 * hidden here too: it is what {@code ./kata solution} shows once the gates pass.
 */
public final class LessonText {

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern TAG_LINE = Pattern.compile("^\\s*//\\s*(tag|end)::([\\w.-]+)\\[]\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:([\\w-]+):\\s*(.*)$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w-]+)}");
    private static final Pattern HEADING = Pattern.compile("^(=+)\\s+(.*)$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[[^\\]]*]\\s*$");
    private static final Pattern CONDITIONAL = Pattern.compile("^(ifdef|ifndef|ifeval|endif)::.*\\[.*]\\s*$");
    private static final String REVEAL_START = "ifndef::student-edition[]";
    /** The site's own block macros (course/tools): in a terminal, a pointer to the command that does the same. */
    private static final Pattern SITE_MACRO = Pattern.compile("^kata-(quiz|hints|bench-chart)::([^\\[]*)\\[.*]\\s*$");
    private static final Pattern WEEK_FOLDER = Pattern.compile("^(week-\\d+)\\b.*");
    private static final Pattern QUIZ_FILE = Pattern.compile("^lesson-0*(\\d+)-quiz\\.toml$");

    private final Style style;

    public LessonText(Style style) {
        this.style = style;
    }

    public String render(Path lessonFile) throws IOException {
        List<String> lines = Files.readAllLines(lessonFile);
        Path base = lessonFile.getParent();
        StringBuilder out = new StringBuilder();
        Map<String, String> attributes = new HashMap<>();
        boolean inListing = false;
        int hiddenDepth = 0;
        for (String line : lines) {
            if (hiddenDepth > 0) {
                if (line.startsWith("ifdef::") || line.startsWith("ifndef::")) {
                    hiddenDepth++;
                } else if (line.startsWith("endif::")) {
                    hiddenDepth--;
                }
                continue;
            }
            if (line.strip().equals("----") || line.strip().equals("....")) {
                inListing = !inListing;
                continue;
            }
            if (inListing) {
                Matcher inc = INCLUDE.matcher(line.strip());
                if (inc.matches()) {
                    for (String code : include(base.resolve(substitute(inc.group(1), attributes)), inc.group(2))) {
                        out.append(code.isEmpty() ? "" : "    " + code).append('\n');
                    }
                } else {
                    out.append(line.isEmpty() ? "" : "    " + line).append('\n');
                }
                continue;
            }
            if (line.strip().equals(REVEAL_START)) {
                hiddenDepth = 1;
                out.append(style.dim("    (a reference solution is behind a reveal here: ./kata solution shows it once your gates pass)"))
                        .append('\n');
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (attribute.matches()) {
                attributes.put(attribute.group(1), attribute.group(2).strip());
                continue;
            }
            if (line.startsWith("//") || BLOCK_ATTRIBUTES.matcher(line).matches()
                    || CONDITIONAL.matcher(line).matches() || line.strip().equals("====") || line.strip().equals("--")
                    || line.startsWith("toc::")) {
                continue;
            }
            Matcher macro = SITE_MACRO.matcher(line.strip());
            if (macro.matches()) {
                out.append(style.dim("    (" + pointer(macro.group(1), macro.group(2), lessonFile) + ")")).append('\n');
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                out.append(style.bold(h.group(1).length() <= 1 ? h.group(2).toUpperCase(java.util.Locale.ROOT) : h.group(2))).append('\n');
            } else if (line.startsWith(".") && line.length() > 1 && !line.startsWith("..") && !Character.isWhitespace(line.charAt(1))) {
                out.append(style.bold(line.substring(1))).append('\n');
            } else {
                Matcher inc = INCLUDE.matcher(line.strip());
                if (inc.matches()) {
                    include(base.resolve(substitute(inc.group(1), attributes)), inc.group(2)).forEach(l -> out.append(l).append('\n'));
                } else {
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }

    /** What a site macro shows, as the command that shows it here. */
    private static String pointer(String macro, String target, Path lessonFile) {
        Path weekDir = lessonFile.toAbsolutePath().getParent();
        weekDir = weekDir.getFileName().toString().equals("lessons") ? weekDir.getParent() : weekDir;
        Matcher w = WEEK_FOLDER.matcher(weekDir.getFileName().toString());
        String week = w.matches() ? w.group(1) : "WEEK";
        return switch (macro) {
            case "quiz" -> {
                Matcher q = QUIZ_FILE.matcher(Path.of(target).getFileName().toString());
                yield "the quiz: ./kata quiz " + week + (q.matches() ? " " + q.group(1) : "");
            }
            case "hints" -> "hints, one at a time: ./kata hint " + week + " " + target;
            default -> "a chart of the recorded figures on the course site; measure your own: ./kata check " + target + " --gate bench";
        };
    }

    /** {@code {name}} replaced by the document attribute {@code :name: value} (lessons name their source folders so). */
    private static String substitute(String target, Map<String, String> attributes) {
        return ATTRIBUTE_REFERENCE.matcher(target).replaceAll(m -> Matcher.quoteReplacement(
                attributes.getOrDefault(m.group(1), m.group())));
    }

    /** The lines an include directive names: the whole file, or its {@code tag=}/{@code tags=} regions. */
    static List<String> include(Path file, String attributes) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return List.of("[include not found: " + file.getFileName() + "]");
        }
        List<String> tags = new ArrayList<>();
        for (String attr : attributes.split(",")) {
            String a = attr.strip();
            if (a.startsWith("tag=") || a.startsWith("tags=")) {
                tags.addAll(List.of(a.substring(a.indexOf('=') + 1).replace("\"", "").split(";")));
            }
        }
        List<String> out = new ArrayList<>();
        int open = 0;
        for (String line : lines) {
            Matcher t = TAG_LINE.matcher(line);
            if (t.matches()) {
                if (tags.contains(t.group(2))) {
                    open += t.group(1).equals("tag") ? 1 : -1;
                }
                continue;
            }
            if (tags.isEmpty() || open > 0) {
                out.add(line);
            }
        }
        return dedent(out);
    }

    private static List<String> dedent(List<String> lines) {
        int common = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(common)).toList();
    }
}
