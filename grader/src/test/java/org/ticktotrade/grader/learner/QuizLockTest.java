package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import picocli.CommandLine;

/**
 * A week's project gates stay locked until its quizzes average 70%: every quiz counts, one not taken
 * as 0%, each by its best attempt; {@code check} on the learner's own code says so and how to unlock,
 * and {@code --force} and {@code --reference} grade anyway.
 */
class QuizLockTest {

    @Test
    void theAverageCountsEveryQuizAndAnUntakenOneAsZero(@TempDir Path dir) {
        Week week = LearnerFixture.week(LearnerFixture.course(dir));
        LearnerProgress.WeekProgress progress = LearnerProgress.WeekProgress.EMPTY.withQuizAttempt(1, 5, 5, "t");

        QuizLock lock = QuizLock.of(week, progress);

        assertEquals(0.5, lock.average(), 1e-9, "lesson 1 at 100%, lesson 2 not taken");
        assertTrue(lock.locked());
        String why = lock.explain();
        assertTrue(why.contains("locked until its quizzes average 70% (now 50%: lesson 1 100%, lesson 2 not taken)"), why);
        assertTrue(why.contains("./kata quiz week-01 2"), why);
        assertFalse(why.contains("./kata quiz week-01 1\n"), "a quiz already at 100% is not suggested: " + why);
        assertTrue(why.contains("./kata check week-01 --force"), why);
    }

    @Test
    void seventyPercentExactlyUnlocksAndTheBestAttemptCounts(@TempDir Path dir) {
        Week week = LearnerFixture.week(LearnerFixture.course(dir));
        LearnerProgress.WeekProgress progress = LearnerProgress.WeekProgress.EMPTY
                .withQuizAttempt(1, 2, 5, "t1")   // 40%
                .withQuizAttempt(1, 4, 5, "t2")   // 80%: the best
                .withQuizAttempt(1, 1, 5, "t3")   // a worse retake does not lose it
                .withQuizAttempt(2, 3, 5, "t4");  // 60%
        QuizLock lock = QuizLock.of(week, progress);
        assertEquals(0.7, lock.average(), 1e-9);
        assertFalse(lock.locked());
    }

    @Test
    void aWeekWithoutQuizzesHasNothingToUnlock(@TempDir Path dir) throws IOException {
        Week week = LearnerFixture.week(LearnerFixture.course(dir));
        Path manifest = week.dir().resolve(Course.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceAll("(?m)^quiz = .*$", ""));
        Week withoutQuizzes = Course.load(week.dir());
        assertFalse(QuizLock.of(withoutQuizzes, LearnerProgress.WeekProgress.EMPTY).locked());
    }

    @Test
    void checkOnTheLearnersCodeSaysItIsLockedAndHowToUnlock(@TempDir Path dir) throws Exception {
        LearnerFixture.course(dir);
        StringWriter out = new StringWriter();

        int exit = LearnerFixture.withKataHome(dir, () -> run(out, "check", "week-01"));

        assertEquals(1, exit);
        assertTrue(out.toString().contains("The project gates of week-01 are locked until its quizzes average 70%"), out.toString());
        assertTrue(out.toString().contains("./kata quiz week-01 1"), out.toString());
        assertFalse(out.toString().contains("GATE"), "nothing was graded");
    }

    @Test
    void forceAndTheReferenceGradeAnywayAndOnlyTheLearnersRunIsRecorded(@TempDir Path dir) throws Exception {
        Course course = LearnerFixture.course(dir);

        StringWriter reference = new StringWriter();
        int referenceExit = LearnerFixture.withKataHome(dir, () -> run(reference, "check", "week-01", "--reference", "--gate", "build"));
        assertEquals(0, referenceExit, reference.toString());
        assertTrue(ProgressStore.of(course).load().week("week-01").gates().isEmpty(), "grading the reference is not your progress");

        StringWriter forced = new StringWriter();
        int forcedExit = LearnerFixture.withKataHome(dir, () -> run(forced, "check", "week-01", "--force", "--gate", "build"));
        assertEquals(0, forcedExit, forced.toString());
        assertTrue(forced.toString().contains("build        PASS"), forced.toString());
        assertEquals("PASSED", ProgressStore.of(course).load().week("week-01").gates().get("build").status());
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cli = Kata.commandLine();
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }
}
