package org.ticktotrade.grader.build;

import java.nio.file.Path;
import java.util.List;

/** The outcome of compiling one source set into one output folder. */
public record Compilation(String name, Path output, boolean success, boolean cached, long millis, List<CompileError> errors) {

    public Compilation {
        errors = List.copyOf(errors);
    }
}
