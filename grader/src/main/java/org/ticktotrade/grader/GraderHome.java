package org.ticktotrade.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the grader's own build lives: its classes and the two library folders Maven copies next to
 * them ({@code target/lib}, everything; {@code target/week-lib}, what week code may use).
 */
public final class GraderHome {

    private static final GraderHome INSTANCE = locate();

    private final Path classes;
    private final Path lib;
    private final Path weekLib;

    private GraderHome(Path classes, Path lib, Path weekLib) {
        this.classes = classes;
        this.lib = lib;
        this.weekLib = weekLib;
    }

    public static GraderHome get() {
        return INSTANCE;
    }

    private static GraderHome locate() {
        try {
            Path classes = Path.of(GraderHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = classes.getParent();
            return new GraderHome(classes, target.resolve("lib"), target.resolve("week-lib"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path classes() {
        return classes;
    }

    /** The harness's class path in a fork: the grader's classes, then every runtime library. */
    public List<Path> harnessClasspath() {
        List<Path> cp = new ArrayList<>();
        cp.add(classes);
        cp.addAll(jars(lib));
        return cp;
    }

    /** What week code compiles against, and the annotation-processor path (JMH, jcstress). */
    public List<Path> weekLibraries() {
        return jars(weekLib);
    }

    private static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing: build the grader with ./kata (or ./mvnw -pl grader package)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
