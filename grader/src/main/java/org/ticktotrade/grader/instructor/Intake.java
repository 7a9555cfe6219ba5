package org.ticktotrade.grader.instructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ticktotrade.grader.build.JavaBuild;

/**
 * Takes a submission in: checks it, and copies (or extracts) it into a private folder the grader owns,
 * so nothing is ever compiled or run from the instructor's submissions folder, and no link can point
 * out of the copy. What it rejects, each with a reason for that submission only (the batch goes on):
 * symbolic links and special files, names that are not valid UTF-8, absolute or {@code ..} paths,
 * more than {@link Limits#maxFiles()} files, a file over {@link Limits#maxFileBytes()}, more than
 * {@link Limits#maxTotalBytes()} in all, folders nested deeper than {@link Limits#maxDepth()}, and in
 * zips: encryption, zip64, duplicate names and compression ratios no source tree has (zip bombs) --
 * checked from the central directory before a byte is inflated, and again while inflating, since a
 * zip's declared sizes can lie.
 *
 * <p>Build and IDE folders ({@code .git}, {@code target}, ...) are skipped, not counted: a clone of the
 * course is a normal submission.
 */
public final class Intake {

    public record Limits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxDepth, int maxZipRatio) {
        public static Limits defaults() {
            return new Limits(5_000, 2L << 20, 50L << 20, 24, 200);
        }
    }

    /** What intake made of a submission. */
    public sealed interface Outcome {
        String fingerprint();

        /** @param root the private copy, to hand to {@code SourcesResolver.submission} */
        record Accepted(Path root, String fingerprint, int files, long bytes) implements Outcome {}

        record Rejected(String reason, String fingerprint) implements Outcome {}
    }

    static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "target", "build", "out", ".gradle", ".idea",
            ".vscode", "node_modules", "__MACOSX", ".kata", ".jqwik-database");

    private final Limits limits;

    public Intake(Limits limits) {
        this.limits = limits;
    }

    /** A cheap identity of the entry as it is now: what resume compares to decide "already graded". */
    public static String fingerprint(Submission s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path p = s.path();
            if (Files.isSymbolicLink(p)) {
                sha.update(("link " + Files.readSymbolicLink(p)).getBytes(StandardCharsets.UTF_8));
            } else if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, n);
                    }
                }
            } else {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(p) && SKIPPED.contains(dir.getFileName().toString())
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        sha.update((p.relativize(file) + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (IOException e) {
            return "unreadable:" + e.getClass().getSimpleName();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the submission and copies it into {@code into} (emptied first). */
    public Outcome take(Submission s, Path into) {
        String fingerprint = fingerprint(s);
        try {
            JavaBuild.deleteTree(into);
            Files.createDirectories(into);
            String badName = utf8Problem(s.path().getFileName().toString());
            if (badName != null) {
                return new Outcome.Rejected("the entry's own name " + badName, fingerprint);
            }
            if (Files.isSymbolicLink(s.path())) {
                return new Outcome.Rejected("the entry is a symbolic link (to " + Files.readSymbolicLink(s.path())
                        + "); submit the folder or zip itself", fingerprint);
            }
            Counter counter = new Counter();
            String problem = s.isZip() ? extractZip(s.path(), into, counter) : copyFolder(s.path(), into, counter);
            if (problem != null) {
                JavaBuild.deleteTree(into);
                Files.createDirectories(into);
                return new Outcome.Rejected(problem, fingerprint);
            }
            if (counter.files == 0) {
                return new Outcome.Rejected("the submission is empty", fingerprint);
            }
            return new Outcome.Accepted(unwrap(into), fingerprint, counter.files, counter.bytes);
        } catch (IOException e) {
            return new Outcome.Rejected("could not be read: " + e, fingerprint);
        }
    }

    private static final class Counter {
        int files;
        long bytes;
    }

    private String count(Counter c, String name, long size) {
        c.files++;
        c.bytes += size;
        if (c.files > limits.maxFiles()) {
            return "more than " + limits.maxFiles() + " files (a week's sources are a few dozen; leave build output out)";
        }
        if (size > limits.maxFileBytes()) {
            return name + " is " + mb(size) + ", more than the " + mb(limits.maxFileBytes()) + " a file may be";
        }
        if (c.bytes > limits.maxTotalBytes()) {
            return "more than " + mb(limits.maxTotalBytes()) + " in all";
        }
        return null;
    }

    // ---- folders

    private String copyFolder(Path from, Path to, Counter counter) throws IOException {
        String[] problem = new String[1];
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(dir);
                if (!dir.equals(from)) {
                    if (SKIPPED.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String why = checkName(rel);
                    if (why != null) {
                        problem[0] = why;
                        return FileVisitResult.TERMINATE;
                    }
                    if (rel.getNameCount() > limits.maxDepth()) {
                        problem[0] = "folders nested deeper than " + limits.maxDepth() + " levels (" + display(rel) + ")";
                        return FileVisitResult.TERMINATE;
                    }
                }
                Files.createDirectories(to.resolve(rel.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(file);
                String why = checkName(rel);
                if (why == null && attrs.isSymbolicLink()) {
                    why = "contains a symbolic link, " + display(rel) + " -> " + Files.readSymbolicLink(file)
                            + " (links could point anywhere on the grading machine; copy the file itself)";
                } else if (why == null && !attrs.isRegularFile()) {
                    why = display(rel) + " is not a regular file";
                }
                if (why == null) {
                    why = count(counter, display(rel), attrs.size());
                }
                if (why != null) {
                    problem[0] = why;
                    return FileVisitResult.TERMINATE;
                }
                Path target = to.resolve(rel.toString());
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                     OutputStream out = Files.newOutputStream(target)) {
                    long copied = copyCapped(in, out, limits.maxFileBytes());
                    if (copied > limits.maxFileBytes()) {
                        problem[0] = display(rel) + " grew past " + mb(limits.maxFileBytes()) + " while being copied";
                        return FileVisitResult.TERMINATE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problem[0] = display(from.relativize(file)) + " could not be read (" + e.getClass().getSimpleName() + ")";
                return FileVisitResult.TERMINATE;
            }
        });
        return problem[0];
    }

    private static String checkName(Path rel) {
        for (Path part : rel) {
            String bad = utf8Problem(part.toString());
            if (bad != null) {
                return "a file name " + bad + ": " + display(rel);
            }
        }
        return null;
    }

    /** The JDK decodes file names as UTF-8 and turns invalid bytes into U+FFFD. */
    static String utf8Problem(String name) {
        if (name.indexOf('\uFFFD') >= 0) {
            return "is not valid UTF-8";
        }
        if (name.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            return "contains control characters";
        }
        return null;
    }

    /** A name as it can safely be printed (no control characters, invalid bytes shown as '?'). */
    static String display(Path rel) {
        return rel.toString().replace('\uFFFD', '?').replaceAll("\\p{Cntrl}", "?");
    }

    // ---- zips

    private String extractZip(Path zip, Path to, Counter counter) throws IOException {
        List<CentralEntry> entries;
        try {
            entries = CentralEntry.read(zip, limits.maxFiles() * 4);
        } catch (ZipProblem e) {
            return "not a usable zip: " + e.getMessage();
        }
        Set<String> names = new HashSet<>();
        long declared = 0;
        List<CentralEntry> wanted = new ArrayList<>();
        for (CentralEntry e : entries) {
            if (e.encrypted) {
                return "the zip is encrypted (" + e.name + ")";
            }
            if (e.zip64) {
                return "the zip uses zip64 sizes (" + e.name + "): no submission needs them";
            }
            if (e.name == null) {
                return "a name in the zip is not valid UTF-8: " + new String(e.rawName, StandardCharsets.UTF_8)
                        .replace('\uFFFD', '?').replaceAll("\\p{Cntrl}", "?") + " (save the zip with UTF-8 names, or rename the file)";
            }
            String why = zipNameProblem(e.name);
            if (why != null) {
                return why;
            }
            if (!names.add(e.name)) {
                return "the zip names " + e.name + " twice";
            }
            if (e.symlink) {
                return "the zip holds a symbolic link, " + e.name + " (links could point anywhere on the grading machine)";
            }
            if (e.name.endsWith("/") || skipped(e.name)) {
                continue;
            }
            if (e.size > 0 && e.compressedSize >= 0 && e.size > (1L << 20) && e.size / Math.max(1, e.compressedSize) > limits.maxZipRatio()) {
                return e.name + " inflates " + e.size / Math.max(1, e.compressedSize) + "x (a zip bomb?)";
            }
            declared += e.size;
            String limit = count(counter, e.name, e.size);
            if (limit != null) {
                return limit;
            }
            wanted.add(e);
        }
        if (declared > limits.maxTotalBytes()) {
            return "the zip would inflate to more than " + mb(limits.maxTotalBytes());
        }
        try (ZipFile zf = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (CentralEntry e : wanted) {
                ZipEntry entry = zf.getEntry(e.name);
                if (entry == null) {
                    return "the zip's directory and entries disagree about " + e.name;
                }
                Path target = to.resolve(e.name).normalize();
                if (!target.startsWith(to)) {
                    return "the zip entry " + e.name + " points outside the submission";
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zf.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    long n = copyCapped(in, out, Math.min(e.size, limits.maxFileBytes()));
                    if (n > e.size) {
                        return e.name + " inflates to more than the " + e.size + " bytes it declares (a zip bomb?)";
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            return "not a usable zip: " + e.getMessage();
        } catch (IllegalArgumentException e) {
            return "a name in the zip is not valid UTF-8";
        }
        return null;
    }

    private String zipNameProblem(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return "the zip holds an absolute or Windows-style path: " + name;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return "the zip holds a path that climbs out of the submission: " + name;
            }
            String bad = utf8Problem(part);
            if (bad != null) {
                return "a name in the zip " + bad + ": " + name.replaceAll("\\p{Cntrl}", "?");
            }
        }
        if (name.split("/").length > limits.maxDepth() + 1) {
            return "folders nested deeper than " + limits.maxDepth() + " levels (" + name + ")";
        }
        return null;
    }

    private static boolean skipped(String zipName) {
        for (String part : zipName.split("/")) {
            if (SKIPPED.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Copies at most {@code cap + 1} bytes: a count past {@code cap} means "too big", without reading the rest. */
    private static long copyCapped(InputStream in, OutputStream out, long cap) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            long room = cap + 1 - total;
            out.write(buf, 0, (int) Math.min(n, room));
            total += n;
            if (total > cap) {
                return total;
            }
        }
        return total;
    }

    /** A zip of a folder usually wraps everything in that folder: grade what is inside. */
    static Path unwrap(Path root) throws IOException {
        Path at = root;
        for (int i = 0; i < 3; i++) {
            List<Path> children;
            try (var s = Files.list(at)) {
                children = s.filter(p -> !SKIPPED.contains(p.getFileName().toString())).toList();
            }
            if (children.size() != 1 || !Files.isDirectory(children.getFirst(), LinkOption.NOFOLLOW_LINKS)
                    || children.getFirst().getFileName().toString().equals("src")
                    || children.getFirst().getFileName().toString().equals("org")
                    || children.getFirst().getFileName().toString().startsWith("week-")) {
                return at;
            }
            at = children.getFirst();
        }
        return at;
    }

    private static String mb(long bytes) {
        return bytes >= (1 << 20) ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0) : bytes + " bytes";
    }

    private static final class ZipProblem extends IOException {
        ZipProblem(String message) {
            super(message);
        }
    }

    /**
     * A zip's central directory, read by hand: the JDK's zip API hides what intake must see (the unix
     * mode that marks a symbolic link, the raw bytes of a name, the encryption flag).
     */
    private static final class CentralEntry {
        String name;
        byte[] rawName;
        long size;
        long compressedSize;
        boolean encrypted;
        boolean zip64;
        boolean symlink;

        static List<CentralEntry> read(Path zip, int maxEntries) throws IOException {
            long length = Files.size(zip);
            if (length < 22) {
                throw new ZipProblem("too short to be a zip");
            }
            int tail = (int) Math.min(length, 22 + 65_535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            try (var ch = Files.newByteChannel(zip)) {
                ch.position(length - tail);
                while (end.hasRemaining() && ch.read(end) > 0) {
                    // fill
                }
            }
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new ZipProblem("no end-of-central-directory record");
            }
            int count = Short.toUnsignedInt(end.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
                CentralEntry e = new CentralEntry();
                e.zip64 = true;
                e.name = "(central directory)";
                e.rawName = new byte[0];
                return List.of(e);
            }
            if (count > maxEntries) {
                throw new ZipProblem("it holds " + count + " entries (more than " + maxEntries + " even counting build output)");
            }
            if (cdOffset + cdSize > length || cdSize > (64L << 20)) {
                throw new ZipProblem("its central directory lies outside the file");
            }
            ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            try (var ch = Files.newByteChannel(zip)) {
                ch.position(cdOffset);
                while (cd.hasRemaining() && ch.read(cd) > 0) {
                    // fill
                }
            }
            List<CentralEntry> entries = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < count; i++) {
                if (at + 46 > cdSize || cd.getInt(at) != 0x02014b50) {
                    throw new ZipProblem("a damaged central directory entry (#" + (i + 1) + ")");
                }
                CentralEntry e = new CentralEntry();
                int madeBy = Short.toUnsignedInt(cd.getShort(at + 4)) >> 8;
                int flags = Short.toUnsignedInt(cd.getShort(at + 8));
                e.compressedSize = Integer.toUnsignedLong(cd.getInt(at + 20));
                e.size = Integer.toUnsignedLong(cd.getInt(at + 24));
                int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(at + 32));
                long external = Integer.toUnsignedLong(cd.getInt(at + 38));
                if (at + 46 + nameLength > cdSize) {
                    throw new ZipProblem("a damaged central directory entry (#" + (i + 1) + ")");
                }
                e.rawName = new byte[nameLength];
                cd.get(at + 46, e.rawName);
                e.name = strictUtf8(e.rawName);
                e.encrypted = (flags & 1) != 0;
                e.zip64 = e.size == 0xFFFFFFFFL || e.compressedSize == 0xFFFFFFFFL;
                int mode = (int) (external >>> 16);
                e.symlink = madeBy == 3 && (mode & 0xF000) == 0xA000;
                entries.add(e);
                at += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }

        private static String strictUtf8(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
    }
}
