package org.ticktotrade.grader.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;

/**
 * Builds submissions for the grader's tests: a copy of a week's reference with one fixture applied
 * (files that replace, or {@code edits.toml} find-and-replace edits). See resources/fixtures/README.md.
 */
public final class Fixtures {

    private Fixtures() {}

    public static Course course() {
        return Course.locate();
    }

    public static Week week(String id) {
        return course().week(id).orElseThrow();
    }

    /** A submission folder ({@code <dir>/src/main/java}) for the named fixture of a week. */
    public static Path submission(String weekId, String fixture, Path dir) {
        Week week = week(weekId);
        Path src = dir.resolve("src/main/java");
        copyTree(week.referenceSources(), src);
        stripMarkers(src);
        Path fixtureDir = fixtureRoot().resolve(weekId).resolve(fixture);
        if (!Files.isDirectory(fixtureDir)) {
            throw new IllegalArgumentException("no fixture " + fixtureDir);
        }
        Path org = fixtureDir.resolve("org");
        if (Files.isDirectory(org)) {
            copyTree(org, src.resolve("org"));
        }
        Path edits = fixtureDir.resolve("edits.toml");
        if (Files.isRegularFile(edits)) {
            applyEdits(edits, src);
        }
        return dir;
    }

    public static Path fixtureRoot() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void applyEdits(Path editsFile, Path src) {
        try {
            JsonNode edits = new TomlMapper().readTree(editsFile.toFile());
            for (JsonNode e : edits.path("edits")) {
                Path file = src.resolve(e.path("file").asText());
                String text = Files.readString(file);
                String find = e.path("find").asText();
                if (!text.contains(find)) {
                    throw new IllegalStateException(editsFile + ": '" + find + "' no longer occurs in " + file
                            + " (the reference changed; update the fixture)");
                }
                Files.writeString(file, text.replace(find, e.path("replace").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A submission is plain code: the reference's solution markers are an authoring detail. */
    private static void stripMarkers(Path src) {
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Files.writeString(f, text.replaceAll("(?m)^\\s*// kata:(solution|end|starter).*\\n", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
