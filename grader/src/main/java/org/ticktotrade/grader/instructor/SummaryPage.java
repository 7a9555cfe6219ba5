package org.ticktotrade.grader.instructor;

import static org.ticktotrade.grader.instructor.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.model.Status;

/**
 * The instructor's overview of a batch: how it was confined, how long it took, the score distribution,
 * how each gate went, which checks failed most and which were slowest, and a row per submission with
 * a link to its feedback page. Hidden tests appear under their real names here: it is not for students.
 */
final class SummaryPage {

    private SummaryPage() {}

    /**
     * @param wallLabel what the wall time is: this run's, or for merged shards the longest shard's
     * @param shards    a line per shard (empty: an unsharded run)
     * @param warnings  what makes verdicts doubtful (a loaded machine under the benchmarks)
     */
    record Run(String week, String weekTitle, String sandbox, boolean sandboxed, List<String> notes, int jobs,
               long probeMillis, long bareMillis, long elapsedMillis, boolean complete, String wallLabel,
               List<String> shards, List<String> warnings) {}

    static String render(Run run, List<Gradebook.Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(run.week())).append(" · ").append(esc(run.weekTitle())).append("</h1>\n");
        long graded = rows.stream().filter(r -> BatchRecord.GRADED.equals(r.record().outcome())).count();
        b.append("<p class=\"sub\">").append(rows.size()).append(" submissions: ").append(graded).append(" graded, ")
                .append(rows.size() - graded).append(" rejected at intake")
                .append(run.complete() ? "" : " · <b>the batch is not finished: run the same command again to resume</b>")
                .append("</p>\n");
        for (String w : run.warnings()) {
            b.append("<div class=\"warn\">").append(esc(w)).append("</div>\n");
        }
        if (!run.sandboxed()) {
            b.append("<div class=\"warn\"><b>Graded without a sandbox.</b> Every submission's code ran with the grading user's rights: ")
                    .append(esc(run.sandbox())).append("</div>\n");
        }
        List<Long> times = rows.stream().map(r -> r.record().millis()).sorted().toList();
        b.append("<table>")
                .append(row("Confinement", esc(run.sandbox())))
                .append(row("Sandbox start-up", run.sandboxed() ? String.format(Locale.ROOT,
                        "a trivial JVM took %d ms in the sandbox, %d ms without", run.probeMillis(), run.bareMillis()) : "-"))
                .append(row(run.wallLabel(), BatchProgress.duration(run.elapsedMillis()) + " with " + run.jobs()
                        + (run.jobs() == 1 ? " job" : " parallel jobs") + " (benchmarks always one at a time, alone)"))
                .append(row("Per submission", times.isEmpty() ? "-" : String.format(Locale.ROOT, "median %s, mean %s, max %s",
                        Html.seconds(times.get(times.size() / 2)),
                        Html.seconds((long) times.stream().mapToLong(Long::longValue).average().orElse(0)),
                        Html.seconds(times.getLast()))));
        for (String s : run.shards()) {
            b.append(row("Shard", esc(s)));
        }
        for (String n : run.notes()) {
            b.append(row("Note", esc(n)));
        }
        b.append("</table>\n");

