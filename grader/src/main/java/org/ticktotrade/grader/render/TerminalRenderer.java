package org.ticktotrade.grader.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;

/**
 * The report as a learner reads it: a table of gates, then what matters under each: every failure
 * with its message, every benchmark figure, and a count of what passed.
 */
public final class TerminalRenderer {

    private static final int OUTPUT_LINES = 12;

    private final Style style;
    private final boolean verbose;

    public TerminalRenderer(Style style, boolean verbose) {
        this.style = style;
        this.verbose = verbose;
    }

    public String render(GradeReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold("Tick to Trade · " + r.week() + " · " + r.weekTitle())).append('\n');
        sb.append(style.dim("graded: " + r.source() + " (" + r.sourcePath() + ")")).append("\n\n");
        sb.append(String.format("  %-12s %-13s %10s %8s  %s%n", "GATE", "RESULT", "SCORE", "TIME", "SUMMARY"));
        for (GateResult g : r.gates()) {
            String score = g.maxScore() == 0 ? "-" : fmt(g.score()) + "/" + fmt(g.maxScore());
            String result = style.status(g.status()) + " ".repeat(Math.max(0, 13 - Style.word(g.status()).length()));
            sb.append(String.format("  %-12s %s %10s %8s  %s%n", g.gate(), result, score, seconds(g.millis()),
                    g.summary() == null ? "" : g.summary()));
        }
        for (GateResult g : r.gates()) {
            details(sb, g);
        }
        for (String note : r.notes()) {
            sb.append(style.dim("note: " + note)).append('\n');
        }
        sb.append('\n').append(style.bold("Result: ")).append(style.status(r.status()))
                .append(String.format("  %s/%s points  (%s)%n", fmt(r.score()), fmt(r.maxScore()), seconds(r.millis())));
        sb.append(style.dim(r.machine().cpuModel() + ", " + r.machine().cores() + " cores, " + r.machine().jdk())).append('\n');
        return sb.toString();
    }

    private void details(StringBuilder sb, GateResult g) {
        // Tests failing only because they reach an untouched TODO are listed once per TODO, not once per test.
        Map<String, List<CheckResult>> byTodo = new LinkedHashMap<>();
        if (!verbose) {
            g.checks().stream().filter(c -> !c.status().isPass() && c.details().get("todo") instanceof String)
                    .forEach(c -> byTodo.computeIfAbsent((String) c.details().get("todo"), k -> new ArrayList<>()).add(c));
        }
        List<CheckResult> shown = g.checks().stream()
                .filter(c -> verbose || !c.status().isPass() || c.message() != null && !g.gate().equals("build"))
                .filter(c -> !(c.details().get("todo") instanceof String t && byTodo.containsKey(t)))
                .toList();
        long quietPasses = g.checks().stream().filter(c -> c.status().isPass()).count()
                - shown.stream().filter(c -> c.status().isPass()).count();
        if (shown.isEmpty() && byTodo.isEmpty()) {
            return;
        }
        sb.append('\n').append(style.bold(g.gate())).append('\n');
        for (var e : byTodo.entrySet()) {
            List<String> names = e.getValue().stream().map(CheckResult::name).toList();
            sb.append("  ").append(style.status(Status.FAILED)).append("  ").append(e.getKey()).append('\n');
            String tests = String.join(", ", names.subList(0, Math.min(4, names.size())))
                    + (names.size() > 4 ? " and " + (names.size() - 4) + " more" : "");
            sb.append("        ").append(style.dim((names.size() == 1 ? "1 test stops here: " : names.size() + " tests stop here: ") + tests))
                    .append('\n');
        }
        for (CheckResult c : shown) {
            sb.append("  ").append(style.status(c.status())).append("  ").append(c.name()).append('\n');
            if (c.message() != null) {
                indent(sb, c.message(), "        ", Integer.MAX_VALUE);
            }
            if (c.output() != null && !c.output().isBlank() && (!c.status().isPass() || verbose || g.gate().equals("bench")
                    || g.gate().equals("stress") && c.status() != Status.PASSED)) {
                indent(sb, style.dim(c.output()), "        | ", verbose ? Integer.MAX_VALUE : OUTPUT_LINES);
            }
        }
        if (quietPasses > 0) {
            sb.append("  ").append(style.status(Status.PASSED)).append("  ").append(quietPasses)
                    .append(quietPasses == 1 ? " other check" : " other checks").append('\n');
        }
    }

    private static void indent(StringBuilder sb, String text, String prefix, int maxLines) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length && i < maxLines; i++) {
            sb.append(prefix).append(lines[i]).append('\n');
        }
        if (lines.length > maxLines) {
            sb.append(prefix).append("... ").append(lines.length - maxLines).append(" more lines (--verbose shows all)\n");
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
