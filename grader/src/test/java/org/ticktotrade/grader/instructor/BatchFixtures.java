package org.ticktotrade.grader.instructor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.testing.Fixtures;

/**
 * What the batch tests grade with: a private copy of the course (week 01 with the budgets a test can
 * afford) under {@code grader/target}, where the sandbox's uids can reach it (JUnit's temp dirs are
 * private to the user running the tests), and submissions built from the fixtures.
 */
final class BatchFixtures {

    private BatchFixtures() {}

    /** A fresh, world-traversable folder under grader/target. */
    static Path freshBase(String name) {
        Path base = GraderHome.get().classes().getParent().resolve("batch-tests").resolve(name);
        try {
            deleteTree(base);
            Files.createDirectories(base);
            for (Path p = base; !p.equals(GraderHome.get().classes().getParent()); p = p.getParent()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return base;
    }

    /**
     * Week 01 copied (sources, tests, hidden tests, manifest; no build output) into {@code root}, its
     * manifest trimmed to test budgets: two bench pairs of short iterations and only the gated ratio,
     * and a 45 s correctness fork. The thresholds are the real ones.
     */
    static Path courseCopy(Path root) {
        Week week = Fixtures.week("week-01");
        Path to = root.resolve(week.slug());
        try {
            Files.createDirectories(to);
            for (String part : List.of("week.toml", "src")) {
                Path from = week.dir().resolve(part);
                if (Files.isDirectory(from)) {
                    Fixtures.copyTree(from, to.resolve(part));
                } else {
                    Files.copy(from, to.resolve(part));
                }
            }
            Path lessons = week.dir().resolve("lessons");
            if (Files.isDirectory(lessons)) {
                Fixtures.copyTree(lessons, to.resolve("lessons"));
            }
            for (String f : List.of("journal.adoc", "project.adoc", "README.adoc")) {
                if (Files.isRegularFile(week.dir().resolve(f))) {
                    Files.copy(week.dir().resolve(f), to.resolve(f));
                }
            }
            Path manifest = to.resolve("week.toml");
            String toml = Files.readString(manifest);
            toml = set(toml, "gates.correctness", "timeout-seconds", "45");
            toml = set(toml, "gates.bench", "pairs", "2");
            toml = set(toml, "gates.bench", "warmup-iterations", "2");
            toml = set(toml, "gates.bench", "warmup-ms", "100");
            toml = set(toml, "gates.bench", "measurement-iterations", "3");
            toml = set(toml, "gates.bench", "measurement-ms", "150");
            toml = toml.replaceAll("(?s)\\[\\[gates\\.bench\\.ratios]]\\s*\\nid = \"cross-thread\".*?(?=\\n\\[)", "");
            Files.writeString(manifest, toml);
            Files.writeString(root.resolve("kata"), "#!/bin/sh\n# a copy of the course for the grader's batch tests\n");
            Files.createDirectories(root.resolve("grader"));
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** Sets {@code key = value} inside the TOML table {@code table}; fails loudly if the key moved. */
    private static String set(String toml, String table, String key, String value) {
        int start = toml.indexOf("[" + table + "]");
        if (start < 0) {
            throw new IllegalStateException("week.toml has no [" + table + "]: update BatchFixtures");
        }
        int end = toml.indexOf("\n[", start + 1);
        end = end < 0 ? toml.length() : end;
        String section = toml.substring(start, end);
        String changed = section.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$", key + " = " + value);
        if (changed.equals(section) && !section.contains(key + " = " + value)) {
            throw new IllegalStateException("week.toml [" + table + "] has no " + key + ": update BatchFixtures");
        }
        return toml.substring(0, start) + changed + toml.substring(end);
    }

    /** A fixture of week 01 as a student's folder {@code dir/<name>/src/main/java}. */
    static void folder(Path submissions, String fixture, String name) {
        Fixtures.submission("week-01", fixture, submissions.resolve(name));
    }

    /** A fixture as a zip holding {@code <name>/src/main/java/...}, the way an LMS hands them out. */
    static void zip(Path submissions, String fixture, String name) throws IOException {
        Path tmp = Files.createTempDirectory("kata-zip");
        Fixtures.submission("week-01", fixture, tmp.resolve(name));
        try (OutputStream o = Files.newOutputStream(submissions.resolve(name + ".zip")); ZipOutputStream zip = new ZipOutputStream(o)) {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(tmp.relativize(f).toString()));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
        }
        deleteTree(tmp);
    }

    /** A 20 MB file of zeros that deflates to a few kilobytes, beside real sources. */
    static void zipBomb(Path submissions, String name) throws IOException {
        try (OutputStream o = Files.newOutputStream(submissions.resolve(name + ".zip")); ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.putNextEntry(new ZipEntry("src/main/java/org/ticktotrade/week01/Readme.java"));
            zip.write("package org.ticktotrade.week01;\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("src/main/java/org/ticktotrade/week01/zeros.bin"));
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
        }
    }

    /** A zip whose entry climbs out of the folder it is extracted into ("zip slip"). */
    static void zipSlip(Path submissions, String name) throws IOException {
        try (OutputStream o = Files.newOutputStream(submissions.resolve(name + ".zip")); ZipOutputStream zip = new ZipOutputStream(o)) {
            ZipEntry e = new ZipEntry("../../kata-escaped-zip-slip.txt");
            zip.putNextEntry(e);
            zip.write("escaped".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A zip with a name that is not UTF-8 (Latin-1 "é" as one byte), stored as-is. */
    static void zipBadName(Path submissions, String name) throws IOException {
        Path file = submissions.resolve(name + ".zip");
        byte[] entryName = "src/main/java/org/ticktotrade/week01/Caf\u00e9.java".getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = "package org.ticktotrade.week01;\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, storedZip(entryName, data));
    }

    /** A one-entry, uncompressed zip written byte by byte, so the name's bytes are exactly these. */
    private static byte[] storedZip(byte[] name, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(200 + 2 * name.length + data.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putInt((int) crc.getValue()).putInt(data.length).putInt(data.length).putShort((short) name.length).putShort((short) 0)
                .put(name).put(data);
        int cd = b.position();
        b.putInt(0x02014b50).putShort((short) 0x031e).putShort((short) 10).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt((int) crc.getValue()).putInt(data.length).putInt(data.length)
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putInt(0100644 << 16).putInt(0).put(name);
        int cdSize = b.position() - cd;
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(cdSize).putInt(cd).putShort((short) 0);
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    /** A folder submission that holds a symbolic link to the grading machine's secrets. */
    static void withSymlink(Path submissions, String name) throws IOException {
        folder(submissions, "correct", name);
        Files.createSymbolicLink(submissions.resolve(name).resolve("src/main/java/org/ticktotrade/week01/secrets.txt"),
                Path.of("/root/.m2/settings.xml"));
    }

    /** A folder with far more files than any week's sources. */
    static void tooManyFiles(Path submissions, String name) throws IOException {
        folder(submissions, "correct", name);
        Path dir = Files.createDirectories(submissions.resolve(name).resolve("src/main/java/org/ticktotrade/week01/generated"));
        for (int i = 0; i < 5_100; i++) {
            Files.writeString(dir.resolve("F" + i + ".txt"), "x");
        }
    }

    static String hashTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(p -> !p.toString().contains("/target/")).sorted().toList()) {
                sha.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    sha.update(Files.readAllBytes(f));
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
