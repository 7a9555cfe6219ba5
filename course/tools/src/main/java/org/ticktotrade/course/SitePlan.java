package org.ticktotrade.course;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the site holds, in reading order: the landing page, the syllabus, then for every week that
 * exists its overview, its lessons, its project brief and its measured benchmarks. {@link SitePlanner}
 * writes it once per build; the Asciidoctor extensions read it to draw navigation and to know which
 * weeks exist, so a page never links to a week that is not there.
 *
 * @param siteDir   where the HTML goes (absolute)
 * @param dataDir   the course's recorded data (benchmark figures), absolute
 * @param weeks     every week module found (a folder with a week.toml), in order
 * @param pages     every page, in reading order (previous/next follow it)
 */
public record SitePlan(String courseRoot, String siteDir, String dataDir, List<WeekEntry> weeks, List<Page> pages) {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, SitePlan> LOADED = new ConcurrentHashMap<>();

    public SitePlan {
        weeks = List.copyOf(weeks);
        pages = List.copyOf(pages);
    }

    /**
     * @param id       {@code week-01}
     * @param slug     the module folder, {@code week-01-ownership-types}; also its folder in the site
     * @param overview the week's overview page (its README.adoc, or one made from week.toml)
     * @param project  the project brief's page, or null when the week has no project.adoc yet
     * @param results  the measured-benchmarks page, or null when no figures were recorded for the week
     */
    public record WeekEntry(String id, String slug, String title, String summary, String overview,
                            List<LessonEntry> lessons, String project, String results) {
        public WeekEntry {
            lessons = List.copyOf(lessons);
        }

        /** "Week 01", "Capstone". */
        public String label() {
            return id.startsWith("week-") ? "Week " + id.substring(5) : Character.toUpperCase(id.charAt(0)) + id.substring(1);
        }
    }

    /**
     * @param page the lesson's page, or null while the lesson is only planned (no file yet)
     * @param quiz the quiz file, relative to the week folder, or null
     */
    public record LessonEntry(int number, String title, String page, String quiz) {}

    /**
     * @param path   site-relative path of the HTML page ({@code week-01-ownership-types/lessons/lesson-01-x.html})
     * @param title  how navigation names it
     * @param kind   landing, syllabus, overview, lesson, project or results
     * @param week   the week's slug, or null for course pages
     * @param source the AsciiDoc it renders (absolute), or null when the build wrote the page itself
     */
    public record Page(String path, String title, String kind, String week, String source) {}

    public Optional<Page> page(String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    public Optional<Page> previous(String path) {
        int i = indexOf(path);
        return i > 0 ? Optional.of(pages.get(i - 1)) : Optional.empty();
    }

    public Optional<Page> next(String path) {
        int i = indexOf(path);
        return i >= 0 && i + 1 < pages.size() ? Optional.of(pages.get(i + 1)) : Optional.empty();
    }

    /** A week by id ({@code week-01}) or folder name ({@code week-01-ownership-types}). */
    public Optional<WeekEntry> week(String name) {
        return weeks.stream().filter(w -> w.id().equals(name) || w.slug().equals(name)).findFirst();
    }

    private int indexOf(String path) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read once per build: every page's extensions ask for the same plan. */
    public static SitePlan load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize() + "@" + lastModified(file), k -> {
            try {
                return JSON.readValue(file.toFile(), SitePlan.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the site plan " + file, e);
            }
        });
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The href from one site page to another (both site-relative), e.g. {@code ../project.html}. */
    public static String href(String fromPage, String toPage) {
        Path from = Path.of(fromPage).getParent();
        Path to = Path.of(toPage);
        String rel = (from == null ? to : from.relativize(to)).toString();
        return rel.replace('\\', '/');
    }
}
