package org.ticktotrade.grader.learner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.quiz.Question;
import org.ticktotrade.grader.quiz.Quiz;
import org.ticktotrade.grader.render.Style;

/**
 * One sitting of a lesson's quiz in the terminal: each question in turn, the learner's answer judged
 * at once by {@link Question#isCorrect} (the rule the site applies too), then the explanation, right
 * or wrong (mdbook-quiz users asked for exactly this: feedback per question, not at the end).
 */
public final class QuizSession {

    /** @param finished false when the learner stopped part-way (nothing is saved then) */
    public record Result(int correct, int total, boolean finished) {}

    static final String QUIT = "quit";

    private final LearnerConsole console;
    private final Style style;
    private final Random random;

    public QuizSession(LearnerConsole console, Random random) {
        this.console = console;
        this.style = console.style();
        this.random = random;
    }

    public Result run(Quiz quiz, String title) {
        List<Question> questions = quiz.questions();
        console.println(style.bold(title) + "\n" + style.dim(questions.size() + " questions; type quit (or Ctrl-D) to stop."));
        int correct = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            console.println("");
            console.println(style.bold("Question " + (i + 1) + "/" + questions.size()) + style.dim("  " + kind(q)));
            List<String> response = switch (q) {
                case Question.MultipleChoice mc -> askChoice(mc);
                case Question.ShortAnswer sa -> askShort(sa);
                case Question.Tracing t -> askTracing(t);
            };
            if (response == null) {
                console.println("Quiz stopped after " + i + " of " + questions.size() + " questions; nothing was saved.");
                return new Result(correct, questions.size(), false);
            }
            boolean right = q.isCorrect(response);
            if (right) {
                correct++;
                console.println(style.status(Status.PASSED) + "  Right.");
            } else {
                String expected = expected(q);
                int firstLine = expected.indexOf('\n') < 0 ? expected.length() : expected.indexOf('\n');
                console.println(style.status(Status.FAILED) + prose(expected.substring(0, firstLine), "  Not quite. ", "  ")
                        + expected.substring(firstLine));
            }
            console.println(prose(q.context().strip(), "  ", "  "));
        }
        return new Result(correct, questions.size(), true);
    }

    private List<String> askChoice(Question.MultipleChoice q) {
        List<String> options = new ArrayList<>(q.answers());
        options.addAll(q.distractors());
        Collections.shuffle(options, random);
        console.println(prose(q.prompt().strip(), "", ""));
        for (int i = 0; i < options.size(); i++) {
            console.println(prose(options.get(i), "  " + letter(i) + ") ", "     "));
        }
        String how = q.multiSelect() ? "choose every right one, e.g. A C" : "choose one letter";
        while (true) {
            String line = console.readLine("answer (" + how + ")> ");
            if (line == null || line.strip().equalsIgnoreCase(QUIT)) {
                return null;
            }
            Set<String> picked = new LinkedHashSet<>();
            String problem = null;
            for (String token : line.toUpperCase(Locale.ROOT).split("[\\s,]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int index = token.length() == 1 ? token.charAt(0) - 'A' : -1;
                if (index < 0 || index >= options.size()) {
                    problem = "'" + token + "' is not one of A-" + letter(options.size() - 1);
                    break;
                }
                picked.add(options.get(index));
            }
            if (problem == null && picked.isEmpty()) {
                problem = "type a letter";
            } else if (problem == null && !q.multiSelect() && picked.size() > 1) {
                problem = "this question has one answer: type one letter";
            }
            if (problem == null) {
                return List.copyOf(picked);
            }
            console.println(style.dim(problem));
        }
    }

    private List<String> askShort(Question.ShortAnswer q) {
        console.println(prose(q.prompt().strip(), "", ""));
        while (true) {
            String line = console.readLine("answer> ");
            if (line == null || line.strip().equalsIgnoreCase(QUIT)) {
                return null;
            }
            if (!line.isBlank()) {
                return List.of(line);
            }
        }
    }

    private List<String> askTracing(Question.Tracing q) {
        String[] lines = q.program().stripTrailing().split("\n");
        for (int i = 0; i < lines.length; i++) {
            console.println(style.dim(String.format(Locale.ROOT, "%3d | ", i + 1)) + lines[i]);
        }
        console.println(prose(q.prompt().strip(), "", ""));
        Boolean compiles = null;
        while (compiles == null) {
            String line = console.readLine("does it compile? (y/n)> ");
            if (line == null || line.strip().equalsIgnoreCase(QUIT)) {
                return null;
            }
            String a = line.strip().toLowerCase(Locale.ROOT);
            if (a.equals("y") || a.equals("yes")) {
                compiles = true;
            } else if (a.equals("n") || a.equals("no")) {
                compiles = false;
            }
        }
        if (!compiles) {
            return List.of(Question.Tracing.DOES_NOT_COMPILE);
        }
        console.println("What does it print? One line at a time, then an empty line to finish:");
        StringBuilder out = new StringBuilder();
        while (true) {
            String line = console.readLine("  | ");
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                break;
            }
            out.append(line).append('\n');
        }
        return List.of(Question.Tracing.COMPILES, out.toString());
    }

    private static String expected(Question q) {
        return switch (q) {
            case Question.MultipleChoice mc -> (mc.multiSelect() ? "The answers: " : "The answer: ") + String.join("; ", mc.answers());
            case Question.ShortAnswer sa -> "The answer: " + sa.answer();
            case Question.Tracing t -> t.doesCompile()
                    ? "It compiles and prints:\n" + indent(Question.Tracing.normaliseOutput(t.stdout()), "    | ")
                    : "It does not compile" + (t.lineNumber() == null ? "." : " (javac rejects line " + t.lineNumber() + ").");
        };
    }

    private static String kind(Question q) {
        return switch (q) {
            case Question.MultipleChoice mc -> mc.multiSelect() ? "(choose all that apply)" : "(choose one)";
            case Question.ShortAnswer sa -> "(short answer)";
            case Question.Tracing t -> "(read the program)";
        };
    }

    /** Prose wrapped to the terminal (code, in Tracing programs and outputs, is never wrapped). */
    private String prose(String text, String first, String hanging) {
        return console.prose(text, first, hanging);
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }
}
