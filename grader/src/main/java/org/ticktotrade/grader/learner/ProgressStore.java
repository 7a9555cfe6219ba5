package org.ticktotrade.grader.learner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.ticktotrade.grader.course.Course;

/**
 * {@code .kata/progress.json} at the checkout's root: read, changed and written back under a file lock
 * (a watch in one terminal and a quiz in another do not lose each other's updates), always written
 * atomically (a temp file, forced to disk, then renamed over the old one), so a crash or a kill at any
 * moment leaves either the old file or the new one, never half of one.
 *
 * A file that does not parse came from somewhere else (a hand edit, a bad merge, another tool): it is
 * renamed aside with a timestamp and reported, never silently replaced.
 */
public final class ProgressStore {

    public static final String DIR = ".kata";
    public static final String FILE = "progress.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String TEMP_PREFIX = "." + FILE + ".";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path file;
    private final PrintStream warnings;

    public ProgressStore(Path file, PrintStream warnings) {
        this.file = file.toAbsolutePath().normalize();
        this.warnings = warnings;
    }

    /** The store of the checkout the grader runs in; problems with the file are reported on stderr. */
    public static ProgressStore of(Course course) {
        return new ProgressStore(course.root().resolve(DIR).resolve(FILE), System.err);
    }

    public Path file() {
        return file;
    }

    /** The progress as it is on disk (empty when there is none yet). */
    public LearnerProgress load() {
        return withLock(() -> readOrSetAside());
    }

    /** Reads, applies {@code change} and writes the result back, all under the lock. */
    public LearnerProgress update(UnaryOperator<LearnerProgress> change) {
        return withLock(() -> {
            LearnerProgress current = readOrSetAside();
            if (current.format() > LearnerProgress.FORMAT) {
                throw new IllegalStateException(file + " was written by a newer grader (format " + current.format()
                        + "); this one will not overwrite it. Update the checkout (git pull) and rebuild.");
            }
            LearnerProgress next = change.apply(current);
            removeStaleTempFiles();
            writeAtomically(file, JSON.writeValueAsBytes(next));
            return next;
        });
    }

    private LearnerProgress readOrSetAside() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return LearnerProgress.empty();
        }
        try {
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            LearnerProgress progress = JSON.treeToValue(tree, LearnerProgress.class);
            return progress.format() == 0 ? new LearnerProgress(LearnerProgress.FORMAT, progress.weeks()) : progress;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Path aside = file.resolveSibling(FILE + ".broken-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
            Files.move(file, aside);
            warnings.println("kata: " + file + " could not be read (" + firstLine(e.getMessage()) + ").");
            warnings.println("kata: it is kept as " + aside.getFileName() + " and progress starts afresh from here;"
                    + " copy anything you need back by hand.");
            return LearnerProgress.empty();
        }
    }

    /**
     * Temp files are only ever written under the lock we hold, so any still here are what a killed
     * writer left behind.
     */
    private void removeStaleTempFiles() throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(file.getParent(), TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    /**
     * Write-to-temp, force, rename, force the folder: after a crash the name points at the old bytes or
     * the new ones, and the new ones are on disk before the rename can be.
     */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.write(ByteBuffer.wrap("\n".getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems cannot open a folder for syncing; the rename is still atomic.
        }
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    /**
     * One lock file beside the progress file, so concurrent kata processes take turns. File locks are
     * per process, so threads of this one take turns on a plain monitor first.
     */
    private <T> T withLock(Locked<T> action) {
        // An interrupt (Ctrl-C in the shell stopping a check) would close the channels mid-write; the
        // write is short, so it finishes first and the interrupt is handed back afterwards.
        boolean interrupted = Thread.interrupted();
        try {
            synchronized (ProgressStore.class) {
                return withFileLock(action);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T withFileLock(Locked<T> action) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(FILE + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                return action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
