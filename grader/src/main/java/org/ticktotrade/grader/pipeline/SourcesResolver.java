package org.ticktotrade.grader.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ticktotrade.grader.course.Week;

/** Turns "what to grade" (the starter, the reference, a folder) into source roots. */
public final class SourcesResolver {

    private SourcesResolver() {}

    public static GradedSources starter(Week week) {
        return new GradedSources(GradedSources.Kind.STARTER, "starter", week.starterSources(), List.of(week.starterSources()));
    }

    public static GradedSources reference(Week week) {
        if (!week.hasReference()) {
            throw new IllegalArgumentException(week.id() + " has no reference sources in this checkout"
                    + " (a student edition ships without them)");
        }
        return new GradedSources(GradedSources.Kind.REFERENCE, "reference", week.referenceSources(), List.of(week.referenceSources()));
    }

    /**
     * A submitted folder: a whole clone ({@code DIR/<week folder>/src/main/java}), a week folder
     * ({@code DIR/src/main/java}), or the source root itself ({@code DIR/org/ticktotrade/...}).
     */
    public static GradedSources submission(Week week, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new IllegalArgumentException("no such folder: " + dir);
        }
        Path packageDir = Path.of(week.manifest().basePackage().replace('.', '/'));
        for (Path candidate : List.of(abs.resolve(week.slug()).resolve("src/main/java"), abs.resolve("src/main/java"), abs)) {
            if (Files.isDirectory(candidate.resolve(packageDir))) {
                return new GradedSources(GradedSources.Kind.SUBMISSION, "submission-" + shortHash(abs), abs, List.of(candidate));
            }
        }
        throw new IllegalArgumentException("no " + week.id() + " sources in " + dir + ": expected " + packageDir
                + " under " + week.slug() + "/src/main/java (a clone), src/main/java (a week folder) or the folder itself");
    }

    private static String shortHash(Path p) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(p.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
