package org.ticktotrade.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/** {@code kata-weeks::[]}: the weeks that exist in this checkout, each linked, with its summary. */
@Name("kata-weeks")
public final class WeeksMacro extends BlockMacroProcessor {

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        PageContext page = PageContext.of(parent);
        List<String> lines = new ArrayList<>();
        if (page == null || page.plan().weeks().isEmpty()) {
            lines.add("No week is written yet.");
        } else {
            for (SitePlan.WeekEntry week : page.plan().weeks()) {
                long lessons = week.lessons().stream().filter(l -> l.page() != null).count();
                lines.add("* " + ModuleMacro.link(page, week.overview(), week.label() + ": " + week.title())
                        + " -- " + lessons + (lessons == 1 ? " lesson" : " lessons")
                        + (week.project() != null ? " and a project" : "")
                        + (week.summary() == null ? "" : ". " + week.summary().strip().replaceAll("\\s*\\R\\s*", " ")));
            }
        }
        Map<String, Object> blockAttributes = new LinkedHashMap<>();
        blockAttributes.put("role", "kata-weeks");
        Block block = createBlock(parent, "open", List.<String>of(), blockAttributes);
        parseContent(block, lines);
        return block;
    }
}
