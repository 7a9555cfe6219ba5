package org.ticktotrade.week06;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Naming and listing of segment files. A segment is named by its base sequence, zero-padded to 20 digits,
 * so that the names sort in log order and a directory listing needs no header reads to put them in order.
 */
public final class SegmentFiles {

    public static final String SUFFIX = ".wal";
    /** What recovery renames a segment after the torn point to: kept for a person, never read again. */
    public static final String TORN_SUFFIX = ".torn";

    private SegmentFiles() {
    }

    public static Path segmentPath(Path dir, long baseSequence) {
        return dir.resolve(String.format("%020d", baseSequence) + SUFFIX);
    }

    /** The segment files of {@code dir}, in log order. */
    public static List<Path> list(Path dir) {
        List<Path> segments = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                segments.add(file);
            }
        } catch (IOException e) {
            throw new WalException(dir, "cannot list the WAL directory", e);
        }
        segments.sort(null);
        return segments;
    }

    /**
     * fsync of the directory itself: a new (or renamed) file's directory entry is only durable once its
     * directory is forced. Forcing the file alone can leave a power-cut machine with data and no name for it.
     */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new WalException(dir, "cannot fsync the WAL directory", e);
        }
    }
}
