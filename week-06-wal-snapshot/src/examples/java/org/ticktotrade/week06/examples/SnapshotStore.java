package org.ticktotrade.week06.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Lesson 5: snapshots as files named by the last sequence they cover, written atomically, each checked by
 * its own CRC32C, and the rule for which log segments a snapshot lets go.
 *
 * <pre>
 *   int magic "SNP6", long last sequence, int body length, int CRC32C of the body, body
 * </pre>
 */
public final class SnapshotStore {

    public static final int MAGIC = 0x36504e53; // "SNP6" read as a little-endian int
    static final int HEADER = 20;

    public record Snapshot(long lastSequence, ByteBuffer body) {}

    private SnapshotStore() {}

    public static String name(long lastSequence) {
        return String.format("snapshot-%020d.snap", lastSequence);
    }

    // tag::write[]
    public static Path write(Path dir, long lastSequence, ByteBuffer body) throws IOException {
        ByteBuffer file = ByteBuffer.allocate(HEADER + body.remaining()).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        crc.update(body.duplicate());
        file.putInt(MAGIC).putLong(lastSequence).putInt(body.remaining()).putInt((int) crc.getValue())
                .put(body.duplicate()).flip();
        Path target = dir.resolve(name(lastSequence));
        DurableFiles.replaceAtomically(target, file); // temp, force, rename, force the directory
        return target;
    }
    // end::write[]

    // tag::newest-valid[]
    /** The snapshot with the highest sequence whose header and CRC check; older ones are the fallback. */
    public static Optional<Snapshot> newestValid(Path dir) throws IOException {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(dir)) {
            candidates = files.filter(p -> p.getFileName().toString().matches("snapshot-\\d{20}\\.snap"))
                    .sorted(Comparator.reverseOrder()) // zero-padded names sort like their numbers
                    .toList();
        }
        for (Path p : candidates) {
            Optional<Snapshot> s = read(p);
            if (s.isPresent()) {
                return s;
            }
            // torn or damaged: say so in a real system, and try the previous one
        }
        return Optional.empty();
    }
    // end::newest-valid[]

    static Optional<Snapshot> read(Path p) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
        if (file.remaining() < HEADER || file.getInt(0) != MAGIC) {
            return Optional.empty();
        }
        int length = file.getInt(12);
        if (length < 0 || length != file.remaining() - HEADER) {
            return Optional.empty();
        }
        ByteBuffer body = file.slice(HEADER, length);
        CRC32C crc = new CRC32C();
        crc.update(body.duplicate());
        return (int) crc.getValue() == file.getInt(16)
                ? Optional.of(new Snapshot(file.getLong(4), body))
                : Optional.empty();
    }

    // tag::prune[]
    /**
     * Which segments a snapshot covering every sequence up to {@code snapshotSequence} lets go, given the
     * first sequence of each segment in order. A segment may go only if the NEXT segment starts at or
     * before snapshotSequence + 1: then every frame in it is at most snapshotSequence. The last segment,
     * the one being written, never goes.
     */
    public static int prunableSegments(long[] firstSequences, long snapshotSequence) {
        int n = 0;
        while (n + 1 < firstSequences.length && firstSequences[n + 1] <= snapshotSequence + 1) {
            n++;
        }
        return n;
    }
    // end::prune[]
}
