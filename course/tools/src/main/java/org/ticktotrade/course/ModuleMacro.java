package org.ticktotrade.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * {@code kata-module::week-02-orderbook[]} (in the syllabus): where to read a module. A module that
 * exists gets links to its overview, lessons, project and measured results; one that does not is
 * marked as coming, with no link, because there is nothing yet to link to.
 */
@Name("kata-module")
public final class ModuleMacro extends BlockMacroProcessor {

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        PageContext page = PageContext.of(parent);
        SitePlan.WeekEntry week = page == null ? null : page.plan().week(target).orElse(null);
        Map<String, Object> blockAttributes = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        if (week == null) {
            blockAttributes.put("role", "kata-module kata-coming");
            lines.add("*Coming.* This module is not written yet: the plan above is what it will build.");
        } else {
            blockAttributes.put("role", "kata-module kata-available");
            lines.add("*Available:* " + link(page, week.overview(), "the " + week.label() + " overview") + ".");
            lines.add("");
            for (SitePlan.LessonEntry lesson : week.lessons()) {
                String title = "Lesson " + lesson.number() + ": " + lesson.title();
                lines.add(lesson.page() == null ? "* " + title + " -- _being written_" : "* " + link(page, lesson.page(), title));
            }
            if (week.project() != null) {
                lines.add("* " + link(page, week.project(), "The project brief"));
            }
            if (week.results() != null) {
                lines.add("* " + link(page, week.results(), "What the benchmarks measured"));
            }
        }
        Block block = createBlock(parent, "open", List.<String>of(), blockAttributes);
        parseContent(block, lines);
        return block;
    }

    static String link(PageContext page, String toPage, String text) {
        return "link:" + page.href(toPage) + "[" + text.replace("]", "\\]") + "]";
    }
}
