package org.ticktotrade.grader.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What is being graded: the learner's starter folder, the reference, or a submitted folder.
 *
 * @param label short name used for build folders and reports
 * @param roots the source roots (a submission's {@code src/main/java}, or the reference's)
 */
public record GradedSources(Kind kind, String label, Path displayRoot, List<Path> roots) {

    public enum Kind { STARTER, REFERENCE, SUBMISSION }

    public GradedSources {
        roots = List.copyOf(roots);
    }

    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
