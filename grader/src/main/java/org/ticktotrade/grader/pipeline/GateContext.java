package org.ticktotrade.grader.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkedJvm;

/**
 * What every gate of one run shares: the week, the sources under test, where to work, how to fork,
 * and what the build produced (set once the build gate has passed).
 *
 * The work dir is this run's scratch space (build outputs, forks' folders, reports); hidden tests
 * (instructor-only) run only when asked for.
 */
public final class GateContext {

    private final Course course;
    private final Week week;
    private final GradedSources sources;
    private final Path workDir;
    private final ForkedJvm forks;
    private final Progress progress;
    private final boolean hiddenTests;
    private BuildOutput build;

    public GateContext(Course course, Week week, GradedSources sources, Path workDir, ForkedJvm forks,
                       Progress progress, boolean hiddenTests) {
        this.course = course;
        this.week = week;
        this.sources = sources;
        this.workDir = workDir;
        this.forks = forks;
        this.progress = progress;
        this.hiddenTests = hiddenTests;
    }

    public Course course() {
        return course;
    }

    public Week week() {
        return week;
    }

    public GradedSources sources() {
        return sources;
    }

    public Path workDir() {
        return workDir;
    }

    public ForkedJvm forks() {
        return forks;
    }

    public Progress progress() {
        return progress;
    }

    public boolean hiddenTests() {
        return hiddenTests;
    }

    public Optional<BuildOutput> build() {
        return Optional.ofNullable(build);
    }

    /** The build gate's products; gates after it can rely on them (the pipeline skips them otherwise). */
    public BuildOutput requireBuild() {
        if (build == null) {
            throw new IllegalStateException("the build gate has not produced a build");
        }
        return build;
    }

    /** Called by the build gate once everything compiled. */
    public void recordBuild(BuildOutput output) {
        this.build = output;
    }
}
