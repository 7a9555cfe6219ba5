package org.ticktotrade.grader.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodTransform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles with the JDK's compiler in the grader's own process: no Maven, no Gradle, no fork (the
 * lesson of Exercism's Java runner, which missed its 20 s budget while Gradle started). Outputs are
 * cached by a hash of every input, so an unchanged reference or submission is not compiled twice.
 */
public final class JavaBuild {

    private static final String STAMP = ".kata-build-hash";
    private static final String API_STAMP = ".kata-api-hash";
    private static final int JAVA_RELEASE = 25;

    private JavaBuild() {}

    /**
     * @param processorPath null for no annotation processing; otherwise the jars whose processors run
     *                      (JDK 23+ ignores processors on the class path, so JMH and jcstress must be here)
     */
    public static Compilation compile(SourceSet sources, List<Path> classpath, List<Path> processorPath, Path output,
                                      Path displayRoot) {
        long start = System.nanoTime();
        List<Path> files = sources.files();
        String hash = hash(files, classpath, processorPath);
        Path stamp = output.resolve(STAMP);
        try {
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(hash)) {
                return new Compilation(sources.name(), output, true, true, millisSince(start), List.of());
            }
            deleteTree(output);
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            writeStamp(stamp, hash);
            return new Compilation(sources.name(), output, true, false, millisSince(start), List.of());
        }

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the grader runs on a JRE without javac: it needs a full JDK 25");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of(
                "--release", String.valueOf(JAVA_RELEASE),
                "-encoding", "UTF-8",
                "-g",
                "-parameters",
                "-implicit:none",
                "-nowarn",
                "-Xlint:none",
                "-d", output.toString()));
        if (processorPath == null) {
            options.add("-proc:none");
        } else {
            options.add("-proc:full");
            options.add("-processorpath");
            options.add(join(processorPath));
        }
        options.add("-cp");
        options.add(join(classpath));

        boolean ok;
        StringWriter javacOut = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            ok = javac.getTask(javacOut, fm, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a crashing annotation processor or compiler bug: report it as a build error, not a grader crash
            return new Compilation(sources.name(), output, false, false, millisSince(start),
                    List.of(new CompileError(null, 0, 0, "the compiler failed: " + e, null)));
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(toError(d, displayRoot));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add(new CompileError(null, 0, 0, javacOut.toString().strip(), null));
        }
        if (ok) {
            writeStamp(output.resolve(API_STAMP), apiHash(output));
            writeStamp(stamp, hash);
        }
        return new Compilation(sources.name(), output, ok, false, millisSince(start), errors);
    }

    private static CompileError toError(Diagnostic<? extends JavaFileObject> d, Path displayRoot) {
        String file = null;
        String sourceLine = null;
        if (d.getSource() != null) {
            Path path = Path.of(d.getSource().toUri());
            file = displayRoot != null && path.startsWith(displayRoot) ? displayRoot.relativize(path).toString() : path.toString();
            if (d.getLineNumber() > 0) {
                try (Stream<String> lines = Files.lines(path)) {
                    sourceLine = lines.skip(d.getLineNumber() - 1).findFirst().orElse(null);
                } catch (IOException | UncheckedIOException ignored) {
                    // the line is a nicety
                }
            }
        }
        return new CompileError(file, d.getLineNumber(), d.getColumnNumber(), d.getMessage(Locale.ROOT), sourceLine);
    }

    private static String hash(List<Path> files, List<Path> classpath, List<Path> processorPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("release " + JAVA_RELEASE + " " + Runtime.version()).getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                sha.update(f.toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            for (Path p : classpath) {
                sha.update(("cp " + p + " " + stampOf(p)).getBytes(StandardCharsets.UTF_8));
            }
            if (processorPath != null) {
                for (Path p : processorPath) {
                    sha.update(("pp " + p).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A class folder's identity is the hash of its API (everything but method bodies), else its build
     * hash; a jar's is its size and time. Code compiled against a folder depends only on its API, so
     * a learner's edit inside a method body does not recompile the week's tests, stress tests and
     * benchmarks (seconds of annotation processing that {@code watch} would otherwise pay per save).
     */
    private static String stampOf(Path entry) throws IOException {
        for (String name : List.of(API_STAMP, STAMP)) {
            Path stamp = entry.resolve(name);
            if (Files.isRegularFile(stamp)) {
                return Files.readString(stamp);
            }
        }
        return Files.exists(entry) ? Files.size(entry) + "@" + Files.getLastModifiedTime(entry).toMillis() : "missing";
    }

    /**
     * Every class file with its method bodies dropped, hashed: names, flags, fields with their constant
     * values (javac inlines those into the code that uses them), method signatures, annotations, and
     * the class attributes (records, sealed permits, nest members). Private members and lambdas count
     * too, so this errs towards recompiling.
     */
    static String apiHash(Path classes) {
        ClassFile classFile = ClassFile.of(ClassFile.ConstantPoolSharingOption.NEW_POOL);
        ClassTransform withoutBodies = ClassTransform.transformingMethods(MethodTransform.dropping(e -> e instanceof CodeModel));
        try (Stream<Path> walk = Files.walk(classes)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                sha.update(classes.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(classFile.transformClass(classFile.parse(Files.readAllBytes(f)), withoutBodies));
            }
            return "api " + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeStamp(Path stamp, String hash) {
        try {
            Files.writeString(stamp, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String join(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
