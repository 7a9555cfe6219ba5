package org.ticktotrade.grader.learner;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ticktotrade.grader.render.Style;

/**
 * A console for tests: answers come from a queue (each may look at everything printed so far, to
 * find the letter a shuffled option got); everything printed is kept. A null answer is the end of input.
 */
final class ScriptedConsole implements LearnerConsole {

    private static final Function<String, String> END = transcript -> null;

    private final BlockingQueue<Function<String, String>> answers = new LinkedBlockingQueue<>();
    private final StringBuilder transcript = new StringBuilder();

    ScriptedConsole answer(String line) {
        answers.add(transcript -> line);
        return this;
    }

    ScriptedConsole answer(Function<String, String> fromTranscript) {
        answers.add(fromTranscript);
        return this;
    }

    ScriptedConsole end() {
        answers.add(END);
        return this;
    }

    @Override
    public String readLine(String prompt) {
        print(prompt);
        Function<String, String> next;
        try {
            next = answers.poll(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        String line = next == null ? null : next.apply(transcript());
        print((line == null ? "<end>" : line) + "\n");
        return line;
    }

    @Override
    public synchronized void print(String text) {
        transcript.append(text);
    }

    synchronized String transcript() {
        return transcript.toString();
    }

    @Override
    public Style style() {
        return Style.plain();
    }

    /** The letter the last listing gave an option: finds {@code "  X) text"} in the latest question. */
    static Function<String, String> letterOf(String... options) {
        return transcript -> {
            String question = transcript.substring(transcript.lastIndexOf("Question "));
            StringBuilder letters = new StringBuilder();
            for (String option : options) {
                int at = question.indexOf(") " + option + "\n");
                if (at < 1) {
                    throw new AssertionError("no option '" + option + "' in\n" + question);
                }
                letters.append(question.charAt(at - 1)).append(' ');
            }
            return letters.toString().strip();
        };
    }
}
