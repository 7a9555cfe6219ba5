package org.ticktotrade.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole site pipeline on a fixture course ({@code course/src/test/fixture}: one week with a lesson, a
 * quiz of every question type, hints, a reveal and includes): the planner stages it, AsciidoctorJ renders
 * it with the site's extensions (found through the service loader, as the Maven plugin finds them), and
 * the link check reads the result. The rendered fixture site is kept in {@code target/fixture-site} for the
 * browser test, which clicks through what these tests only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteFixtureTest {

    static final Path COURSE = Path.of(System.getProperty("kata.home", "../..")).resolve("course").toAbsolutePath().normalize();
    static final Path FIXTURE = Path.of(System.getProperty("kata.fixture", "../src/test/fixture")).toAbsolutePath().normalize();
    static final Path SITE = Path.of(System.getProperty("kata.fixtureSite", "target/fixture-site")).toAbsolutePath().normalize();
    static final Path STAGING = SITE.resolveSibling("fixture-site-src");
    static final Path PLAN = SITE.resolveSibling("fixture-site-plan.json");

    private Asciidoctor asciidoctor;
    private final List<LogRecord> log = new ArrayList<>();
    private SitePlan plan;

    @BeforeAll
    void renderTheFixtureSite() throws IOException {
        plan = new SitePlanner(FIXTURE, COURSE.resolve("src/docs/asciidoc"), COURSE.resolve("src/assets"), COURSE.resolve("data"),
                STAGING, SITE, PLAN).stage();
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(log::add);
        // the records are asserted on; as the Maven plugin does, keep them off the console
        java.util.logging.Logger.getLogger("asciidoctor").setUseParentHandlers(false);
        try (Stream<Path> files = Files.walk(STAGING)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = SITE.resolve(STAGING.relativize(f).toString());
                if (f.toString().endsWith(".adoc")) {
                    asciidoctor.convertFile(f.toFile(), options(target.getParent().toFile(), false));
                } else {
                    // what the plugin does with a source folder's other files
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @AfterAll
    void close() {
        asciidoctor.close();
    }

    /** The options the Maven plugin passes (course/pom.xml); everything else is in each staged page's header. */
    private static Options options(File toDir, boolean studentEdition) {
        return Options.builder().safe(SafeMode.UNSAFE).standalone(true).mkDirs(true).toDir(toDir)
                .option(Options.SOURCEMAP, true)
                .attributes(Attributes.builder().attribute("student-edition", studentEdition ? "" : null).build())
                .build();
    }

    private static String read(String sitePath) throws IOException {
        return Files.readString(SITE.resolve(sitePath));
    }

    @Test
    void theFixtureRendersWithoutAWordFromAsciidoctor() {
        assertEquals(List.of(), log.stream().map(r -> r.getSeverity() + " " + r.getMessage()).toList());
    }

    @Test
    void pagesFollowTheManifestAndSkipLessonsNotWrittenYet() {
        List<String> weekPages = plan.pages().stream().filter(p -> "week-99-fixture".equals(p.week())).map(SitePlan.Page::path).toList();
        assertEquals(List.of("week-99-fixture/README.html", "week-99-fixture/lessons/lesson-01-fixture.html",
                "week-99-fixture/lessons/lesson-02-fixture.html", "week-99-fixture/project.html"), weekPages);
        assertEquals("week-99-fixture/lessons/lesson-01-fixture.html",
                plan.next("week-99-fixture/README.html").orElseThrow().path());
        assertEquals("syllabus.html", plan.previous("week-99-fixture/README.html").orElseThrow().path());
    }

    @Test
    void aLessonIncludesItsCodeInPlaceAndRendersItsQuizFromTheToml() throws IOException {
        String html = read("week-99-fixture/lessons/lesson-01-fixture.html");
        assertTrue(html.contains("publish"), "the tagged example region is included");
        assertTrue(html.contains("class=\"rouge highlight\""), "listings are highlighted at build time");
        assertTrue(html.contains("data-kata-quiz=\"week-99-fixture/lessons/lesson-01-quiz.toml\""));
        assertEquals(5, count(html, "class=\"openblock kata-question\""));
        assertTrue(html.contains("\"type\":\"ShortAnswer\",\"accepted\":[\"1023\",\"0x3ff\",\"capacity - 1\"]"), html);
        assertTrue(html.contains("\"type\":\"Tracing\",\"doesCompile\":false,\"stdout\":null,\"lineNumber\":4"));
        assertTrue(html.contains("<span class=\"nc\">System</span>"), "a Tracing program is a highlighted listing");
        assertTrue(html.contains("<code>getAcquire</code>"), "choices are AsciiDoc inline text");
        assertTrue(html.contains("<strong>release</strong>"), "explanations are AsciiDoc");
        assertTrue(html.contains("<pre class=\"rouge highlight\"><code data-lang=\"java\"><span class=\"kt\">int</span>"),
                "a Markdown code fence in an explanation becomes a listing");
    }

    @Test
    void multipleChoiceKeysPointAtTheRightChoicesInTheShuffledOrder() throws IOException {
        String html = read("week-99-fixture/lessons/lesson-01-fixture.html");
        Matcher block = Pattern.compile("id=\"quiz-lesson-01-quiz-orderings\".*?<ul>(.*?)</ul>.*?\"answers\":\\[(\\d+),(\\d+)]", Pattern.DOTALL)
                .matcher(html);
        assertTrue(block.find());
        List<String> items = new ArrayList<>();
        Matcher li = Pattern.compile("<li>\\s*<p>(.*?)</p>").matcher(block.group(1));
        while (li.find()) {
            items.add(li.group(1));
        }
        assertEquals(4, items.size());
        assertEquals(List.of("<code>getAcquire</code>", "<code>getVolatile</code>"),
                List.of(items.get(Integer.parseInt(block.group(2))), items.get(Integer.parseInt(block.group(3)))).stream().sorted().toList());
    }

    @Test
    void theReferenceSolutionIsBehindARevealAndGoneInTheStudentEdition() throws IOException {
        String html = read("week-99-fixture/lessons/lesson-01-fixture.html");
        assertTrue(html.contains("<summary class=\"title\">Reference solution (attempt it first)</summary>"));
        assertTrue(html.contains("REFERENCE_SOLUTION_MARKER"));

        Path student = SITE.resolveSibling("fixture-student");
        asciidoctor.convertFile(STAGING.resolve("week-99-fixture/lessons/lesson-01-fixture.adoc").toFile(),
                options(student.toFile(), true));
        String studentHtml = Files.readString(student.resolve("lesson-01-fixture.html"));
        assertFalse(studentHtml.contains("REFERENCE_SOLUTION_MARKER"));
        assertFalse(studentHtml.contains("Reference solution"));
        assertTrue(studentHtml.contains("kata-quiz"), "the rest of the lesson is still there");
    }

    @Test
    void hintsComeFromWeekTomlInOrder() throws IOException {
        String html = read("week-99-fixture/project.html");
        assertEquals(3, count(html, "<details class=\"kata-hint\">"));
        assertTrue(html.indexOf("The first hint") < html.indexOf("The second hint"));
        assertTrue(html.contains("./kata hint week-99 fixture-ring"));
    }

    @Test
    void everyPageHasTheFrameAndPreviousNext() throws IOException {
        String html = read("week-99-fixture/lessons/lesson-02-fixture.html");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"../../assets/kata.css\">"));
        assertTrue(html.contains("<a rel=\"prev\" href=\"lesson-01-fixture.html\">"));
        assertTrue(html.contains("<a rel=\"next\" href=\"../project.html\">"));
        assertFalse(html.contains("fonts.googleapis.com/css?family=Open+Sans:300,300italic,400,400italic,600,600italic%7CNoto+Serif:400,400italic,700,700italic%7CDroid+Sans+Mono:400,700\">"),
                "no web fonts");
        assertFalse(html.contains("cdnjs"), "no remote icon font");
        String syllabus = read("syllabus.html");
        assertEquals(8, count(syllabus, "kata-module kata-coming"), "the fixture course has none of the eight modules");
    }

    @Test
    void theLinkCheckPassesTheFixtureAndCatchesWhatAsciidoctorDoesNot() throws IOException {
        LinkCheck check = new LinkCheck(SITE);
        assertEquals(List.of(), check.problems());
        assertEquals(List.of(), check.planProblems(plan));

        Path broken = SITE.resolve("week-99-fixture/lessons/broken.html");
        try {
            Files.writeString(broken, """
                    <html><head><link rel="stylesheet" href="https://cdn.example.com/x.css"></head><body>
                    <a href="missing.html">a missing page</a> <a href="lesson-01-fixture.html#no-such-anchor">a missing anchor</a>
                    <a href="lesson-01-fixture.html#core-concepts">fine</a> <a href="https://openjdk.org">a link out is fine</a>
                    </body></html>""");
            List<String> problems = check.problems();
            assertEquals(3, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("loads https://cdn.example.com/x.css from the network"), problems.get(0));
            assertTrue(problems.get(1).contains("broken link missing.html"), problems.get(1));
            assertTrue(problems.get(2).contains("broken anchor lesson-01-fixture.html#no-such-anchor"), problems.get(2));
        } finally {
            Files.delete(broken);
        }
    }

    @Test
    void aQuizThatDoesNotLoadOrAnUnknownExerciseIsAnErrorThatFailsTheBuild() throws IOException {
        Path dir = STAGING.resolve("week-99-fixture/lessons");
        Path bad = FIXTURE.resolve("week-99-fixture/lessons/bad-quiz.toml");
        String page = Files.readString(dir.resolve("lesson-02-fixture.adoc"));
        try {
            Files.writeString(bad, "[[questions]]\nid = \"no-context\"\ntype = \"ShortAnswer\"\nprompt.prompt = \"?\"\nanswer.answer = \"x\"\n");
            List<LogRecord> records = convert(page + "\nkata-quiz::bad-quiz.toml[]\n\nkata-hints::no-such-exercise[]\n\ninclude::no-such-file.adoc[]\n");
            List<String> errors = records.stream().filter(r -> r.getSeverity().ordinal() >= Severity.WARN.ordinal())
                    .map(LogRecord::getMessage).toList();
            assertEquals(3, errors.size(), errors.toString());
            for (String expected : List.of("needs a context", "has no exercise 'no-such-exercise'", "include file not found")) {
                assertTrue(errors.stream().anyMatch(e -> e.contains(expected)), expected + " in " + errors);
            }
        } finally {
            Files.deleteIfExists(bad);
        }
    }

    private List<LogRecord> convert(String adoc) {
        List<LogRecord> records = new ArrayList<>();
        int before = log.size();
        asciidoctor.convert(adoc, Options.builder().safe(SafeMode.UNSAFE).standalone(true).toFile(false)
                .baseDir(STAGING.resolve("week-99-fixture/lessons").toFile()).build());
        records.addAll(log.subList(before, log.size()));
        log.subList(before, log.size()).clear();
        return records;
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
