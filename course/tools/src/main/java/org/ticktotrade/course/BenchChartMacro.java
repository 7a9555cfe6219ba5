package org.ticktotrade.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * {@code kata-bench-chart::week-01[]} (optionally {@code [comparison=ring-vs-lock]}): the week's recorded
 * benchmark figures as a chart (drawn at build time by {@link BenchChart}) with a caption that says where
 * they came from (machine, JDK, date, the command that regenerates them), then the figures as a table.
 */
@Name("kata-bench-chart")
public final class BenchChartMacro extends BlockMacroProcessor {

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        PageContext page = PageContext.of(parent);
        SitePlan.WeekEntry week = page == null ? null : page.plan().week(target).orElse(null);
        Path data = page == null ? null : Path.of(page.plan().dataDir()).resolve((week == null ? target : week.id()) + "-bench.json");
        if (week == null || !Files.isRegularFile(data)) {
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), "kata-bench-chart: no recorded figures for '" + target
                    + "' (expected " + data + "; record them with ./kata author record-bench " + target + ")"));
            return createBlock(parent, "paragraph", "(no recorded benchmark figures for " + target + ")");
        }
        BenchFigures figures = BenchFigures.load(data);
        Object only = attributes.get("comparison");
        Map<String, Object> rootAttributes = new LinkedHashMap<>();
        rootAttributes.put("role", "kata-bench");
        Block root = createBlock(parent, "open", List.<String>of(), rootAttributes);
        for (BenchFigures.Comparison c : figures.comparisons()) {
            if (only != null && !only.toString().equals(c.id()) || c.pairs().isEmpty()) {
                continue;
            }
            String src = page.href(week.slug() + "/" + BenchChart.FOLDER + "/" + BenchChart.fileName(figures, c));
            String html = "<figure class=\"kata-chart\" id=\"chart-" + PageContext.html(c.id()) + "\">"
                    + "<img src=\"" + PageContext.html(src) + "\" alt=\"" + PageContext.html(BenchChart.title(c) + ", "
                    + c.unit() + " per pair") + "\" width=\"720\" height=\"380\">"
                    + "<figcaption><strong>" + PageContext.html(c.title()) + ".</strong> " + PageContext.html(verdict(c)) + " "
                    + PageContext.html(provenance(figures)) + "</figcaption></figure>";
            root.append(createBlock(root, "pass", html));
            parseContent(root, table(c));
        }
        return root;
    }

    /** "Measured on AMD EPYC (2 cores), JDK 25.0.3 ..., Linux ..., on 2026-11-22, ..." */
    static String provenance(BenchFigures f) {
        BenchFigures.Machine m = f.machine();
        return "Measured on the course's " + (f.sources() == null ? "reference" : f.sources()) + " solution, on "
                + (m == null ? "an unrecorded machine" : m.cpuModel() + " (" + m.cores() + " cores), JDK " + m.jdk() + ", " + m.os())
                + ", on " + f.recordedDate() + ". Regenerate with: " + f.command() + " (then rebuild the site).";
    }

    static String verdict(BenchFigures.Comparison c) {
        if (c.ratio() == null) {
            return "";
        }
        String measured = String.format(Locale.ROOT, "%s does %.2fx the work of %s in the same time (95%% interval %.2f-%.2fx over %d interleaved pairs)",
                BenchFigures.shortName(c.candidate()), c.ratio(), BenchFigures.shortName(c.baseline()), c.low(), c.high(), c.pairs().size());
        if (!c.gated()) {
            return measured + "; reported, not gated.";
        }
        return measured + String.format(Locale.ROOT, "; the gate needs %.1fx: %s.", c.minRatio(), c.verdict().toLowerCase(Locale.ROOT));
    }

    private static List<String> table(BenchFigures.Comparison c) {
        String candidate = BenchFigures.shortName(c.candidate());
        String baseline = BenchFigures.shortName(c.baseline());
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("[.kata-bench-figures,cols=\"1,2,2,2\",options=\"header\"]");
        lines.add("|===");
        lines.add("| pair | " + candidate + " (" + c.unit() + ") | " + baseline + " (" + c.unit() + ") | advantage");
        for (BenchFigures.Pair p : c.pairs()) {
            double advantage = c.higherIsBetter() ? p.candidate() / p.baseline() : p.baseline() / p.candidate();
            lines.add(String.format(Locale.ROOT, "| %d | %s | %s | %.2fx", p.pair(), number(p.candidate()), number(p.baseline()), advantage));
        }
        lines.add("|===");
        return lines;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 1 ? "%.2f" : "%.3f", v);
    }
}
