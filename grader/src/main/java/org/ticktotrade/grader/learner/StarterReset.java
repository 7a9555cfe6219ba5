package org.ticktotrade.grader.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.starter.StarterGenerator;

/**
 * Puts a week's starter back, after copying the learner's files to a timestamped backup under
 * {@code .kata/backups/}. The starter comes from the reference via the same generator the authors
 * use; a checkout without references (the student edition) restores it from git instead.
 */
public final class StarterReset {

    /**
     * @param backup  where the learner's files were copied (null when there were none)
     * @param how     one line on where the starter came from
     * @param changed the starter files written or removed
     */
    public record Outcome(Path backup, String how, List<Path> changed) {}

    private final Course course;
    private final Week week;

    public StarterReset(Course course, Week week) {
        this.course = course;
        this.week = week;
    }

    public Outcome reset() {
        Path backup = backup();
        if (week.hasReference()) {
            List<Path> changed = new StarterGenerator(week).write();
            return new Outcome(backup, "regenerated from the reference", changed);
        }
        return restoreFromGit(backup);
    }

    /** Copies {@code src/main/java} to {@code .kata/backups/<week>-<yyyyMMdd-HHmmss>/src/main/java}. */
    Path backup() {
        Path sources = week.starterSources();
        if (!Files.isDirectory(sources)) {
            return null;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = course.root().resolve(ProgressStore.DIR).resolve("backups").resolve(week.id() + "-" + stamp);
        for (int n = 2; Files.exists(target); n++) {
            target = target.resolveSibling(week.id() + "-" + stamp + "-" + n);
        }
        Path into = target.resolve("src/main/java");
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path p : walk.toList()) {
                Path to = into.resolve(sources.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not back up " + sources + "; nothing was reset: " + e.getMessage(), e);
        }
        return target;
    }

    private Outcome restoreFromGit(Path backup) {
        String path = course.root().relativize(week.starterSources()).toString();
        List<String> command = List.of("git", "-C", course.root().toString(), "checkout", "HEAD", "--", path);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("this checkout has no reference to regenerate the starter from, and "
                        + String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("git is needed to reset a checkout without references: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Outcome(backup, "restored from git (your last commit's " + path + "; files you added are left as they are)",
                new ArrayList<>());
    }
}
