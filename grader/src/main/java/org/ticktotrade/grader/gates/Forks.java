package org.ticktotrade.grader.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.build.JavaBuild;
import org.ticktotrade.grader.fork.Isolation;
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

    /**
     * An AppCDS archive of the classes a harness fork loads from its jars (JUnit, jqwik, the harness):
     * mapping them instead of parsing and verifying them again saves a fork a good part of its start.
     * Kept in the grader's build folder, named by a hash of the JDK, the jars (path, size, time) and the
     * JVM options, so a rebuilt grader or another JDK gets a new one. The first fork that finds none
     * writes it at its exit into a private file, renamed into place after the fork ends: a reader never
     * maps a half-written archive. Only an unsandboxed fork writes one; a sandboxed fork reads an existing
     * archive (bound read-only) or runs without. The JVM ignores an archive it cannot use (-Xshare:auto).
     */
    static final class ClassArchive {
        private static final Duration STALE_LOCK = Duration.ofMinutes(10);

        private final String name;
        private final Path file;
        private final Path pending;
        private final Path lock;

        private ClassArchive(String name, Path file, Path pending, Path lock) {
            this.name = name;
            this.file = file;
            this.pending = pending;
            this.lock = lock;
        }

        /** No archive: nothing added to the fork. */
        static final ClassArchive NONE = new ClassArchive(null, null, null, null);

        static ClassArchive forFork(GateContext ctx, String name, List<Path> jars, List<String> jvmOptions) {
            if (!jars.stream().allMatch(Files::isRegularFile)) {
                return NONE; // a folder on the class path (the grader's own tests run from target/classes)
            }
            try {
                Path dir = GraderHome.get().classes().getParent().resolve("cds");
                Path file = dir.resolve(name + "-" + key(jars, jvmOptions) + ".jsa");
                if (Files.isReadable(file)) {
                    return new ClassArchive(name, file, null, null);
                }
                if (ctx.forks().isolation() != Isolation.NONE) {
                    return NONE;
                }
                Files.createDirectories(dir);
                Path lock = dir.resolve(file.getFileName() + ".lock");
                if (!takeLock(lock)) {
                    return NONE; // another grader is writing it right now: run without, once
                }
                Path pending = dir.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                Files.deleteIfExists(pending);
                return new ClassArchive(name, file, pending, lock);
            } catch (IOException | RuntimeException e) {
                return NONE; // a read-only or missing grader build: the fork just starts without CDS
            }
        }

        private static boolean takeLock(Path lock) throws IOException {
            try {
                Files.createFile(lock);
                return true;
            } catch (FileAlreadyExistsException e) {
                FileTime at = Files.getLastModifiedTime(lock);
                if (at.toInstant().isBefore(Instant.now().minus(STALE_LOCK))) {
                    Files.deleteIfExists(lock); // left by a killed grader
                }
                return false;
            }
        }

        /** The JVM options that use (or write) the archive; quiet, since a missing one is not an error. */
        List<String> jvmOptions() {
            if (file == null) {
                return List.of();
            }
            String use = pending == null ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + pending;
            return List.of(use, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }

        /** What a sandbox must bind read-only for the fork to map the archive. */
        List<Path> readOnly() {
            return file != null && pending == null ? List.of(file) : List.of();
        }

        /** After the fork: move a written archive into place and clean up. */
        void finish() {
            if (pending == null) {
                return;
            }
            try {
                if (Files.isRegularFile(pending) && Files.size(pending) > 0) {
                    Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                try (var old = Files.list(file.getParent())) {
                    // archives of earlier grader builds or JDKs: never mapped again
                    old.filter(p -> !p.equals(file) && p.getFileName().toString().endsWith(".jsa")
                            && p.getFileName().toString().startsWith(name + "-"))
                            .forEach(p -> p.toFile().delete());
                }
            } catch (IOException | RuntimeException e) {
                // best effort: the next fork tries again
            } finally {
                pending.toFile().delete();
                lock.toFile().delete();
            }
        }

        private static String key(List<Path> jars, List<String> jvmOptions) throws IOException {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                StringBuilder sb = new StringBuilder();
                sb.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version")).append('\n');
                for (Path p : jars) {
                    sb.append(p.toAbsolutePath()).append(' ').append(Files.size(p)).append(' ')
                            .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
                }
                jvmOptions.forEach(o -> sb.append(o).append('\n'));
                return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
