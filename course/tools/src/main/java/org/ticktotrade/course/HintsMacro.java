package org.ticktotrade.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;

/**
 * {@code kata-hints::spsc-ring[]} renders an exercise's progressive hints from week.toml, their single
 * source ({@code ./kata hint} reads the same list). Each hint is a collapsed block; the page's script
 * shows the next one only after the previous has been opened, mildest first, as the terminal does.
 */
@Name("kata-hints")
public final class HintsMacro extends BlockMacroProcessor {

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        PageContext page = PageContext.of(parent);
        if (page == null || page.weekDir() == null) {
            return error(parent, "kata-hints::" + target + "[] is only available on a week's pages");
        }
        Week week;
        try {
            week = Course.load(page.weekDir());
        } catch (RuntimeException e) {
            return error(parent, "kata-hints: " + e.getMessage());
        }
        WeekManifest.Exercise exercise = week.manifest().exercise(target).orElse(null);
        if (exercise == null) {
            return error(parent, "kata-hints: " + week.id() + " has no exercise '" + target + "'; week.toml declares "
                    + week.manifest().exercises().stream().map(WeekManifest.Exercise::id).toList());
        }
        Map<String, Object> rootAttributes = new LinkedHashMap<>();
        rootAttributes.put("role", "kata-hints");
        rootAttributes.put("id", "hints-" + exercise.id());
        Block root = createBlock(parent, "open", List.<String>of(), rootAttributes);
        root.setId("hints-" + exercise.id());
        root.setTitle("Hints: " + exercise.title());
        List<String> lines = new ArrayList<>();
        lines.add("Stuck? Open one hint at a time, mildest first. In the terminal, `./kata hint " + week.id() + " "
                + exercise.id() + "` gives the same hints.");
        int n = 0;
        for (String hint : exercise.hints()) {
            n++;
            lines.add("");
            lines.add(".Hint " + n + " of " + exercise.hints().size());
            lines.add("[%collapsible.kata-hint]");
            lines.add("======");
            lines.addAll(PageContext.adocLines(hint));
            lines.add("======");
        }
        parseContent(root, lines);
        return root;
    }

    private StructuralNode error(StructuralNode parent, String message) {
        log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), message));
        return createBlock(parent, "paragraph", "(hints unavailable: see the build log)");
    }
}
