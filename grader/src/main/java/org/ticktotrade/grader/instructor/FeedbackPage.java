package org.ticktotrade.grader.instructor;

import static org.ticktotrade.grader.instructor.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;

/**
 * One student's feedback page: the gates at a glance, then every failing check with the message that
 * says what to do, grouped where many tests stop at the same TODO, with captured output folded away.
 * Rendered from the {@link StudentView}, so hidden tests appear only as the instructor chose.
 */
final class FeedbackPage {

    private FeedbackPage() {}

    static String render(GradeReport r, String student, String sandbox, String hiddenNote) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(r.week())).append(" · ").append(esc(r.weekTitle())).append("</h1>\n");
        b.append("<p class=\"sub\">Feedback for <b>").append(esc(student)).append("</b> · ")
                .append(Html.status(r.status())).append(" · <b>").append(Html.points(r.score())).append("/")
                .append(Html.points(r.maxScore())).append("</b> points · graded ").append(esc(r.started()))
                .append(" in ").append(Html.seconds(r.millis())).append("</p>\n");

        b.append("<table><tr><th>gate</th><th>result</th><th class=\"num\">score</th><th>summary</th></tr>\n");
        for (GateResult g : r.gates()) {
            b.append("<tr><td>").append(esc(g.title())).append("</td><td>").append(Html.status(g.status()))
                    .append("</td><td class=\"num\">").append(g.maxScore() == 0 ? "-" : Html.points(g.score()) + "/" + Html.points(g.maxScore()))
                    .append("</td><td>").append(esc(g.summary())).append("</td></tr>\n");
        }
        b.append("</table>\n");

        for (GateResult g : r.gates()) {
            gate(b, g);
        }
        if (!r.notes().isEmpty()) {
            b.append("<h2>Notes</h2><ul>");
            r.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>"));
            b.append("</ul>\n");
        }
        b.append("<p><small>").append(esc(hiddenNote)).append("<br>Graded on ").append(esc(r.machine().cpuModel()))
                .append(", ").append(r.machine().cores()).append(" cores, ").append(esc(r.machine().jdk()))
                .append(".<br>").append(esc(sandbox)).append("</small></p>\n");
        return Html.page(r.week() + " feedback: " + student, b.toString());
    }

    private static void gate(StringBuilder b, GateResult g) {
        List<CheckResult> failing = g.checks().stream().filter(c -> !c.status().isPass()).toList();
        List<CheckResult> passing = g.checks().stream().filter(c -> c.status().isPass()).toList();
        boolean figures = g.gate().equals("bench");
        if (g.status() == Status.SKIPPED) {
            b.append("<h2>").append(esc(g.title())).append("</h2><p class=\"SKIPPED\">").append(esc(g.summary())).append("</p>\n");
            return;
        }
        if (failing.isEmpty() && !figures && g.checks().stream().noneMatch(c -> c.message() != null)) {
            if (!passing.isEmpty()) {
                b.append("<h2>").append(esc(g.title())).append("</h2>");
                passedList(b, passing);
            }
            return;
        }
        b.append("<h2>").append(esc(g.title())).append(" · ").append(Html.status(g.status())).append("</h2>\n");
        if (failing.isEmpty() && g.status() != Status.PASSED && g.summary() != null) {
            b.append("<p class=\"msg\">").append(esc(g.summary())).append("</p>\n");
        }
        // Many tests failing at one untouched TODO are one thing to do, not many.
        // So are the tests that never ran because the test JVM died or was stopped before them.
        Map<String, List<CheckResult>> byTodo = new LinkedHashMap<>();
        Map<String, List<CheckResult>> neverRan = new LinkedHashMap<>();
        List<CheckResult> others = new ArrayList<>();
        for (CheckResult c : failing) {
            if (c.details().get("todo") instanceof String todo) {
                byTodo.computeIfAbsent(todo, k -> new ArrayList<>()).add(c);
            } else if (c.message() != null && c.message().startsWith("not run: ")) {
                neverRan.computeIfAbsent(c.message(), k -> new ArrayList<>()).add(c);
            } else {
                others.add(c);
            }
        }
        for (var e : byTodo.entrySet()) {
            group(b, "Not implemented yet", e.getKey(), e.getValue(), " test stops here: ", " tests stop here: ");
        }
        for (CheckResult c : others) {
            check(b, c, false);
        }
        for (var e : neverRan.entrySet()) {
            group(b, "Never ran", e.getKey().substring("not run: ".length()), e.getValue(), " test: ", " tests: ");
        }
        if (figures) {
            for (CheckResult c : passing) {
                check(b, c, true);
            }
        } else if (!passing.isEmpty()) {
            passedList(b, passing);
        }
    }

    private static void group(StringBuilder b, String title, String message, List<CheckResult> checks, String one, String many) {
        b.append("<div class=\"check\"><b>").append(esc(title)).append("</b><div class=\"msg\">").append(esc(message))
                .append("</div><small>").append(checks.size()).append(checks.size() == 1 ? one : many)
                .append(esc(String.join(", ", checks.stream().map(CheckResult::name).limit(6).toList())))
                .append(checks.size() > 6 ? " and " + (checks.size() - 6) + " more" : "").append("</small></div>\n");
    }

    private static void check(StringBuilder b, CheckResult c, boolean ok) {
        b.append("<div class=\"check").append(ok ? " ok" : "").append("\">").append(Html.status(c.status())).append(" <b>")
                .append(esc(c.name())).append("</b>");
        if (c.exercise() != null) {
            b.append(" <small>(").append(esc(c.exercise())).append(")</small>");
        }
        if (c.message() != null) {
            b.append("<div class=\"msg\">").append(esc(c.message())).append("</div>");
        }
        if (c.output() != null && !c.output().isBlank()) {
            b.append("<details><summary>output and details</summary><pre>").append(esc(cap(c.output()))).append("</pre></details>");
        }
        b.append("</div>\n");
    }

    private static void passedList(StringBuilder b, List<CheckResult> passing) {
        b.append("<details><summary>").append(passing.size()).append(passing.size() == 1 ? " check passed" : " checks passed")
                .append("</summary><ul>");
        passing.forEach(c -> b.append("<li>").append(esc(c.name())).append("</li>"));
        b.append("</ul></details>\n");
    }

    private static String cap(String s) {
        return s.length() <= 20_000 ? s : s.substring(0, 20_000) + "\n[... cut at 20,000 characters]";
    }
}
