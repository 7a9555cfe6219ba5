package org.ticktotrade.grader.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One entry of the submissions folder: a folder or a zip, graded as one student's work.
 *
 * @param name the entry's file name as the instructor sees it (a zip without its extension)
 * @param id   a file-system-safe, unique name for its output folder
 * @param path the entry itself
 */
public record Submission(String name, String id, Path path) {

    public boolean isZip() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Every folder and {@code .zip} in {@code dir}, sorted by name. Hidden entries ({@code .name}) and
     * other files are left out; symbolic links are kept so that intake can reject them with a reason.
     */
    public static List<Submission> list(Path dir) {
        List<Submission> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String file = p.getFileName().toString();
                if (file.startsWith(".")) {
                    continue;
                }
                boolean zip = file.toLowerCase(Locale.ROOT).endsWith(".zip");
                if (!zip && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
                    continue;
                }
                String name = zip ? file.substring(0, file.length() - 4) : file;
                String id = safeId(name);
                for (int n = 2; !ids.add(id); n++) {
                    id = safeId(name) + "-" + n;
                }
                out.add(new Submission(name, id, p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Letters, digits, dot, dash and underscore; anything else (spaces, non-ASCII, an invalid byte) becomes '_'. */
    static String safeId(String name) {
        String id = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "_");
        if (id.length() > 80) {
            id = id.substring(0, 80);
        }
        return id.isEmpty() ? "_" : id;
    }
}
