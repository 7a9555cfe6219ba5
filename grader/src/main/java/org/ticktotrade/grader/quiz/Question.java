package org.ticktotrade.grader.quiz;

import java.util.List;
import java.util.Locale;

/**
 * One quiz question, in the mdbook-quiz vocabulary (design section 8). Every question carries a
 * {@code context}: the explanation shown once it has been answered, right or wrong.
 */
public sealed interface Question permits Question.MultipleChoice, Question.ShortAnswer, Question.Tracing {

    String id();

    /** Markdown-ish text of the question (for Tracing, the question asked about the program). */
    String prompt();

    String context();

    /** Whether a response is right. The site's JavaScript applies the same rules. */
    boolean isCorrect(List<String> response);

    /**
     * Choose one answer (or several, when {@code answers} has more than one) among answers and distractors.
     */
    record MultipleChoice(String id, String prompt, List<String> answers, List<String> distractors, String context)
            implements Question {
        public MultipleChoice {
            answers = List.copyOf(answers);
            distractors = List.copyOf(distractors);
        }

        public boolean multiSelect() {
            return answers.size() > 1;
        }

        @Override
        public boolean isCorrect(List<String> response) {
            return response.size() == answers.size() && answers.containsAll(response);
        }
    }

    /** Type a short answer; compared trimmed, case-insensitively, whitespace collapsed, against the answer and its alternatives. */
    record ShortAnswer(String id, String prompt, String answer, List<String> alternatives, String context) implements Question {
        public ShortAnswer {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }

        public static String normalise(String s) {
            return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isCorrect(List<String> response) {
            if (response.size() != 1) {
                return false;
            }
            String r = normalise(response.getFirst());
            return r.equals(normalise(answer)) || alternatives.stream().anyMatch(a -> normalise(a).equals(r));
        }
    }

    /**
     * Read a Java program: does it compile, and if so what does it print? The response is
     * {@code ["compiles", stdout]} or {@code ["does not compile"]}.
     *
     * @param lineNumber for a program that does not compile, the line the compiler rejects (or null)
     */
    record Tracing(String id, String prompt, String program, boolean doesCompile, String stdout, Integer lineNumber,
                   String context) implements Question {

        public static final String COMPILES = "compiles";
        public static final String DOES_NOT_COMPILE = "does not compile";

        @Override
        public boolean isCorrect(List<String> response) {
            if (response.isEmpty()) {
                return false;
            }
            boolean saysCompiles = response.getFirst().equals(COMPILES);
            if (saysCompiles != doesCompile) {
                return false;
            }
            return !doesCompile || response.size() == 2 && normaliseOutput(response.get(1)).equals(normaliseOutput(stdout));
        }

        public static String normaliseOutput(String s) {
            return s == null ? "" : s.strip().replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n");
        }
    }
}
