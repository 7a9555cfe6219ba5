package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.render.Style;

/** hint, lesson, reset, solution and the shell's completion, on the fixture week. */
class LearnerCommandsTest {

    private static int kata(Path home, ScriptedConsole console, String... args) throws Exception {
        LearnerConsole.install(console);
        try {
            return LearnerFixture.withKataHome(home, () -> Kata.commandLine().execute(args));
        } finally {
            LearnerConsole.install(null);
        }
    }

    @Test
    void hintsComeOneMoreEachTimeAndAreRemembered(@TempDir Path dir) throws Exception {
        Course course = LearnerFixture.course(dir);
        ScriptedConsole console = new ScriptedConsole();
        for (int i = 0; i < 4; i++) {
            assertEquals(0, kata(dir, console, "hint", "week-01", "counter"));
        }
        String t = console.transcript();
        assertTrue(t.contains("Hint 1/3: Keep the running total in a field.\nAnother: ./kata hint week-01 counter"), t);
        assertTrue(t.contains("Hint 2/3: add() adds to the field"), t);
        assertTrue(t.contains("That was the last hint. Lesson 1, \"Counters\", has the rest"), t);
        assertEquals(3, ProgressStore.of(course).load().week("week-01").hintsShown().get("counter"));
    }

    @Test
    void withoutAnExerciseTheHintIsForTheFirstOneNotPassingYet(@TempDir Path dir) throws Exception {
        Course course = LearnerFixture.course(dir);
        ProgressStore.of(course).update(p -> p.withWeek("week-01", w -> w.withExercises(
                Map.of("counter", new LearnerProgress.Verdict("PASSED", "t")))));
        ScriptedConsole console = new ScriptedConsole();
        kata(dir, console, "hint", "week-01");
        assertTrue(console.transcript().startsWith("doubler: Doubler: twice a number\nHint 1/2"), console.transcript());
    }

    @Test
    void aLessonIsPrintedWithItsIncludesAndCountedAsRead(@TempDir Path dir) throws Exception {
        Course course = LearnerFixture.course(dir);
        ScriptedConsole console = new ScriptedConsole();
        assertEquals(0, kata(dir, console, "lesson", "week-01", "1"));
        String t = console.transcript();
        assertTrue(t.contains("    void addsUp() {\n        Counter c = new Counter();"), "the tagged include, resolved:\n" + t);
        assertFalse(t.contains("count += n"), "the reference stays behind its reveal:\n" + t);
        assertFalse(t.contains("include::") || t.contains("----") || t.contains("ifndef::"), t);
        assertTrue(ProgressStore.of(course).load().week("week-01").lessonsRead().containsKey(1));

        assertEquals(1, kata(dir, console, "lesson", "week-01", "3"), "a lesson not written yet");
        assertFalse(ProgressStore.of(course).load().week("week-01").lessonsRead().containsKey(3), "is not counted as read");
    }

    @Test
    void resetBacksUpTheLearnersFilesAndRegeneratesTheStarter(@TempDir Path dir) throws Exception {
        Course course = LearnerFixture.course(dir);
        Week week = LearnerFixture.week(course);
        Path counter = week.starterSources().resolve("org/ticktotrade/week01/Counter.java");
        String starter = Files.readString(counter);
        Files.writeString(counter, "// my attempt\n" + starter);
        Path helper = week.starterSources().resolve("org/ticktotrade/week01/MyHelper.java");
        Files.writeString(helper, "package org.ticktotrade.week01; class MyHelper {}\n");

        ScriptedConsole console = new ScriptedConsole().answer("n");
        assertEquals(1, kata(dir, console, "reset", "week-01"));
        assertTrue(Files.readString(counter).startsWith("// my attempt"), "no means no");

        assertEquals(0, kata(dir, console, "reset", "week-01", "--yes"));
        assertEquals(starter, Files.readString(counter));
        assertFalse(Files.exists(helper), "the starter is the starter: files you added are in the backup");
        List<Path> backups;
        try (var s = Files.list(dir.resolve(".kata/backups"))) {
            backups = s.toList();
        }
        assertEquals(1, backups.size());
        assertTrue(backups.getFirst().getFileName().toString().matches("week-01-\\d{8}-\\d{6}"), backups.toString());
        Path kept = backups.getFirst().resolve("src/main/java/org/ticktotrade/week01");
        assertTrue(Files.readString(kept.resolve("Counter.java")).startsWith("// my attempt"));
        assertTrue(Files.exists(kept.resolve("MyHelper.java")));
    }

    @Test
    void theSolutionOpensOnlyOnceEveryGatePassedAndIsADiff(@TempDir Path dir) throws Exception {
        Course course = LearnerFixture.course(dir);
        Week week = LearnerFixture.week(course);
        ScriptedConsole console = new ScriptedConsole();
        assertEquals(1, kata(dir, console, "solution", "week-01"));
        assertTrue(console.transcript().contains("opens once every gate passes on your code (now: correctness not run yet)"),
                console.transcript());

        ProgressStore.of(course).update(p -> p.withWeek("week-01", w -> w.withGates(
                Map.of("correctness", new LearnerProgress.Verdict("PASSED", Instant.now().toString())))));
        Path doubler = week.starterSources().resolve("org/ticktotrade/week01/Doubler.java");
        Files.writeString(doubler, Files.readString(doubler).replaceAll("(?s)        // TODO.*?\\n        throw.*?\\n", "        return x + x;\n"));

        String diff = new SolutionDiff(week, Style.plain()).render();
        assertTrue(diff.contains("--- yours/org/ticktotrade/week01/Doubler.java\n+++ reference/org/ticktotrade/week01/Doubler.java"), diff);
        assertTrue(diff.contains("-        return x + x;\n+        return 2 * x;"), diff);
        assertFalse(diff.contains("kata:"), "the reference's markers are not code: " + diff);
        assertEquals(0, kata(dir, console, "solution", "week-01"));
    }

    @Test
    void completionOffersWeeksLessonsExercisesAndGatesWhereEachBelongs(@TempDir Path dir) {
        Course course = LearnerFixture.course(dir);
        ShellCompleter completer = new ShellCompleter(Kata.commandLine().getCommandSpec(), () -> course);
        assertEquals(List.of("week-01"), complete(completer, "check w"));
        assertEquals(List.of("1", "2", "3"), complete(completer, "quiz week-01 "));
        assertEquals(List.of("counter", "doubler"), complete(completer, "hint week-01 "));
        assertEquals(List.of("build", "correctness", "stress", "bench", "journal"), complete(completer, "check week-01 --gate "));
        assertEquals(List.of("week-01"), complete(completer, "watch --manual "));
        assertTrue(complete(completer, "").containsAll(List.of("quiz", "check", "watch", "exit")));
    }

    private static List<String> complete(ShellCompleter completer, String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
