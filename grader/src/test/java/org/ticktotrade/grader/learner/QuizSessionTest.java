package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.quiz.Quiz;

/**
 * The terminal quiz on the fixture's lesson 1 quiz, one question of each type: single and multiple
 * choice, short answer, a Tracing program that compiles (and what it prints) and one that does not.
 * Scores come from {@code Question.isCorrect}, the rule the site applies too.
 */
class QuizSessionTest {

    static Quiz lessonOneQuiz(Path dir) {
        Course course = LearnerFixture.course(dir);
        Week week = LearnerFixture.week(course);
        return Quiz.load(week.dir().resolve(week.manifest().lesson(1).orElseThrow().quiz()));
    }

    @Test
    void rightAnswersOfEveryTypeScoreFull(@TempDir Path dir) {
        ScriptedConsole console = new ScriptedConsole()
                .answer(ScriptedConsole.letterOf("release"))
                .answer(ScriptedConsole.letterOf("one producer thread", "one consumer thread"))
                .answer("  0X3FF ")
                .answer("y").answer("33").answer("")
                .answer("n");

        QuizSession.Result result = new QuizSession(console, new Random(7)).run(lessonOneQuiz(dir), "Quiz");

        assertEquals(new QuizSession.Result(5, 5, true), result, console.transcript());
        String t = console.transcript();
        assertEquals(5, t.split("PASS  Right\\.", -1).length - 1, t);
        assertTrue(t.contains("Release orders every earlier write"), "the explanation follows the answer");
        assertTrue(t.contains("  3 |         System.out.println(1 + 2 + \"3\");"), "the program is shown with line numbers");
    }

    @Test
    void wrongAnswersScoreNothingAndShowTheAnswerWithTheExplanation(@TempDir Path dir) {
        ScriptedConsole console = new ScriptedConsole()
                .answer(ScriptedConsole.letterOf("plain"))
                .answer(ScriptedConsole.letterOf("one producer thread"))
                .answer("1024")
                .answer("y").answer("123").answer("")
                .answer("y").answer("2").answer("");

        QuizSession.Result result = new QuizSession(console, new Random(7)).run(lessonOneQuiz(dir), "Quiz");

        assertEquals(new QuizSession.Result(0, 5, true), result);
        String t = console.transcript();
        assertTrue(t.contains("FAIL  Not quite. The answer: release"), t);
        assertTrue(t.contains("The answers: one producer thread; one consumer thread"), t);
        assertTrue(t.contains("The answer: 1023"), t);
        assertTrue(t.contains("It compiles and prints:\n    | 33"), t);
        assertTrue(t.contains("It does not compile (javac rejects line 4)."), t);
        assertTrue(t.contains("A final local is assigned once."), "explanations are shown for wrong answers too");
    }

    @Test
    void answersThatAreNotAChoiceAreAskedAgain(@TempDir Path dir) {
        ScriptedConsole console = new ScriptedConsole()
                .answer("Z")
                .answer("A B")
                .answer("")
                .answer(ScriptedConsole.letterOf("release"))
                .answer("quit");

        QuizSession.Result result = new QuizSession(console, new Random(7)).run(lessonOneQuiz(dir), "Quiz");

        String t = console.transcript();
        assertTrue(t.contains("'Z' is not one of A-C"), t);
        assertTrue(t.contains("this question has one answer: type one letter"), t);
        assertTrue(t.contains("type a letter"), t);
        assertEquals(1, result.correct());
        assertFalse(result.finished(), "quit stops the quiz");
        assertTrue(t.contains("Quiz stopped after 1 of 5 questions; nothing was saved."), t);
    }

    @Test
    void theEndOfInputStopsTheQuizWithoutAScore(@TempDir Path dir) {
        ScriptedConsole console = new ScriptedConsole().end();
        assertFalse(new QuizSession(console, new Random(7)).run(lessonOneQuiz(dir), "Quiz").finished());
    }
}
