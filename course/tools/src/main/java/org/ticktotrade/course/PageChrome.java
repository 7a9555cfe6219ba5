package org.ticktotrade.course;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

/**
 * The site's frame around every page: its local stylesheet and script, a bar to the course, the
 * syllabus and every week that exists (and, on a week's pages, to each of its pages), and previous/next
 * links in reading order. Asciidoctor's docinfo can only add to the head and the end of the body, so the
 * frame is put in place after conversion.
 */
public final class PageChrome extends Postprocessor {

    private static final Pattern BODY = Pattern.compile("<body[^>]*>");

    @Override
    public String process(Document document, String output) {
        PageContext page = PageContext.of(document);
        if (page == null || !output.contains("</head>")) {
            return output;
        }
        String root = page.root();
        String head = "<link rel=\"stylesheet\" href=\"" + root + "assets/kata.css\">\n"
                + "<script src=\"" + root + "assets/kata.js\" defer></script>\n";
        String out = output.replace("</head>", head + "</head>");
        Matcher body = BODY.matcher(out);
        if (body.find()) {
            out = out.substring(0, body.end()) + "\n" + topBar(page) + out.substring(body.end());
        }
        String pager = pager(page);
        int footer = out.indexOf("<div id=\"footer\">");
        int at = footer >= 0 ? footer : out.lastIndexOf("</body>");
        return out.substring(0, at) + pager + out.substring(at);
    }

    private static String topBar(PageContext page) {
        SitePlan plan = page.plan();
        SitePlan.WeekEntry current = page.week();
        SitePlan.Page self = plan.page(page.page()).orElse(null);
        StringBuilder sb = new StringBuilder();
        sb.append("<header class=\"kata-bar\" data-kata-page=\"").append(PageContext.html(self == null ? "" : self.kind())).append("\">\n");
        sb.append("<nav class=\"kata-course-nav\" aria-label=\"Course\">");
        sb.append(link(page, "index.html", "Tick to Trade", "kata-home"));
        sb.append(link(page, "syllabus.html", "Syllabus", null));
        if (!plan.weeks().isEmpty()) {
            sb.append("<span class=\"kata-weeks-nav\">");
            for (SitePlan.WeekEntry week : plan.weeks()) {
                sb.append(link(page, week.overview(), week.label(), week == current ? "kata-current" : null));
            }
            sb.append("</span>");
        }
        sb.append("</nav>\n");
        if (current != null) {
            sb.append("<nav class=\"kata-week-nav\" aria-label=\"").append(PageContext.html(current.label())).append("\">");
            sb.append("<span class=\"kata-week-title\">").append(PageContext.html(current.label() + ": " + current.title())).append("</span>");
            sb.append(link(page, current.overview(), "Overview", null));
            for (SitePlan.LessonEntry lesson : current.lessons()) {
                if (lesson.page() != null) {
                    sb.append(link(page, lesson.page(), "Lesson " + lesson.number(), null, lesson.title()));
                }
            }
            if (current.project() != null) {
                sb.append(link(page, current.project(), "Project", null));
            }
            if (current.results() != null) {
                sb.append(link(page, current.results(), "Measured", null));
            }
            sb.append("</nav>\n");
        }
        sb.append("</header>\n");
        return sb.toString();
    }

    private static String pager(PageContext page) {
        StringBuilder sb = new StringBuilder("<nav class=\"kata-pager\" aria-label=\"Previous and next\">");
        page.plan().previous(page.page()).ifPresent(p ->
                sb.append("<a rel=\"prev\" href=\"").append(PageContext.html(page.href(p.path()))).append("\"><span>Previous</span>")
                        .append(PageContext.html(p.title())).append("</a>"));
        page.plan().next(page.page()).ifPresent(p ->
                sb.append("<a rel=\"next\" href=\"").append(PageContext.html(page.href(p.path()))).append("\"><span>Next</span>")
                        .append(PageContext.html(p.title())).append("</a>"));
        return sb.append("</nav>\n").toString();
    }

    private static String link(PageContext page, String to, String text, String cssClass) {
        return link(page, to, text, cssClass, null);
    }

    private static String link(PageContext page, String to, String text, String cssClass, String title) {
        boolean here = to.equals(page.page());
        return "<a href=\"" + PageContext.html(page.href(to)) + "\""
                + (cssClass != null || here ? " class=\"" + (cssClass == null ? "" : cssClass) + (here ? " kata-here" : "") + "\"" : "")
                + (here ? " aria-current=\"page\"" : "")
                + (title != null ? " title=\"" + PageContext.html(title) + "\"" : "")
                + ">" + PageContext.html(text) + "</a>";
    }
}
