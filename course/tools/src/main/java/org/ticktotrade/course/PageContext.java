package org.ticktotrade.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Document;

/**
 * What an extension needs to know about the page it is working on. {@link SitePlanner} writes these as
 * attributes at the top of every staged page: {@code kata-page} (the page's site path), {@code kata-plan}
 * (the plan file), {@code kata-source-dir} (the folder of the real document, against which the macros
 * resolve their paths, as authors expect) and {@code kata-week-dir}.
 */
record PageContext(SitePlan plan, String page, Path sourceDir, Path weekDir) {

    /** Null when the document was not staged by the site build (then the macros do nothing useful). */
    static PageContext of(ContentNode node) {
        Document doc = node.getDocument();
        String plan = attribute(doc, "kata-plan");
        String page = attribute(doc, "kata-page");
        if (plan == null || page == null) {
            return null;
        }
        String source = attribute(doc, "kata-source-dir");
        String week = attribute(doc, "kata-week-dir");
        return new PageContext(SitePlan.load(Path.of(plan)), page,
                source == null ? Path.of(".") : Path.of(source), week == null ? null : Path.of(week));
    }

    private static String attribute(Document doc, String name) {
        Object v = doc.getAttribute(name);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    /** The href from this page to another site page. */
    String href(String toPage) {
        return SitePlan.href(page, toPage);
    }

    /** {@code ../../} from this page to the site's root (empty at the root). */
    String root() {
        int depth = page.split("/").length - 1;
        return "../".repeat(depth);
    }

    /** The week this page belongs to, from the plan (null for course pages). */
    SitePlan.WeekEntry week() {
        return plan.page(page).map(SitePlan.Page::week).flatMap(plan::week).orElse(null);
    }

    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Quiz and hint text is written in the TOML as plain lines with Markdown-style code fences (the
     * mdbook-quiz habit). It becomes AsciiDoc: fences turn into highlighted source blocks, everything else
     * is AsciiDoc inline markup already (backticks for code, {@code *bold*}, {@code _emphasis_}).
     */
    static List<String> adocLines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        boolean inFence = false;
        List<String> fence = new ArrayList<>();
        String language = "";
        for (String line : text.strip().split("\\R", -1)) {
            String trimmed = line.strip();
            if (!inFence && trimmed.startsWith("```")) {
                inFence = true;
                language = trimmed.substring(3).strip();
                fence.clear();
            } else if (inFence && trimmed.equals("```")) {
                inFence = false;
                out.add("");
                out.addAll(listing(language.isEmpty() ? "java" : language, fence));
                out.add("");
            } else if (inFence) {
                fence.add(line);
            } else {
                out.add(line);
            }
        }
        if (inFence) {
            out.addAll(listing(language.isEmpty() ? "java" : language, fence));
        }
        return out;
    }

    /** A highlighted source block; its delimiter is longer than any dash run in the code, so code cannot end it. */
    static List<String> listing(String language, List<String> code) {
        int longest = 3;
        for (String line : code) {
            if (line.strip().matches("-{4,}")) {
                longest = Math.max(longest, line.strip().length());
            }
        }
        String delimiter = "-".repeat(longest + 1);
        List<String> out = new ArrayList<>();
        out.add("[source," + language + "]");
        out.add(delimiter);
        out.addAll(code);
        out.add(delimiter);
        return out;
    }
}
