package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFilesTest {

    @Test
    void replaceLeavesTheNewContentsAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("book.snap");
        DurableFiles.replaceAtomically(target, ByteBuffer.wrap("old".getBytes(StandardCharsets.US_ASCII)));
        DurableFiles.replaceAtomically(target, ByteBuffer.wrap("new!".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("new!", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("book.snap.tmp")));
    }

    @Test
    void aDirectoryCanBeForced(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("segment"));
        DurableFiles.forceDirectory(dir); // throws on a platform where it cannot be done
    }
}
