package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;

/**
 * Watch on the fixture week: a first full report, then after a save only what changed (the tests
 * that now pass), then a manual run (Enter) that reports no change, then q. The exercise verdicts
 * land in the learner's progress, where {@code hint} reads them.
 */
class WatchLoopTest {

    @Test
    void aSaveReRunsAndShowsOnlyWhatChanged(@TempDir Path dir) throws Exception {
        Course course = LearnerFixture.course(dir);
        Week week = LearnerFixture.week(course);
        ScriptedConsole console = new ScriptedConsole();
        Thread watch = Thread.ofPlatform().start(() -> new WatchLoop(course, week, console, false).run());

        waitFor(console, t -> t.contains("Result: FAIL"), "the first run");
        assertTrue(console.transcript().contains("0/4 tests passed"), console.transcript());

        Path doubler = week.starterSources().resolve("org/ticktotrade/week01/Doubler.java");
        String starter = Files.readString(doubler);
        String solved = starter.replaceAll("(?s)        // TODO\\(kata\\) Return twice x.*?\\n        throw .*?\\n", "        return x + x;\n");
        assertTrue(solved.contains("return x + x;") && !solved.contains("throw"), solved);
        long saved = System.nanoTime();
        Files.writeString(doubler, solved);
        String afterSave = waitFor(console, t -> t.contains("run 2"), "the run after the save");
        waitFor(console, t -> t.contains("2/4 tests pass"), "the run's end");
        double seconds = (System.nanoTime() - saved) / 1e9;
        System.out.printf("WatchLoopTest: results %.1f s after the save%n", seconds);

        String run2 = console.transcript().substring(afterSave.indexOf("run 2"));
        assertTrue(run2.contains("PASS  now passing: DoublerTest > doubles"), run2);
        assertTrue(run2.contains("PASS  now passing: DoublerTest > doublesNegatives"), run2);
        assertFalse(run2.contains("CounterTest"), "tests whose verdict did not change are not repeated: " + run2);
        assertTrue(run2.contains("results ") && run2.contains(" s after the save of Doubler.java"), run2);

        console.answer("");
        waitFor(console, t -> t.contains("run 3") && t.substring(t.indexOf("run 3")).contains("tests pass"), "the manual run");
        assertTrue(console.transcript().substring(console.transcript().indexOf("run 3")).contains("no change"));

        console.answer("q");
        watch.join(30_000);
        assertFalse(watch.isAlive(), "q stops the watch");
        assertTrue(console.transcript().contains("Stopped watching week-01."));
        LearnerProgress.WeekProgress progress = ProgressStore.of(course).load().week("week-01");
        assertEquals("PASSED", progress.exercises().get("doubler").status());
        assertEquals("FAILED", progress.exercises().get("counter").status());
        assertTrue(progress.gates().isEmpty(), "watch is not a graded check: no gate verdicts");
    }

    private static String waitFor(ScriptedConsole console, Predicate<String> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String t = console.transcript();
            if (condition.test(t)) {
                return t;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited 120 s for " + what + ":\n" + console.transcript());
    }
}
