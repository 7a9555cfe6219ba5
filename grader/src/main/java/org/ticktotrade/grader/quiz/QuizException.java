package org.ticktotrade.grader.quiz;

/** A quiz file that cannot be used; the message lists every problem with its question. */
public final class QuizException extends RuntimeException {
    public QuizException(String message) {
        super(message);
    }
}
