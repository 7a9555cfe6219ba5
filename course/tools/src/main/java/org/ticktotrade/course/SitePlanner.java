package org.ticktotrade.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.ManifestException;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;

/**
 * The first step of the site build: finds every week (any folder with a week.toml), decides the pages
 * and their order, and stages one small AsciiDoc file per page for the Asciidoctor Maven plugin.
 *
 * <p>A staged page is a stub that includes the real file where it lives ({@code include::/abs/week/lessons/x.adoc[]}),
 * after a few attributes (offline settings, which page this is, where the plan is). Nothing is copied:
 * Asciidoctor reads the lesson in place, so its relative {@code include::../src/...} paths keep working,
 * and the stubs mirror the site's layout, so {@code xref:} between pages resolves as authors wrote it.
 * Pages the build writes itself (an overview from week.toml while a week has no README, the measured
 * benchmarks) are staged in full. Charts are drawn here, from the course's recorded figures.
 */
public final class SitePlanner {

    private final Path courseRoot;
    private final Path docsDir;
    private final Path assetsDir;
    private final Path dataDir;
    private final Path stagingDir;
    private final Path siteDir;
    private final Path planFile;

    public SitePlanner(Path courseRoot, Path docsDir, Path assetsDir, Path dataDir, Path stagingDir, Path siteDir, Path planFile) {
        this.courseRoot = courseRoot.toAbsolutePath().normalize();
        this.docsDir = docsDir.toAbsolutePath().normalize();
        this.assetsDir = assetsDir.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.stagingDir = stagingDir.toAbsolutePath().normalize();
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.planFile = planFile.toAbsolutePath().normalize();
    }

    /**
     * {@code SitePlanner COURSE_ROOT DOCS_DIR ASSETS_DIR DATA_DIR STAGING_DIR SITE_DIR PLAN_FILE}, run by
     * Maven before the Asciidoctor plugin.
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // charts are drawn off screen, also where a display exists
        if (args.length != 7) {
            throw new IllegalArgumentException("usage: SitePlanner COURSE_ROOT DOCS_DIR ASSETS_DIR DATA_DIR STAGING_DIR SITE_DIR PLAN_FILE");
        }
        SitePlan plan = new SitePlanner(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
                Path.of(args[5]), Path.of(args[6])).stage();
        System.out.printf("[site] %d pages staged from %d week(s): %s%n", plan.pages().size(), plan.weeks().size(),
                String.join(", ", plan.weeks().stream().map(SitePlan.WeekEntry::slug).toList()));
    }

    /** Plans the site, writes the plan and stages every page, asset and chart. */
    public SitePlan stage() {
        SitePlan plan = plan();
        deleteTree(stagingDir);
        deleteTree(siteDir); // a page whose source was removed must not linger in the site
        plan.write(planFile);
        for (SitePlan.Page page : plan.pages()) {
            if (page.source() != null) {
                write(stagingDir.resolve(adocPath(page.path())), stub(plan, page));
            }
        }
        for (SitePlan.WeekEntry week : plan.weeks()) {
            Path weekDir = courseRoot.resolve(week.slug());
            copyImages(weekDir.resolve("lessons"), stagingDir.resolve(week.slug()).resolve("lessons"));
            if (plan.page(week.overview()).orElseThrow().source() == null) {
                write(stagingDir.resolve(adocPath(week.overview())), header(plan, week.overview(), weekDir, weekDir) + generatedOverview(week));
            }
            if (week.results() != null) {
                BenchFigures figures = BenchFigures.load(benchFile(week.id()));
                write(stagingDir.resolve(adocPath(week.results())), header(plan, week.results(), weekDir, weekDir) + resultsPage(week, figures));
                BenchChart.writeAll(figures, stagingDir.resolve(week.slug()).resolve(BenchChart.FOLDER));
            }
        }
        copyTree(assetsDir, stagingDir.resolve("assets"));
        return plan;
    }

    /** Decides the pages, in reading order, from what is on disk. */
    public SitePlan plan() {
        List<SitePlan.Page> pages = new ArrayList<>();
        for (Path doc : courseDocs()) {
            String name = doc.getFileName().toString();
            String kind = name.equals("index.adoc") ? "landing" : name.equals("syllabus.adoc") ? "syllabus" : "course";
            pages.add(new SitePlan.Page(htmlPath(name), titleOf(doc), kind, null, doc.toString()));
        }
        List<SitePlan.WeekEntry> weeks = new ArrayList<>();
        Course course = new Course(courseRoot);
        for (Path dir : course.weekDirs()) {
            Week week;
            try {
                week = Course.load(dir);
            } catch (ManifestException e) {
                throw new IllegalStateException("the site cannot be built: " + e.getMessage(), e);
            }
            WeekManifest m = week.manifest();
            String slug = week.slug();
            String label = new SitePlan.WeekEntry(m.id(), slug, m.title(), null, "", List.of(), null, null).label();

            Path readme = dir.resolve("README.adoc");
            String overview = slug + "/README.html";
            pages.add(new SitePlan.Page(overview, label + " overview", "overview", slug,
                    Files.isRegularFile(readme) ? readme.toString() : null));

            List<SitePlan.LessonEntry> lessons = new ArrayList<>();
            for (WeekManifest.Lesson lesson : m.lessons().stream().sorted(Comparator.comparingInt(WeekManifest.Lesson::number)).toList()) {
                String page = lesson.file() == null ? null : slug + "/" + htmlPath(lesson.file());
                lessons.add(new SitePlan.LessonEntry(lesson.number(), lesson.title(), page, lesson.quiz()));
                if (page != null) {
                    pages.add(new SitePlan.Page(page, "Lesson " + lesson.number() + ": " + lesson.title(), "lesson", slug,
                            dir.resolve(lesson.file()).normalize().toString()));
                }
            }
            String project = null;
            if (Files.isRegularFile(dir.resolve("project.adoc"))) {
                project = slug + "/project.html";
                pages.add(new SitePlan.Page(project, label + " project", "project", slug, dir.resolve("project.adoc").toString()));
            }
            String results = null;
            if (Files.isRegularFile(benchFile(m.id()))) {
                results = slug + "/benchmarks.html";
                pages.add(new SitePlan.Page(results, label + " measured", "results", slug, null));
            }
            weeks.add(new SitePlan.WeekEntry(m.id(), slug, m.title(), m.summary(), overview, lessons, project, results));
        }
        return new SitePlan(courseRoot.toString(), siteDir.toString(), dataDir.toString(), weeks, pages);
    }

