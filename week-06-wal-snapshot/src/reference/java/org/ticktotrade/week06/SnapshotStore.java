package org.ticktotrade.week06;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Snapshots of the engine's state, each tagged with the last log sequence it includes, written so that a
 * crash at any moment leaves either the old snapshot or the new one, never half of one under the new name:
 * write a temp file, force it, rename it into place with ATOMIC_MOVE, force the directory. A snapshot that is
 * torn or corrupt anyway (a bad disk, a copy gone wrong) fails its CRC and the store falls back to the one
 * before it, which is why old snapshots are kept until a newer one has been read back.
 *
 * <pre>
 *  0  int   magic 0x53543254 ("T2TS" on disk)
 *  4  int   format version
 *  8  long  last sequence the state includes
 * 16  int   state length in bytes
 * 20  int   reserved, zero
 * 24  ...   state
 * end int   CRC32C of everything before it (last, so a truncated file has none to match)
 * </pre>
 */
public final class SnapshotStore {

    public static final int MAGIC = 0x53543254;
    public static final int VERSION = 1;
    public static final int HEADER_BYTES = 24;
    static final String SUFFIX = ".snap";

    private final Path dir;

    /** A snapshot read back and checked. */
    public record Snapshot(Path file, long lastSequence, ByteBuffer state) {}

    public SnapshotStore(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WalException(dir, "cannot create the snapshot directory", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new WalException(dir, "the snapshot directory is not a writable directory");
        }
        this.dir = dir;
    }

    public Path fileFor(long lastSequence) {
        return dir.resolve(String.format("%020d", lastSequence) + SUFFIX);
    }

    /** Writes a snapshot of {@code state} (position to limit) that includes every record up to {@code lastSequence}. */
    public Path write(long lastSequence, ByteBuffer state) {
        int length = state.remaining();
        ByteBuffer file = ByteBuffer.allocate(HEADER_BYTES + length + 4).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(MAGIC).putInt(VERSION).putLong(lastSequence).putInt(length).putInt(0).put(state.duplicate());
        CRC32C crc = new CRC32C();
        crc.update(file.array(), 0, HEADER_BYTES + length);
        file.putInt((int) crc.getValue()).flip();
        Path target = fileFor(lastSequence);
        Path temp = dir.resolve(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            while (file.hasRemaining()) {
                channel.write(file);
            }
            channel.force(true); // the bytes are on disk before the name says they are a snapshot
        } catch (IOException e) {
            throw new WalException(temp, "cannot write the snapshot", e);
        }
        try {
            // rename(2) replaces the name in one step: readers see the old directory entry or the new one.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new WalException(target, "cannot rename the snapshot into place", e);
        }
        SegmentFiles.forceDirectory(dir); // and the new name itself survives a power loss
        return target;
    }

    /** Snapshot files, newest (highest last sequence) first. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new WalException(dir, "cannot list the snapshot directory", e);
        }
        files.sort(null);
        return files.reversed();
    }

    /** The newest snapshot that reads back whole and checked; torn or corrupt newer ones are passed over. */
    public Optional<Snapshot> newestValid() {
        for (Path file : files()) {
            Optional<Snapshot> snapshot = read(file);
            if (snapshot.isPresent()) {
                return snapshot;
            }
        }
        return Optional.empty();
    }

    /** Reads one snapshot file; empty when it is torn, truncated or fails its CRC. */
    public Optional<Snapshot> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WalException(file, "cannot read the snapshot", e);
        }
        if (bytes.length < HEADER_BYTES + 4) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != MAGIC) {
            throw new WalFormatException(file, String.format("not a Tick to Trade snapshot: magic 0x%08x", b.getInt(0)));
        }
        if (b.getInt(4) != VERSION) {
            throw new WalFormatException(file, "snapshot format version " + b.getInt(4) + ", this reader understands "
                    + VERSION + " only");
        }
        int length = b.getInt(16);
        if (length < 0 || length != bytes.length - HEADER_BYTES - 4) {
            return Optional.empty(); // torn: the file is not as long as its header says
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, HEADER_BYTES + length);
        if ((int) crc.getValue() != b.getInt(HEADER_BYTES + length)) {
            return Optional.empty();
        }
        return Optional.of(new Snapshot(file, b.getLong(8), b.slice(HEADER_BYTES, length).asReadOnlyBuffer()));
    }

    /** Deletes all but the newest {@code keep} snapshots (keep at least 2: the fallback needs one behind). */
    public int prune(int keep) {
        List<Path> files = files();
        int deleted = 0;
        for (int i = keep; i < files.size(); i++) {
            try {
                Files.delete(files.get(i));
                deleted++;
            } catch (IOException e) {
                throw new WalException(files.get(i), "cannot delete an old snapshot", e);
            }
        }
        return deleted;
    }
}
