package org.ticktotrade.grader.asm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ./kata asm} found, as {@code listing.json}: the instructions of each hot path, how they
 * were disassembled and on what. The journal gate checks quotes against it.
 *
 * @param buildHash identifies the compiled classes the listing came from (stale when they change)
 */
public record AsmListing(String week, String source, String backend, String arch, String jdk, String cpu,
                         String generated, String buildHash, List<HotPath> paths) {

    public static final String FILE = "listing.json";

    public AsmListing {
        paths = List.copyOf(paths);
    }

    public record HotPath(String id, String title, String method, String compiler, int compileId, String file,
                          List<Insn> instructions) {
        public HotPath {
            instructions = List.copyOf(instructions);
        }
    }

    /** @param expensive why the instruction is costly, or null */
    public record Insn(String address, String text, String normalised, String shape, String expensive) {}

    public static Optional<AsmListing> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper().readValue(file.toFile(), AsmListing.class));
        } catch (IOException e) {
            // an unreadable listing is a missing one: the caller regenerates it
            return Optional.empty();
        }
    }

    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            org.ticktotrade.grader.render.Json.writeAtomically(dir.resolve(FILE), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
