package org.ticktotrade.grader.instructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Week;

/**
 * What a shard's verdicts depend on, as short fingerprints, so that {@code grade merge} can refuse to
 * join results that were not made by the same grader on the same week: a version string alone would
 * pass two builds of different code under one {@code -SNAPSHOT}.
 */
final class Provenance {

    private Provenance() {}

    private static volatile String graderVersion;

    /** The grader's version and a hash of its compiled classes (a folder in development, a jar when packaged). */
    static String graderVersion() {
        String v = graderVersion;
        if (v == null) {
            Package p = Provenance.class.getPackage();
            String impl = p == null || p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
            v = impl + "+" + classesHash();
            graderVersion = v;
        }
        return v;
    }

    private static String classesHash() {
        MessageDigest md = sha256();
        try {
            Path where = Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        md.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class"))
                            .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList()) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    /** The week's manifest and every test the grader runs on a submission (visible, hidden, stress, bench). */
    static String weekFingerprint(Week week) {
        MessageDigest md = sha256();
        try {
            md.update(Files.readAllBytes(week.dir().resolve("week.toml")));
            for (Path root : List.of(week.testSources(), week.hiddenTestSources(), week.stressSources(), week.benchSources())) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(root.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        md.update(week.dir().relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    static String host() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
