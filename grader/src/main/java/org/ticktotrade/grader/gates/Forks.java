package org.ticktotrade.grader.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.build.JavaBuild;
import org.ticktotrade.grader.pipeline.BuildOutput;
import org.ticktotrade.grader.pipeline.GateContext;

/** What the gates' forks share: a fresh folder each, and one class-path order. */
final class Forks {

    private Forks() {}

    /** A fresh, empty folder for one fork. */
    static Path freshDir(GateContext ctx, String name) {
        Path dir = ctx.workDir().resolve("forks").resolve(name);
        try {
            JavaBuild.deleteTree(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * The harness and libraries first, then the week's tests, then the graded code last: a class the
     * learner names like one of the harness's or the week's is never the one loaded.
     */
    static List<Path> classpath(BuildOutput build) {
        List<Path> cp = new ArrayList<>(GraderHome.get().harnessClasspath());
        cp.add(build.testClasses());
        cp.add(build.mainClasses());
        return cp;
    }

    static String shortName(String className) {
        int dot = className.lastIndexOf('.');
        return className.substring(dot + 1).replace('$', '.');
    }
}
