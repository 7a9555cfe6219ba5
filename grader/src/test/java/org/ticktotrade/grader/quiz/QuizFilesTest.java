package org.ticktotrade.grader.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;

/**
 * Every quiz of every week loads, has at least six questions, explains every answer, and every
 * Tracing question's program does what its answer says when compiled and run on JDK 25.
 */
class QuizFilesTest {

    static final int MIN_QUESTIONS = 6;

    @TestFactory
    Stream<DynamicTest> everyQuizOfEveryWeekIsSound(@TempDir Path tmp) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Week week : Course.locate().weeks()) {
            for (WeekManifest.Lesson lesson : week.manifest().lessons()) {
                if (lesson.quiz() == null) {
                    continue;
                }
                Path file = week.dir().resolve(lesson.quiz());
                tests.add(DynamicTest.dynamicTest(week.id() + " lesson " + lesson.number(), () -> {
                    Quiz quiz = Quiz.load(file);
                    assertTrue(quiz.questions().size() >= MIN_QUESTIONS,
                            file + " has " + quiz.questions().size() + " questions, at least " + MIN_QUESTIONS + " expected");
                    for (Question q : quiz.questions()) {
                        if (q instanceof Question.Tracing t) {
                            Path dir = tmp.resolve(week.id() + "-" + lesson.number() + "-" + t.id());
                            var problem = TracingCheck.verify(t, dir);
                            assertTrue(problem.isEmpty(), problem.orElse(""));
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aQuestionWithoutAnExplanationIsRejected(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("q.toml");
        Files.writeString(file, """
                [[questions]]
                id = "one"
                type = "MultipleChoice"
                prompt.prompt = "Which store publishes?"
                prompt.distractors = ["plain"]
                answer.answer = "release"
                """);
        QuizException e = org.junit.jupiter.api.Assertions.assertThrows(QuizException.class, () -> Quiz.load(file));
        assertTrue(e.getMessage().contains("needs a context"), e.getMessage());
    }

    @Test
    void answersAreCheckedTheWayTheSiteChecksThem() {
        var shortAnswer = new Question.ShortAnswer("s", "p", "setRelease", List.of("VarHandle.setRelease"), "c");
        assertTrue(shortAnswer.isCorrect(List.of("  SETRELEASE ")));
        assertTrue(shortAnswer.isCorrect(List.of("varhandle.setrelease")));
        assertFalse(shortAnswer.isCorrect(List.of("setVolatile")));
        var multi = new Question.MultipleChoice("m", "p", List.of("a", "b"), List.of("c"), "c");
        assertTrue(multi.isCorrect(List.of("b", "a")));
        assertFalse(multi.isCorrect(List.of("a")));
        var tracing = new Question.Tracing("t", "p", "class X {}", true, "1\n2", null, "c");
        assertTrue(tracing.isCorrect(List.of(Question.Tracing.COMPILES, "1\n2\n")));
        assertFalse(tracing.isCorrect(List.of(Question.Tracing.DOES_NOT_COMPILE)));
    }

    @Test
    void aTracingAnswerThatLiesAboutTheOutputIsCaught(@TempDir Path tmp) {
        var q = new Question.Tracing("lie", "p", """
                public class Main {
                    public static void main(String[] args) {
                        System.out.println(1 + 2 + "3");
                    }
                }
                """, true, "123", null, "c");
        var problem = TracingCheck.verify(q, tmp);
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("33"), problem.get());
        assertEquals(true, TracingCheck.verify(new Question.Tracing("ok", "p", q.program(), true, "33", null, "c"),
                tmp.resolve("ok")).isEmpty());
    }
}
