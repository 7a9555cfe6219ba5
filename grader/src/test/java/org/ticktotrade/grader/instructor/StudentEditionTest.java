package org.ticktotrade.grader.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * {@code ./kata author export-student}: nothing instructor-only survives, and what is left still loads
 * and grades. (The full {@code ./mvnw verify} of an edition is in the instructor notes: too slow here.)
 */
class StudentEditionTest {

    @Test
    void revealsAreRemovedAndStudentOnlyTextKept() {
        String adoc = String.join("\n",
                "= Lesson", "",
                "ifndef::student-edition[]",
                ".Reference solution (attempt it first)",
                "[%collapsible]",
                "====",
                "ifdef::backend-html5[]",
                "include::../src/reference/java/Ring.java[tag=offer]",
                "endif::[]",
                "====",
                "endif::[]",
                "ifdef::student-edition[]",
                "The reference solution is in the instructor edition.",
                "endif::[]",
                "ifdef::backend-html5[]",
                "kept",
                "endif::[]",
                "ifndef::student-edition[Answer: 42]",
                "ifdef::student-edition[Answer: work it out]",
                "end");
        int[] removed = {0};
        String out = StudentEdition.stripInstructorOnly(adoc, removed);
        assertEquals(String.join("\n", "= Lesson", "", "The reference solution is in the instructor edition.",
                "ifdef::backend-html5[]", "kept", "endif::[]", "Answer: work it out", "end"), out);
        assertEquals(2, removed[0]);
    }

    @Test
    void onlyModulesLoseTheirReferenceAndTheSiteBuildsTheStudentEdition(@TempDir Path dir) throws Exception {
        Path course = dir.resolve("course-root");
        Files.createDirectories(course.resolve("week-07-x/src/reference/java"));
        Files.writeString(course.resolve("week-07-x/src/reference/java/A.java"), "// kata:solution lesson-01 x\n");
        Files.createDirectories(course.resolve("course/src/test/fixture/week-99/src/reference/java"));
        Files.writeString(course.resolve("course/src/test/fixture/week-99/src/reference/java/Ring.java"),
                "class Ring {\n    // kata:solution lesson-01 test data for the site's own tests\n}\n");
        Files.writeString(course.resolve("course/pom.xml"), "<properties><kata.studentEdition>false</kata.studentEdition></properties>");
        Path edition = dir.resolve("edition");
        StudentEdition.Result r = StudentEdition.export(course, edition);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertFalse(Files.exists(edition.resolve("week-07-x/src/reference")));
        assertTrue(Files.exists(edition.resolve("course/src/test/fixture/week-99/src/reference/java/Ring.java")), "test data stays");
        assertTrue(Files.readString(edition.resolve("course/pom.xml")).contains("<kata.studentEdition>true</kata.studentEdition>"));

        // a reveal someone forgot to guard, included through an attribute: the export says where
        Files.writeString(course.resolve("week-07-x/lesson.adoc"), ":reference: ../src/reference/java\n\ninclude::{reference}/A.java[]\n");
        Path second = dir.resolve("edition-2");
        StudentEdition.Result bad = StudentEdition.export(course, second);
        assertEquals(1, bad.problems().size(), bad.problems().toString());
        assertTrue(bad.problems().getFirst().startsWith("week-07-x/lesson.adoc: still includes instructor-only sources"));
    }

