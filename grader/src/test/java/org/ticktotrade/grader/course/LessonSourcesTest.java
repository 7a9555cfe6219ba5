package org.ticktotrade.grader.course;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.asm.Instruction;

/**
 * Teaching truth, checked: every listing a week's pages include exists with its tag; the student
 * edition (no src/reference, no src/hidden-test) loses only what sits behind a reveal; and every
 * instruction a lesson or quiz quotes is in the assembly the course recorded.
 */
class LessonSourcesTest {

    private static final Pattern ATTRIBUTE = Pattern.compile("^:([\\w-]+):\\s*(.*)$");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern TAG = Pattern.compile("tags?=([\\w.;-]+)");
    private static final Pattern QUOTED = Pattern.compile("`((?:lock |rep\\w* )?(?:mov\\w*|lock|cmp\\w*|xchg|add|sub|inc|and|lea|test|shr|stlr|ldar|dmb)\\b[^`]*)`");

    record Problem(String where, String what) {}

    @Test
    void everyIncludeExistsWithItsTagAndTheStudentEditionLosesOnlyReveals() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Week week : Course.locate().weeks()) {
            for (Path page : pages(week)) {
                check(page, problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyQuotedInstructionIsInTheRecordedListing() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Week week : Course.locate().weeks()) {
            Path recorded = week.dir().resolve("lessons/recorded");
            if (!Files.isDirectory(recorded)) {
                continue;
            }
            List<String> listing = new ArrayList<>();
            try (Stream<Path> files = Files.list(recorded)) {
                for (Path f : files.toList()) {
                    for (String line : Files.readAllLines(f)) {
                        String text = line.replaceFirst("^\\s*0x[0-9a-f.]*:\\s*", "").replaceFirst("\\s*(;|<==).*$", "");
                        listing.add(Instruction.normalise(text));
                    }
                }
            }
            List<Path> texts = new ArrayList<>(pages(week));
            try (Stream<Path> quizzes = Files.list(week.dir().resolve("lessons"))) {
                quizzes.filter(p -> p.toString().endsWith(".toml")).forEach(texts::add);
            }
            for (Path t : texts) {
                Matcher m = QUOTED.matcher(Files.readString(t));
                while (m.find()) {
                    if (m.group(1).contains("[") && !listing.contains(Instruction.normalise(m.group(1)))) {
                        problems.add(week.dir().relativize(t) + ": `" + m.group(1) + "` is not in the recorded listing");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<Path> pages(Week week) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String top : List.of("README.adoc", "project.adoc", "journal.adoc")) {
            if (Files.isRegularFile(week.dir().resolve(top))) {
                pages.add(week.dir().resolve(top));
            }
        }
        Path lessons = week.dir().resolve("lessons");
        if (Files.isDirectory(lessons)) {
            try (Stream<Path> files = Files.list(lessons)) {
                files.filter(p -> p.toString().endsWith(".adoc")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    private static void check(Path page, List<String> problems) throws IOException {
        Map<String, String> attributes = new HashMap<>();
        int reveal = 0;
        List<String> lines = Files.readAllLines(page);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = page.getParent().getParent().getFileName() + "/" + page.getParent().getFileName() + "/"
                    + page.getFileName() + ":" + (i + 1);
            Matcher a = ATTRIBUTE.matcher(line);
            if (a.matches()) {
                attributes.put(a.group(1), a.group(2));
            }
            if (line.startsWith("ifndef::student-edition[]")) {
                reveal++;
            } else if (line.startsWith("endif::") && reveal > 0) {
                reveal--;
            }
            Matcher inc = INCLUDE.matcher(line);
            if (!inc.matches()) {
                continue;
            }
            String target = inc.group(1);
            for (var e : attributes.entrySet()) {
                target = target.replace("{" + e.getKey() + "}", e.getValue());
            }
            Path file = page.getParent().resolve(target).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(where + ": include of a missing file " + target);
                continue;
            }
            Matcher tags = TAG.matcher(inc.group(2));
            if (tags.find()) {
                String text = Files.readString(file);
                for (String tag : tags.group(1).split(";")) {
                    if (!text.contains("tag::" + tag + "[]") || !text.contains("end::" + tag + "[]")) {
                        problems.add(where + ": " + target + " has no tag " + tag);
                    }
                }
            }
            String path = file.toString();
            if (reveal == 0 && (path.contains("/src/reference/") || path.contains("/src/hidden-test/"))) {
                problems.add(where + ": " + target + " is left out of the student edition, so this include must sit inside"
                        + " ifndef::student-edition[] (or include the same code from the starter)");
            }
        }
    }
}
