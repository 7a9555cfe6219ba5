package org.ticktotrade.grader.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intake's refusals, one per way a submission can be malformed or malicious, and what it accepts. */
class IntakeTest {

    private final Intake intake = new Intake(new Intake.Limits(50, 100_000, 1_000_000, 12, 200));

    private Intake.Outcome take(Path entry, Path dir) {
        String file = entry.getFileName().toString();
        Submission s = new Submission(file, Submission.safeId(file), entry);
        return intake.take(s, dir.resolve("copy"));
    }

    private static String rejection(Intake.Outcome o) {
        return assertInstanceOf(Intake.Outcome.Rejected.class, o).reason();
    }

    @Test
    void aCloneIsCopiedWithoutItsBuildAndVcsFolders(@TempDir Path dir) throws Exception {
        Path clone = dir.resolve("alice");
        Files.createDirectories(clone.resolve("week-01-ownership-types/src/main/java/org/ticktotrade/week01"));
        Files.writeString(clone.resolve("week-01-ownership-types/src/main/java/org/ticktotrade/week01/A.java"), "class A {}");
        Files.createDirectories(clone.resolve(".git/objects"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(clone.resolve(".git/objects/o" + i), "x");
        }
        Files.createDirectories(clone.resolve("week-01-ownership-types/target"));
        Files.createSymbolicLink(clone.resolve("week-01-ownership-types/target/link"), Path.of("/etc/passwd"));
        Intake.Outcome o = take(clone, dir);
        Intake.Outcome.Accepted a = assertInstanceOf(Intake.Outcome.Accepted.class, o, o.toString());
        assertEquals(1, a.files());
        assertTrue(Files.isRegularFile(a.root().resolve("week-01-ownership-types/src/main/java/org/ticktotrade/week01/A.java")));
        assertFalse(Files.exists(a.root().resolve(".git")));
    }

    @Test
    void symbolicLinksAreRejected(@TempDir Path dir) throws Exception {
        Path s = Files.createDirectories(dir.resolve("bob/src/main/java"));
        Files.createSymbolicLink(s.resolve("Secret.java"), Path.of("/root/.m2/settings.xml"));
        assertTrue(rejection(take(dir.resolve("bob"), dir)).contains("symbolic link"));
        Files.createSymbolicLink(dir.resolve("carol"), dir.resolve("bob"));
        assertTrue(rejection(take(dir.resolve("carol"), dir)).contains("symbolic link"));
    }

    @Test
    void tooManyFilesOrTooBigAreRejected(@TempDir Path dir) throws Exception {
        Path many = Files.createDirectories(dir.resolve("many/src"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(many.resolve("F" + i + ".java"), "x");
        }
        assertTrue(rejection(take(dir.resolve("many"), dir)).contains("more than 50 files"));
        Path big = Files.createDirectories(dir.resolve("big/src"));
        Files.write(big.resolve("Big.java"), new byte[200_000]);
        assertTrue(rejection(take(dir.resolve("big"), dir)).contains("more than the"));
    }

    @Test
    void namesThatAreNotUtf8AreRejected(@TempDir Path dir) throws Exception {
        Path s = Files.createDirectories(dir.resolve("dave/src"));
        // a file name made of raw bytes (Latin-1 e-acute), through the one API that takes bytes: a zip
        BatchFixtures.zipBadName(dir, "dave");
        Path zip = dir.resolve("dave.zip");
        assertTrue(rejection(take(zip, dir)).contains("not valid UTF-8"), rejection(take(zip, dir)));
        Files.writeString(s.resolve("Ok\u00e9.java"), "class Ok {}"); // valid UTF-8 is fine
        assertInstanceOf(Intake.Outcome.Accepted.class, take(dir.resolve("dave"), dir));
    }

    @Test
    void zipSlipAndZipBombsAreRejectedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path slip = dir.resolve("slip.zip");
        zip(slip, List.of("../../evil.txt"), 10);
        assertTrue(rejection(take(slip, dir)).contains("climbs out"));
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        Path abs = dir.resolve("abs.zip");
        zip(abs, List.of("/etc/evil.txt"), 10);
        assertTrue(rejection(take(abs, dir)).contains("absolute"));
        Path bomb = dir.resolve("bomb.zip");
        zip(bomb, List.of("src/zeros.bin"), 5_000_000);
        String why = rejection(take(bomb, dir));
        assertTrue(why.contains("zip bomb") || why.contains("more than"), why);
    }

    @Test
    void aZipWrappedInItsOwnFolderIsUnwrapped(@TempDir Path dir) throws Exception {
        Path z = dir.resolve("erin.zip");
        zip(z, List.of("erin/src/main/java/org/ticktotrade/week01/A.java"), 20);
        Intake.Outcome.Accepted a = assertInstanceOf(Intake.Outcome.Accepted.class, take(z, dir));
        assertTrue(Files.isDirectory(a.root().resolve("src/main/java")), a.root().toString());
    }

    private static void zip(Path file, List<String> names, int size) throws Exception {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (String n : names) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write(new byte[size]);
                zip.closeEntry();
            }
        }
    }
}