    @Test
    void aWeekBuiltOnAnUnpublishedReferenceIsLeftOutUntilThatWeekIsPublished(@TempDir Path dir) throws Exception {
        Path course = dir.resolve("course-root");
        week(course, "week-07-x", "week-07", "");
        week(course, "week-08-y", "week-08", "uses-reference-of = [\"week-07\"]\n");
        Files.createDirectories(course.resolve("week-08-y/peer"));
        Files.writeString(course.resolve("pom.xml"), String.join("\n", "<modules>", "    <module>week-07-x</module>",
                "    <module>week-08-y</module>", "    <module>week-08-y/peer</module>", "    <module>course</module>", "</modules>"));

        StudentEdition.Result closed = StudentEdition.export(course, dir.resolve("closed"));
        assertTrue(closed.problems().isEmpty(), closed.problems().toString());
        assertEquals(java.util.Set.of("week-08-y"), closed.weeksLeftOut().keySet());
        assertTrue(closed.weeksLeftOut().get("week-08-y").contains("--publish week-07"), closed.weeksLeftOut().toString());
        assertFalse(Files.exists(dir.resolve("closed/week-08-y")));
        assertFalse(Files.exists(dir.resolve("closed/week-07-x/src/reference")));
        assertEquals(String.join("\n", "<modules>", "    <module>week-07-x</module>", "    <module>course</module>", "</modules>"),
                Files.readString(dir.resolve("closed/pom.xml")));

        StudentEdition.Result open = StudentEdition.export(course, dir.resolve("open"), java.util.Set.of("week-07"));
        assertTrue(open.problems().isEmpty(), open.problems().toString());
        assertTrue(open.weeksLeftOut().isEmpty());
        assertTrue(Files.exists(dir.resolve("open/week-07-x/src/reference/java/A.java")), "published");
        assertFalse(Files.exists(dir.resolve("open/week-08-y/src/reference")), "not published");
        assertTrue(Files.readString(dir.resolve("open/pom.xml")).contains("<module>week-08-y/peer</module>"));

        // a chain: publishing week 08 does not carry week 09 while week 08 itself is left out
        week(course, "week-09-z", "week-09", "uses-reference-of = [\"week-08\"]\n");
        StudentEdition.Result chain = StudentEdition.export(course, dir.resolve("chain"), java.util.Set.of("week-08"));
        assertEquals(java.util.Set.of("week-08-y", "week-09-z"), chain.weeksLeftOut().keySet());
    }

    /** A minimal week: a manifest that loads and a reference with a solution marker. */
    private static void week(Path course, String folder, String id, String extra) throws Exception {
        Files.createDirectories(course.resolve(folder + "/src/reference/java"));
        Files.writeString(course.resolve(folder + "/src/reference/java/A.java"), "class A {\n    // kata:solution lesson-01 x\n}\n");
        Files.writeString(course.resolve(folder + "/week.toml"), "id = \"" + id + "\"\ntitle = \"t\"\npackage = \"p\"\nsummary = \"s\"\n" + extra);
    }

    @Test
    void theEditionHasNoReferenceNoHiddenTestsAndStillGrades(@TempDir Path dir) throws Exception {
        Path edition = dir.resolve("student");
        StudentEdition.Result r = StudentEdition.export(Fixtures.course().root(), edition);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertTrue(r.leftOut().keySet().stream().anyMatch(p -> p.endsWith("week-01-ownership-types/src/reference")), r.leftOut().toString());
        assertTrue(r.leftOut().containsKey("grader/src/test"));
        try (Stream<Path> all = Files.walk(edition)) {
            for (Path p : all.toList()) {
                String rel = edition.relativize(p).toString();
                if (rel.startsWith("course/src/test/")) {
                    continue; // the site's own test data (a fixture week with a reference) stays, see above
                }
                assertFalse(rel.contains("src/reference") || rel.contains("src/hidden-test") || rel.startsWith("grader/src/test")
                        || rel.equals(".git") || rel.contains("/target/"), rel);
                if (rel.endsWith(".java") && Files.isRegularFile(p)) {
                    assertFalse(Files.readString(p).lines().anyMatch(l -> l.strip().startsWith("// kata:solution ")), rel);
                }
            }
        }
        assertTrue(Files.isExecutable(edition.resolve("kata")) && Files.isExecutable(edition.resolve("mvnw")));

        // its manifests still load (no reference journal, no hidden tests), and check still grades the starter
        Course course = new Course(edition);
        // a week that builds on an earlier week's reference (week 03 on week 02's, week 06 on 02's and 03's)
        // cannot build in an edition that publishes no reference, so it is left out; the rest stay
        java.util.Map<String, String> builtOnReference = new java.util.TreeMap<>();
        for (var w : Fixtures.course().weeks()) {
            if (!w.manifest().usesReferenceOf().isEmpty()) {
                builtOnReference.put(w.dir().getFileName().toString(), w.id());
            }
        }
        assertTrue(builtOnReference.containsKey("week-03-btree-levels"), builtOnReference.toString());
        assertEquals(builtOnReference.keySet(), r.weeksLeftOut().keySet());
        assertEquals(Fixtures.course().weekIds().stream().filter(w -> !builtOnReference.containsValue(w)).toList(), course.weekIds());
        Path json = dir.resolve("r.json");
        String old = System.getProperty("kata.home");
        int exit;
        try {
            System.setProperty("kata.home", edition.toString());
            exit = Kata.commandLine().execute("check", "week-01", "--gate", "build", "--force", "--json", json.toString()); // --force: past the quiz lock
        } finally {
            GradeBatchTest.restore(old);
        }
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(0, exit, report.toPrettyString());
        assertEquals("PASSED", GradeBatchTest.gate(report, "build").path("status").asText());
    }
}
