package org.ticktotrade.grader.course;

import java.nio.file.Files;
import java.nio.file.Path;

/** A week module on disk (design section 3) and its manifest. */
public record Week(Path dir, WeekManifest manifest) {

    public String id() {
        return manifest.id();
    }

    /** The folder name, e.g. {@code week-01-ownership-types}. */
    public String slug() {
        return dir.getFileName().toString();
    }

    public String title() {
        return manifest.title();
    }

    public Path starterSources() {
        return dir.resolve("src/main/java");
    }

    public Path referenceSources() {
        return dir.resolve("src/reference/java");
    }

    public Path testSources() {
        return dir.resolve("src/test/java");
    }

    public Path hiddenTestSources() {
        return dir.resolve("src/hidden-test/java");
    }

    public Path stressSources() {
        return dir.resolve("src/jcstress/java");
    }

    public Path benchSources() {
        return dir.resolve("src/jmh/java");
    }

    /** Lessons' example classes and their tests: compiled with the week, never graded. */
    public Path exampleSources() {
        return dir.resolve("src/examples/java");
    }

    /** Where the grader keeps its builds, forks' scratch space and reports for this week. */
    public Path workDir() {
        return dir.resolve("target/kata");
    }

    public boolean hasReference() {
        return Files.isDirectory(referenceSources());
    }
}
