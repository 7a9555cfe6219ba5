package org.ticktotrade.grader.instructor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;

/**
 * What a student may read of their report: the same verdicts and scores, with the grading machine's
 * paths replaced by the submission's own, and hidden tests shown as the instructor chose. The
 * instructor's {@code result.json} keeps everything; the feedback page and the Exercism and
 * Gradescope renderings are made from this view.
 *
 * @param hiddenClasses top-level classes of the week's hidden tests
 * @param showNames     hidden tests under their real names (else "hidden test N")
 * @param showMessages  a failing hidden test's message (else only that it failed); its captured output
 *                      and stack frames are never shown unless names are, since they name the test
 */
public record StudentView(Set<String> hiddenClasses, boolean showNames, boolean showMessages,
                          List<String> localPrefixes, String submissionName) {

    /** The grading machine's names for the submission's copy, longest first: absolute, then as the compiler shows it. */
    public static List<String> prefixesFor(Path submissionCopy, Path courseRoot) {
        Path abs = submissionCopy.toAbsolutePath().normalize();
        List<String> out = new ArrayList<>(List.of(abs.toString()));
        if (abs.startsWith(courseRoot)) {
            out.add(courseRoot.relativize(abs).toString());
        }
        out.add(courseRoot.toString());
        return out;
    }

    public GradeReport apply(GradeReport r) {
        UnaryOperator<String> clean = this::redactPaths;
        List<GateResult> gates = new ArrayList<>();
        int[] hiddenNumber = {0};
        for (GateResult g : r.gates()) {
            List<CheckResult> checks = new ArrayList<>();
            for (CheckResult c : g.checks()) {
                if (isHidden(c)) {
                    hiddenNumber[0]++;
                    checks.add(hidden(c, hiddenNumber[0]));
                } else {
                    checks.add(new CheckResult(c.id(), c.name(), c.exercise(), c.status(), clean.apply(c.message()),
                            clean.apply(c.output()), c.score(), c.maxScore(), c.millis(), c.details()));
                }
            }
            gates.add(new GateResult(g.gate(), g.title(), g.status(), clean.apply(g.summary()), g.score(), g.maxScore(),
                    g.millis(), checks, studentDetails(g)));
        }
        List<String> notes = r.notes().stream().map(clean).toList();
        return new GradeReport(r.formatVersion(), r.week(), r.weekTitle(), r.source(), submissionName, r.started(),
                r.millis(), r.machine(), r.status(), r.score(), r.maxScore(), gates, notes);
    }

    /** Is this check one of the week's hidden tests? (Correctness checks are keyed {@code class#method}.) */
    public boolean isHidden(CheckResult c) {
        int hash = c.id().indexOf('#');
        if (hash < 0) {
            return false;
        }
        String cls = c.id().substring(0, hash);
        int dollar = cls.indexOf('$');
        return hiddenClasses.contains(dollar < 0 ? cls : cls.substring(0, dollar));
    }

    private CheckResult hidden(CheckResult c, int n) {
        if (showNames) {
            return new CheckResult(c.id(), "[hidden] " + c.name(), c.exercise(), c.status(), redactPaths(c.message()),
                    redactPaths(c.output()), c.score(), c.maxScore(), c.millis(), c.details());
        }
        String message = null;
        if (!c.status().isPass()) {
            message = showMessages ? withoutTestNames(redactPaths(c.message())) : "a hidden test failed";
        }
        return new CheckResult("hidden-" + n, "hidden test " + n, c.exercise(), c.status(), message, null,
                c.score(), c.maxScore(), c.millis(), Map.of());
    }

    /** "(at SpscLongRingHiddenTest.java:42)" and the like would name the test. */
    private String withoutTestNames(String message) {
        if (message == null) {
            return null;
        }
        String out = message;
        for (String cls : hiddenClasses) {
            String simple = cls.substring(cls.lastIndexOf('.') + 1);
            out = out.replaceAll("\\s*\\(at " + java.util.regex.Pattern.quote(simple) + "\\.java:\\d+\\)", "")
                    .replace(cls, "a hidden test").replace(simple, "a hidden test");
        }
        return out;
    }

    /** The bench gate's machine and figures stay; paths on the grading machine go. */
    private static Map<String, Object> studentDetails(GateResult g) {
        return g.details().entrySet().stream()
                .filter(e -> !e.getKey().equals("report") && !e.getKey().equals("file"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String redactPaths(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String prefix : localPrefixes) {
            out = out.replace(prefix + "/", "").replace(prefix, ".");
        }
        return out;
    }
}