    /** The course's own pages: index first, then the syllabus, then any others by name. */
    private List<Path> courseDocs() {
        try (Stream<Path> files = Files.list(docsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".adoc") && !f.getFileName().toString().startsWith("_"))
                    .sorted(Comparator.comparing((Path f) -> switch (f.getFileName().toString()) {
                        case "index.adoc" -> "0";
                        case "syllabus.adoc" -> "1";
                        default -> "2" + f.getFileName();
                    })).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path benchFile(String weekId) {
        return dataDir.resolve(weekId + "-bench.json");
    }

    /** A staged page: settings, then the real file included where it lives. */
    private String stub(SitePlan plan, SitePlan.Page page) {
        Path source = Path.of(page.source());
        Path weekDir = page.week() == null ? null : courseRoot.resolve(page.week());
        return header(plan, page.path(), source.getParent(), weekDir)
                + "include::" + source + "[]\n";
    }

    /**
     * The attributes every page starts with. They come before the included document's own header, so an
     * author can still override any of them (a lesson that wants {@code :toc: macro} gets it).
     */
    private String header(SitePlan plan, String pagePath, Path sourceDir, Path weekDir) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Staged by the site build (course/tools SitePlanner): edit the included file, not this one.\n");
        // Offline: no Google Fonts link (the pom attribute cannot remove it, a header entry can), no
        // remote icon font (admonitions show their label), highlighting done at build time by Rouge.
        sb.append(":webfonts!:\n:icons!:\n:source-highlighter: rouge\n:rouge-style: github\n");
        sb.append(":reproducible:\n:toc: left\n:toclevels: 2\n:sectanchors:\n:experimental:\n");
        sb.append(":kata-page: ").append(pagePath).append('\n');
        sb.append(":kata-plan: ").append(planFile).append('\n');
        sb.append(":kata-source-dir: ").append(sourceDir).append('\n');
        if (weekDir != null) {
            sb.append(":kata-week-dir: ").append(weekDir).append('\n');
        }
        return sb.toString();
    }

    /** The overview of a week that has no README.adoc yet: what week.toml says, and nothing invented. */
    private static String generatedOverview(SitePlan.WeekEntry week) {
        StringBuilder sb = new StringBuilder();
        sb.append("= ").append(week.label()).append(": ").append(week.title()).append("\n\n");
        if (week.summary() != null && !week.summary().isBlank()) {
            sb.append(week.summary().strip()).append("\n\n");
        }
        sb.append("NOTE: This week's overview is being written; this page lists what its manifest (week.toml) declares.\n\n");
        sb.append("== Lessons\n\n");
        for (SitePlan.LessonEntry lesson : week.lessons()) {
            String title = "Lesson " + lesson.number() + ": " + lesson.title();
            if (lesson.page() == null) {
                sb.append("* ").append(title).append(" -- _being written_\n");
            } else {
                sb.append("* xref:").append(adocPath(lesson.page().substring(week.slug().length() + 1))).append('[')
                        .append(title.replace("]", "\\]")).append("]\n");
            }
        }
        sb.append("\n== Project\n\n");
        sb.append(week.project() == null ? "The project brief is being written.\n" : "xref:project.adoc[The project brief]\n");
        return sb.toString();
    }

    /** The page that shows what the week's bench gate measured on the reference. */
    private static String resultsPage(SitePlan.WeekEntry week, BenchFigures figures) {
        return "= " + week.label() + ": what the benchmarks measured\n\n"
                + "The bench gate compares two arms in the same run, interleaved fork by fork, and judges the ratio pair "
                + "by pair. These are the figures the course's own reference produced; yours will differ with the machine, "
                + "which is why the gate only ever compares two arms measured side by side.\n\n"
                + "kata-bench-chart::" + week.id() + "[]\n";
    }

    static String htmlPath(String adoc) {
        return adoc.replaceAll("\\.adoc$", "") + ".html";
    }

    static String adocPath(String html) {
        return html.replaceAll("\\.html$", "") + ".adoc";
    }

    /** The document title (its first {@code = } line), for navigation. */
    static String titleOf(Path adoc) {
        try (Stream<String> lines = Files.lines(adoc)) {
            return lines.filter(l -> l.startsWith("= ")).map(l -> l.substring(2).strip()).findFirst()
                    .orElse(adoc.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A lesson's or README's {@code image::} (a plot a load run drew) points into the week's {@code lessons/}
     * folder, relative to the page; the pages are staged as stubs elsewhere, so the images go next to them, and
     * the Asciidoctor build copies them into the site with everything else that is not AsciiDoc.
     */
    private static void copyImages(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).filter(SitePlanner::isImage).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isImage(Path f) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".jpg") || name.endsWith(".gif");
    }

    private static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
