package org.ticktotrade.week06.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Lessons 1 and 5: making a file, and a file's name, survive a crash. */
public final class DurableFiles {

    private DurableFiles() {}

    // tag::force-directory[]
    /**
     * fsync of a directory: makes the names created, renamed or deleted in it durable. Opening a
     * directory for reading and forcing the channel works on Linux and macOS; on Windows it throws,
     * and NTFS journals names itself.
     */
    public static void forceDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }
    // end::force-directory[]

    // tag::replace-atomically[]
    /**
     * Replaces {@code target} with {@code bytes} so that after a crash the file holds either the old
     * contents or the new, whole: write a temporary file, force it, rename it over the target, force the
     * directory.
     */
    public static void replaceAtomically(Path target, ByteBuffer bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);              // 1. the new contents are durable, under the temporary name
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE); // 2. rename(2): old or new, never half
        forceDirectory(dir);             // 3. the rename itself is durable
    }
    // end::replace-atomically[]
}
