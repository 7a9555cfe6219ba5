package org.ticktotrade.grader.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lesson's quiz: a TOML file of {@code [[questions]]} in the mdbook-quiz vocabulary. The same file
 * feeds the terminal quiz, the site's interactive quiz and the structure test; it is the single source.
 *
 * <pre>
 * [[questions]]
 * id = "release-store"                    # stable within the file
 * type = "MultipleChoice"                 # or ShortAnswer, Tracing
 * prompt.prompt = "..."
 * prompt.distractors = ["...", "..."]
 * answer.answer = "..."                   # a list for multi-select
 * context = "why the answer is right"     # shown after answering
 *
 * [[questions]]  type = "ShortAnswer"   answer.answer = "..."  answer.alternatives = ["..."]
 * [[questions]]  type = "Tracing"       prompt.program = '''...'''  prompt.prompt = "..."
 *                answer.doesCompile = true  answer.stdout = "..."  (or answer.lineNumber when it does not compile)
 * </pre>
 */
public record Quiz(Path file, List<Question> questions) {

    private static final TomlMapper TOML = new TomlMapper();

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** Loads a quiz, or throws {@link QuizException} listing every problem found. */
    public static Quiz load(Path file) {
        JsonNode root;
        try {
            root = TOML.readTree(file.toFile());
        } catch (IOException e) {
            throw new QuizException(file + ": not valid TOML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = root.path("questions");
        if (!list.isArray() || list.isEmpty()) {
            throw new QuizException(file + ": no [[questions]]");
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!f.equals("questions")) {
                problems.add("unknown top-level key '" + f + "'");
            }
        });
        int n = 0;
        for (JsonNode q : list) {
            n++;
            String where = "question " + n;
            String id = text(q, "id");
            if (id == null || id.isBlank()) {
                problems.add(where + ": needs an id");
                id = "q" + n;
            } else if (!ids.add(id)) {
                problems.add(where + ": id '" + id + "' is used twice");
            }
            where = "question " + n + " (" + id + ")";
            String context = text(q, "context");
            if (context == null || context.isBlank()) {
                problems.add(where + ": needs a context (the explanation shown after answering)");
            }
            JsonNode prompt = q.path("prompt");
            JsonNode answer = q.path("answer");
            String type = text(q, "type");
            switch (type == null ? "" : type) {
                case "MultipleChoice" -> {
                    List<String> answers = strings(answer.path("answer"));
                    List<String> distractors = strings(prompt.path("distractors"));
                    require(problems, where, text(prompt, "prompt"), "prompt.prompt");
                    if (answers.isEmpty()) {
                        problems.add(where + ": answer.answer is missing");
                    }
                    if (distractors.isEmpty()) {
                        problems.add(where + ": prompt.distractors is empty: a choice needs something to choose between");
                    }
                    if (answers.stream().anyMatch(distractors::contains)) {
                        problems.add(where + ": an answer is also listed as a distractor");
                    }
                    if (new HashSet<>(distractors).size() != distractors.size()) {
                        problems.add(where + ": a distractor is listed twice");
                    }
                    questions.add(new Question.MultipleChoice(id, text(prompt, "prompt"), answers, distractors, context));
                }
                case "ShortAnswer" -> {
                    require(problems, where, text(prompt, "prompt"), "prompt.prompt");
                    require(problems, where, text(answer, "answer"), "answer.answer");
                    questions.add(new Question.ShortAnswer(id, text(prompt, "prompt"), text(answer, "answer"),
                            strings(answer.path("alternatives")), context));
                }
                case "Tracing" -> {
                    require(problems, where, text(prompt, "program"), "prompt.program");
                    if (!answer.path("doesCompile").isBoolean()) {
                        problems.add(where + ": answer.doesCompile must be true or false");
                    }
                    boolean compiles = answer.path("doesCompile").asBoolean();
                    if (compiles && text(answer, "stdout") == null) {
                        problems.add(where + ": a program that compiles needs answer.stdout");
                    }
                    Integer line = answer.has("lineNumber") ? answer.path("lineNumber").asInt() : null;
                    String ask = text(prompt, "prompt") != null ? text(prompt, "prompt")
                            : "Does this program compile? If it does, what does it print?";
                    questions.add(new Question.Tracing(id, ask, text(prompt, "program"), compiles, text(answer, "stdout"), line, context));
                }
                default -> problems.add(where + ": type must be MultipleChoice, ShortAnswer or Tracing, got " + type);
            }
        }
        if (!problems.isEmpty()) {
            throw new QuizException(file + ":\n  - " + String.join("\n  - ", problems));
        }
        return new Quiz(file, questions);
    }

    private static void require(List<String> problems, String where, String value, String name) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": " + name + " is missing");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }
}
