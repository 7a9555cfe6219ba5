package org.ticktotrade.grader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The .java files under some roots, with a name for messages ("your code", "the week's tests"). */
public record SourceSet(String name, List<Path> roots) {

    public SourceSet {
        roots = roots.stream().filter(Files::isDirectory).toList();
    }

    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Fully qualified names of the top-level types, from file paths (one public type per file). */
    public List<String> topLevelClassNames() {
        List<String> names = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : new SourceSet(name, List.of(root)).files()) {
                String rel = root.relativize(file).toString();
                if (!rel.endsWith("package-info.java") && !rel.endsWith("module-info.java")) {
                    names.add(rel.substring(0, rel.length() - ".java".length()).replace(java.io.File.separatorChar, '.'));
                }
            }
        }
        return names;
    }

    public boolean isEmpty() {
        return files().isEmpty();
    }
}
