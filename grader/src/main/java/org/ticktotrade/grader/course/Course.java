package org.ticktotrade.grader.course;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The course checkout: its root folder and the week modules in it (any folder with a week.toml). */
public final class Course {

    public static final String MANIFEST = "week.toml";

    private static final TomlMapper TOML = TomlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path root;

    public Course(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The checkout to work in: {@code -Dkata.home} (set by the ./kata launcher and the grader's own
     * tests), else the nearest folder upwards from the working directory holding {@code kata}.
     */
    public static Course locate() {
        String home = System.getProperty("kata.home");
        if (home != null && !home.isBlank()) {
            return new Course(Path.of(home));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("kata")) && Files.isDirectory(dir.resolve("grader"))) {
                return new Course(dir);
            }
        }
        throw new IllegalStateException("not inside a Tick to Trade checkout (no ./kata found upwards from "
                + Path.of("").toAbsolutePath() + ")");
    }

    public Path root() {
        return root;
    }

    public List<Week> weeks() {
        List<Week> weeks = new ArrayList<>();
        for (Path dir : weekDirs()) {
            weeks.add(load(dir));
        }
        return weeks;
    }

    /**
     * Every module folder holding a week.toml, whether or not its manifest is valid: the weeks in order, then the
     * other modules (the capstone) by name, so the capstone comes last everywhere the course is listed.
     */
    public List<Path> weekDirs() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(MANIFEST)))
                    .sorted(Comparator.comparing((Path d) -> !d.getFileName().toString().startsWith("week-"))
                            .thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finds a week by id ({@code week-01}), folder name ({@code week-01-ownership-types}) or number
     * ({@code 1}, {@code 01}).
     */
    public Optional<Week> week(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (wanted.matches("\\d{1,2}")) {
            wanted = "week-%02d".formatted(Integer.parseInt(wanted));
        }
        for (Week week : weeks()) {
            if (week.id().equals(wanted) || week.slug().equals(wanted)) {
                return Optional.of(week);
            }
        }
        return Optional.empty();
    }

    public List<String> weekIds() {
        return weeks().stream().map(Week::id).toList();
    }

    public static Week load(Path weekDir) {
        Path file = weekDir.resolve(MANIFEST);
        WeekManifest manifest;
        try {
            manifest = TOML.readValue(file.toFile(), WeekManifest.class);
        } catch (IOException e) {
            throw new ManifestException(file + ": " + firstLine(e.getMessage()), e);
        }
        List<String> problems = ManifestRules.problems(manifest, weekDir);
        if (!problems.isEmpty()) {
            throw new ManifestException(file + ":\n  - " + String.join("\n  - ", problems));
        }
        return new Week(weekDir.toAbsolutePath().normalize(), manifest);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