        distribution(b, rows);
        gates(b, rows);
        mostFailed(b, rows);
        slowest(b, rows);
        table(b, rows);
        return Html.page(run.week() + " batch summary", b.toString());
    }

    private static String row(String k, String v) {
        return "<tr><th>" + esc(k) + "</th><td>" + v + "</td></tr>";
    }

    private static void distribution(StringBuilder b, List<Gradebook.Row> rows) {
        int[] bins = new int[10];
        for (Gradebook.Row r : rows) {
            double max = r.record().maxScore();
            double pct = max == 0 ? 0 : 100.0 * r.record().score() / max;
            bins[Math.min(9, (int) (pct / 10))]++;
        }
        int most = Math.max(1, java.util.Arrays.stream(bins).max().orElse(1));
        b.append("<h2>Score distribution</h2><table><tr><th>score</th><th class=\"num\">submissions</th><th></th></tr>\n");
        for (int i = 9; i >= 0; i--) {
            b.append("<tr><td>").append(i * 10).append(i == 9 ? "-100%" : "-" + (i * 10 + 9) + "%").append("</td><td class=\"num\">")
                    .append(bins[i]).append("</td><td><span class=\"bar\" style=\"width:").append(bins[i] * 24 / most)
                    .append("rem\"></span></td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void gates(StringBuilder b, List<Gradebook.Row> rows) {
        Map<String, Map<Status, Integer>> byGate = new LinkedHashMap<>();
        for (Gradebook.Row r : rows) {
            if (r.report() == null) {
                continue;
            }
            for (GateResult g : r.report().gates()) {
                byGate.computeIfAbsent(g.title(), k -> new TreeMap<>()).merge(g.status(), 1, Integer::sum);
            }
        }
        b.append("<h2>Gates</h2><table><tr><th>gate</th>");
        for (Status s : Status.values()) {
            b.append("<th class=\"num\">").append(Html.status(s)).append("</th>");
        }
        b.append("</tr>\n");
        byGate.forEach((gate, counts) -> {
            b.append("<tr><td>").append(esc(gate)).append("</td>");
            for (Status s : Status.values()) {
                b.append("<td class=\"num\">").append(counts.getOrDefault(s, 0)).append("</td>");
            }
            b.append("</tr>\n");
        });
        b.append("</table>\n");
    }

    private static void mostFailed(StringBuilder b, List<Gradebook.Row> rows) {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (Gradebook.Row r : rows) {
            if (r.report() == null) {
                continue;
            }
            for (GateResult g : r.report().gates()) {
                for (CheckResult c : g.checks()) {
                    if (!c.status().isPass()) {
                        String name = g.gate() + ": " + c.name() + (r.view().isHidden(c) ? " [hidden]" : "");
                        failures.computeIfAbsent(name, k -> new ArrayList<>()).add(r.record().name());
                    }
                }
            }
        }
        b.append("<h2>Checks that failed most</h2>");
        if (failures.isEmpty()) {
            b.append("<p>None failed.</p>\n");
            return;
        }
        b.append("<table><tr><th>check</th><th class=\"num\">failed for</th><th>submissions</th></tr>\n");
        failures.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size()))
                .limit(20).forEach(e -> b.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"num\">")
                        .append(e.getValue().size()).append("</td><td>").append(esc(String.join(", ", e.getValue().stream().limit(8).toList())))
                        .append(e.getValue().size() > 8 ? ", ..." : "").append("</td></tr>\n"));
        b.append("</table>\n");
    }

    private static void slowest(StringBuilder b, List<Gradebook.Row> rows) {
        record Timed(String what, String submission, long millis) {}
        List<Timed> checks = new ArrayList<>();
        List<Timed> gates = new ArrayList<>();
        for (Gradebook.Row r : rows) {
            if (r.report() == null) {
                continue;
            }
            for (GateResult g : r.report().gates()) {
                gates.add(new Timed(g.title(), r.record().name(), g.millis()));
                for (CheckResult c : g.checks()) {
                    checks.add(new Timed(g.gate() + ": " + c.name(), r.record().name(), c.millis()));
                }
            }
        }
        b.append("<h2>Slowest</h2><table><tr><th>gate run</th><th>submission</th><th class=\"num\">time</th></tr>\n");
        gates.stream().sorted(Comparator.comparingLong(Timed::millis).reversed()).limit(8)
                .forEach(t -> b.append("<tr><td>").append(esc(t.what())).append("</td><td>").append(esc(t.submission()))
                        .append("</td><td class=\"num\">").append(Html.seconds(t.millis())).append("</td></tr>\n"));
        b.append("</table><table><tr><th>check</th><th>submission</th><th class=\"num\">time</th></tr>\n");
        checks.stream().filter(t -> t.millis() > 0).sorted(Comparator.comparingLong(Timed::millis).reversed()).limit(12)
                .forEach(t -> b.append("<tr><td>").append(esc(t.what())).append("</td><td>").append(esc(t.submission()))
                        .append("</td><td class=\"num\">").append(Html.seconds(t.millis())).append("</td></tr>\n"));
        b.append("</table>\n");
    }

    private static void table(StringBuilder b, List<Gradebook.Row> rows) {
        b.append("<h2>Submissions</h2><table><tr><th>submission</th><th>result</th><th class=\"num\">score</th>"
                + "<th class=\"num\">time</th><th>first problem</th></tr>\n");
        for (Gradebook.Row r : rows) {
            BatchRecord rec = r.record();
            String result = BatchRecord.REJECTED.equals(rec.outcome()) ? "<span class=\"ERROR\">REJECTED</span>"
                    : Html.status(Status.valueOf(rec.status()));
            b.append("<tr><td><a href=\"submissions/").append(esc(rec.id())).append("/feedback.html\">").append(esc(rec.name()))
                    .append("</a></td><td>").append(result).append("</td><td class=\"num\">").append(Html.points(rec.score())).append("/")
                    .append(Html.points(rec.maxScore())).append("</td><td class=\"num\">").append(Html.seconds(rec.millis()))
                    .append("</td><td>").append(esc(Gradebook.note(rec, r.report()))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }
}
