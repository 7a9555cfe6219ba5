package org.ticktotrade.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site's last build step: every internal link and resource of every generated page resolves, and
 * nothing the pages load comes from outside the site.
 *
 * <p>Asciidoctor checks {@code <<anchor>>} references (the plugin fails on its INFO message) but says
 * nothing about {@code xref:other.adoc#x[]} to a page or anchor that does not exist, nor about a link
 * typed by hand. This check reads the HTML as a browser would: every {@code href} and {@code src} that
 * stays in the site must name a file that exists and, with a fragment, an id in it. A stylesheet,
 * script, image or frame from the network fails (the site is read offline); a plain {@code <a>} to the
 * web is a link a reader may follow, and is allowed. It also checks every page of the plan was written
 * and every quiz a week declares is rendered in its lesson.
 */
public final class LinkCheck {

    private static final Pattern TAG = Pattern.compile("<(a|link|script|img|iframe|source|video|audio|embed|object)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\b(href|src|data)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_REMOTE = Pattern.compile("(@import\\s+[\"']?|url\\(\\s*[\"']?)((?:https?:)?//[^\"')\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final Path siteDir;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    public LinkCheck(Path siteDir) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
    }

    /** {@code LinkCheck SITE_DIR PLAN_FILE}: fails (with every problem listed) unless the site is whole. */
    public static void main(String[] args) {
        Path site = Path.of(args[0]);
        SitePlan plan = SitePlan.load(Path.of(args[1]));
        LinkCheck check = new LinkCheck(site);
        List<String> problems = new ArrayList<>(check.problems());
        problems.addAll(check.planProblems(plan));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the site has " + problems.size() + " broken link(s) or missing page(s):\n  - "
                    + String.join("\n  - ", problems));
        }
        System.out.printf("[site] links checked: %d pages, every internal link and resource resolves, nothing loads from outside%n",
                check.pages().size());
    }

    public List<Path> pages() {
        try (Stream<Path> files = Files.walk(siteDir)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every broken internal link, missing fragment and remote resource, as "page: problem" lines. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            String html = read(page);
            String name = siteDir.relativize(page).toString();
            Matcher tag = TAG.matcher(html);
            while (tag.find()) {
                String element = tag.group(1).toLowerCase(Locale.ROOT);
                Matcher attr = URL_ATTRIBUTE.matcher(tag.group(2));
                while (attr.find()) {
                    String problem = checkUrl(page, element, unescape(attr.group(2)));
                    if (problem != null) {
                        problems.add(name + ": " + problem);
                    }
                }
            }
            Matcher style = STYLE.matcher(html);
            while (style.find()) {
                remoteInCss(style.group(1)).forEach(u -> problems.add(name + ": a stylesheet loads " + u + " from the network"));
            }
        }
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                remoteInCss(read(css)).forEach(u -> problems.add(siteDir.relativize(css) + ": loads " + u + " from the network"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Pages the plan promised but the build did not write, and declared quizzes a lesson does not render. */
    public List<String> planProblems(SitePlan plan) {
        List<String> problems = new ArrayList<>();
        for (SitePlan.Page page : plan.pages()) {
            if (!Files.isRegularFile(siteDir.resolve(page.path()))) {
                problems.add(page.path() + ": planned page was not written");
            }
        }
        for (SitePlan.WeekEntry week : plan.weeks()) {
            for (SitePlan.LessonEntry lesson : week.lessons()) {
                if (lesson.page() == null || lesson.quiz() == null || !Files.isRegularFile(siteDir.resolve(lesson.page()))) {
                    continue;
                }
                String quiz = week.slug() + "/" + Path.of(lesson.quiz()).normalize().toString().replace('\\', '/');
                if (!read(siteDir.resolve(lesson.page())).contains("data-kata-quiz=\"" + quiz + "\"")) {
                    problems.add(lesson.page() + ": week.toml gives lesson " + lesson.number() + " the quiz " + lesson.quiz()
                            + ", but the page does not render it (add kata-quiz::" + Path.of(lesson.quiz()).getFileName() + "[] to the lesson)");
                }
            }
        }
        return problems;
    }

    private String checkUrl(Path page, String element, String url) {
        if (url.isEmpty()) {
            return element.equals("a") ? null : "<" + element + "> with an empty address";
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            // a link the reader may follow is fine; anything the page itself would fetch is not
            return element.equals("a") ? null : "<" + element + "> loads " + url + " from the network";
        }
        if (lower.startsWith("mailto:") || lower.startsWith("data:")) {
            return null;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return "<" + element + "> uses an unexpected scheme: " + url;
        }
        if (url.startsWith("/")) {
            return "<" + element + "> uses a site-absolute path, which breaks when the site is opened from disk: " + url;
        }
        int hash = url.indexOf('#');
        String path = hash >= 0 ? url.substring(0, hash) : url;
        String fragment = hash >= 0 ? url.substring(hash + 1) : null;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(siteDir)) {
            return "<" + element + "> points outside the site: " + url;
        }
        if (!Files.exists(target)) {
            return "broken link " + url + " (no " + siteDir.relativize(target) + " in the site)";
        }
        if (Files.isDirectory(target)) {
            return "link " + url + " names a folder: opened from disk it shows a file listing, not a page";
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids(target).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
            return "broken anchor " + url + " (" + siteDir.relativize(target) + " has no id '" + fragment + "')";
        }
        return null;
    }

    private Set<String> ids(Path page) {
        return idsByPage.computeIfAbsent(page, p -> {
            Set<String> ids = new HashSet<>();
            Matcher m = ID.matcher(read(p));
            while (m.find()) {
                ids.add(unescape(m.group(1)));
            }
            return ids;
        });
    }

    private static List<String> remoteInCss(String css) {
        List<String> found = new ArrayList<>();
        Matcher m = CSS_REMOTE.matcher(CSS_COMMENT.matcher(css).replaceAll(""));
        while (m.find()) {
            found.add(m.group(2));
        }
        return found;
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#8217;", "'");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
