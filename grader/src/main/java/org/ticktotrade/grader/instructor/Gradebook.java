package org.ticktotrade.grader.instructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;

/**
 * The gradebook: one CSV row per submission (RFC 4180, UTF-8, a header row), the shape LMS grade
 * imports take -- an identifier column, a points column and its maximum -- plus per-gate points, test
 * counts and time. Text that came from a submission (its name, a failure message) is quoted and,
 * where it starts like a spreadsheet formula, defused with a leading apostrophe.
 */
final class Gradebook {

    record Row(BatchRecord record, GradeReport report, StudentView view) {}

    private Gradebook() {}

    static String render(List<String> gateIds, List<Row> rows) {
        List<String> header = new ArrayList<>(List.of("student", "submission", "status", "score", "max_score", "percent"));
        header.addAll(gateIds);
        header.addAll(List.of("tests_passed", "tests_total", "hidden_passed", "hidden_total", "seconds", "sandboxed", "note"));
        StringBuilder b = new StringBuilder();
        line(b, header);
        for (Row row : rows) {
            BatchRecord r = row.record();
            GradeReport report = row.report();
            List<String> cells = new ArrayList<>();
            cells.add(text(r.name()));
            cells.add(r.id());
            cells.add(BatchRecord.REJECTED.equals(r.outcome()) ? "REJECTED" : r.status());
            cells.add(num(r.score()));
            cells.add(num(r.maxScore()));
            cells.add(r.maxScore() == 0 ? "0" : String.format(Locale.ROOT, "%.1f", 100.0 * r.score() / r.maxScore()));
            for (String gate : gateIds) {
                GateResult g = report == null ? null : report.gates().stream().filter(x -> x.gate().equals(gate)).findFirst().orElse(null);
                cells.add(g == null ? "" : num(g.score()));
            }
            int[] tests = new int[4];
            if (report != null) {
                report.gates().stream().filter(g -> g.gate().equals("correctness")).flatMap(g -> g.checks().stream()).forEach(c -> {
                    boolean hidden = row.view().isHidden(c);
                    tests[hidden ? 3 : 1]++;
                    if (c.status().isPass()) {
                        tests[hidden ? 2 : 0]++;
                    }
                });
            }
            cells.add(String.valueOf(tests[0]));
            cells.add(String.valueOf(tests[1]));
            cells.add(String.valueOf(tests[2]));
            cells.add(String.valueOf(tests[3]));
            cells.add(String.format(Locale.ROOT, "%.1f", r.millis() / 1000.0));
            cells.add(r.sandboxed() ? "yes" : "NO");
            // an LMS may show this column to the student: the student's view of the report
            cells.add(text(note(r, report == null ? null : row.view().apply(report))));
            line(b, cells);
        }
        return b.toString();
    }

    /** Why the score is what it is, in a phrase: the rejection, or the first gate that did not pass and its first failure. */
    static String note(BatchRecord r, GradeReport report) {
        if (r.rejection() != null) {
            return "rejected: " + r.rejection();
        }
        if (report == null) {
            return "";
        }
        for (GateResult g : report.gates()) {
            if (g.status().isPass() || g.status() == org.ticktotrade.grader.model.Status.SKIPPED) {
                continue;
            }
            StringBuilder s = new StringBuilder(g.gate()).append(": ").append(g.summary());
            g.checks().stream().filter(c -> !c.status().isPass()).findFirst().ifPresent(c -> s.append(" | first: ")
                    .append(c.name()).append(c.message() == null ? "" : ": " + String.join(" ", c.message().lines().toList())));
            return s.length() > 300 ? s.substring(0, 297) + "..." : s.toString();
        }
        return "";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A spreadsheet would run "=cmd|..." as a formula: text starting like one gets an apostrophe. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('\uFFFD', '?');
        return !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 ? "'" + t : t;
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r") || c.startsWith("'")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }
}
