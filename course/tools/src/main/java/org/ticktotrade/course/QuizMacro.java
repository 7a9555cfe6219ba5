package org.ticktotrade.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.ticktotrade.grader.quiz.Question;
import org.ticktotrade.grader.quiz.Quiz;

/**
 * {@code kata-quiz::lesson-01-quiz.toml[]} renders a lesson's quiz in the page, from the same TOML the
 * terminal quiz and the tests read, through the grader's own model ({@link Quiz}, {@link Question}).
 *
 * <p>Everything a reader sees is rendered here, as AsciiDoc: prompts, Tracing programs (highlighted by
 * Rouge like every other listing), choices and explanations. What the page's script needs to check an
 * answer rides along as a small JSON key per question; {@code assets/kata.js} turns the choices into
 * inputs, checks answers with the model's rules (Question.ShortAnswer and Question.Tracing
 * normalisation) and keeps the score. Without JavaScript the quiz still reads as a list of questions
 * with their explanations.
 *
 * <p>A quiz file that does not load is an error: the build fails (the plugin's failIf) with the model's
 * own message.
 */
@Name("kata-quiz")
public final class QuizMacro extends BlockMacroProcessor {

    private static final ObjectMapper COMPACT = new ObjectMapper();

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        PageContext page = PageContext.of(parent);
        Path file = (page == null ? Path.of(".") : page.sourceDir()).resolve(target).normalize();
        Quiz quiz;
        try {
            quiz = Quiz.load(file);
        } catch (RuntimeException e) { // QuizException lists every problem in the file
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), "kata-quiz: " + e.getMessage()));
            return createBlock(parent, "paragraph", "The quiz " + target + " could not be rendered: see the build log.");
        }
        String name = file.getFileName().toString().replaceAll("\\.toml$", "");
        String quizId = "quiz-" + name;
        Map<String, Object> rootAttributes = new LinkedHashMap<>();
        rootAttributes.put("role", "kata-quiz");
        rootAttributes.put("id", quizId);
        Block root = createBlock(parent, "open", List.<String>of(), rootAttributes);
        root.setId(quizId);
        Object title = attributes.get("title");
        root.setTitle(title == null ? "Quiz" : title.toString());

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("source", sourceName(page, file));
        meta.put("questions", quiz.questions().size());
        root.append(pass(root, "<script type=\"application/json\" class=\"kata-quiz-meta\" data-kata-quiz=\""
                + PageContext.html(sourceName(page, file)) + "\">" + json(meta) + "</script>"
                + "<p class=\"kata-quiz-intro\">" + quiz.questions().size()
                + " questions. Answer each, then check it: you see whether you were right and why.</p>"));

        int n = 0;
        for (Question question : quiz.questions()) {
            n++;
            root.append(question(root, quizId, question, n, quiz.questions().size()));
        }
        root.append(pass(root, "<div class=\"kata-score\" aria-live=\"polite\"></div>"));
        return root;
    }

    private Block question(Block root, String quizId, Question question, int n, int total) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("role", "kata-question");
        attributes.put("id", quizId + "-" + question.id());
        Block block = createBlock(root, "open", List.<String>of(), attributes);
        block.setId(quizId + "-" + question.id()); // the id attribute alone does not reach the HTML
        block.setTitle("Question " + n + " of " + total);

        List<String> lines = new ArrayList<>(PageContext.adocLines(question.prompt()));
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("type", question.getClass().getSimpleName());
        switch (question) {
            case Question.MultipleChoice mc -> {
                List<String> options = shuffled(mc);
                List<Integer> right = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    if (mc.answers().contains(options.get(i))) {
                        right.add(i);
                    }
                }
                key.put("multi", mc.multiSelect());
                key.put("answers", right);
                lines.add("");
                lines.add(mc.multiSelect() ? "_Choose all that apply._" : "_Choose one._");
                lines.add("");
                lines.add("[.kata-options]");
                for (String option : options) {
                    // one list item per choice; a choice is one line of inline AsciiDoc
                    lines.add("* " + option.strip().replaceAll("\\s*\\R\\s*", " "));
                }
            }
            case Question.ShortAnswer sa -> {
                List<String> accepted = new ArrayList<>();
                accepted.add(sa.answer());
                accepted.addAll(sa.alternatives());
                key.put("accepted", accepted);
            }
            case Question.Tracing t -> {
                lines.add("");
                lines.addAll(PageContext.listing("java", t.program().stripTrailing().lines().toList()));
                key.put("doesCompile", t.doesCompile());
                key.put("stdout", t.stdout());
                key.put("lineNumber", t.lineNumber());
            }
        }
        parseContent(block, lines);
        block.append(pass(block, "<script type=\"application/json\" class=\"kata-key\">" + json(key) + "</script>"));

        Map<String, Object> contextAttributes = new LinkedHashMap<>();
        contextAttributes.put("role", "kata-context");
        Block context = createBlock(block, "open", List.<String>of(), contextAttributes);
        context.setTitle("Why");
        parseContent(context, PageContext.adocLines(question.context()));
        block.append(context);
        return block;
    }

    /**
     * The choices in an order that does not give the answer away (the answer is often written first),
     * yet the same on every build, so pages and tests are stable.
     */
    static List<String> shuffled(Question.MultipleChoice mc) {
        List<String> all = new ArrayList<>(mc.answers());
        all.addAll(mc.distractors());
        all.sort(Comparator.comparingInt((String o) -> (mc.id() + "\u0000" + o).hashCode()).thenComparing(o -> o));
        return all;
    }

    private Block pass(StructuralNode parent, String html) {
        return createBlock(parent, "pass", html);
    }

    /** The quiz file as the site names it: relative to the course root ({@code week-01-x/lessons/lesson-01-quiz.toml}). */
    private static String sourceName(PageContext page, Path file) {
        if (page == null) {
            return file.getFileName().toString();
        }
        Path root = Path.of(page.plan().courseRoot());
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    /** JSON safe inside a script element: "</" cannot close it. */
    static String json(Object value) {
        try {
            return COMPACT.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
