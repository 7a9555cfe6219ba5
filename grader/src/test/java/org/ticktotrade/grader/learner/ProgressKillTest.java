package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.fork.ForkedJvm;

/**
 * Kills (SIGKILL) a process while it writes the progress file: a forked JVM rewrites a large file in
 * a loop, and the test kills it the moment it sees the writer's temp file appear (so the kill lands
 * while the bytes are being written, or just after), a few writes in, round after round. The file
 * left behind must always be complete, valid JSON that the store reads without setting anything aside.
 */
class ProgressKillTest {

    private static final int ROUNDS = 5;

    @Test
    void killingTheProcessWhileItWritesLeavesAValidProgressFile(@TempDir Path dir) throws Exception {
        Path kata = Files.createDirectories(dir.resolve(".kata"));
        Path file = kata.resolve("progress.json");
        Random random = new Random(42);
        int killedWithTempFileLeft = 0;
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            kata.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            for (int round = 0; round < ROUNDS; round++) {
                Process writer = new ProcessBuilder(ForkedJvm.javaBinary().toString(), "-Xmx512m", "-XX:+UseSerialGC",
                        "-cp", System.getProperty("java.class.path"), ProgressWriterLoop.class.getName(), file.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                int killAtWrite = random.nextInt(2, 5);
                int tempFilesSeen = 0;
                while (tempFilesSeen < killAtWrite) {
                    WatchKey key = watch.poll(30, TimeUnit.SECONDS);
                    assertTrue(key != null, "the writer never wrote");
                    for (WatchEvent<?> e : key.pollEvents()) {
                        if (e.context().toString().endsWith(".tmp")) {
                            tempFilesSeen++;
                        }
                    }
                    key.reset();
                }
                writer.destroyForcibly();
                assertTrue(writer.waitFor(10, TimeUnit.SECONDS));
                assertEquals(137, writer.exitValue(), "killed by SIGKILL, no chance to clean up");
                if (!ProgressStoreTest.leftovers(dir).isEmpty()) {
                    killedWithTempFileLeft++;
                }

                JsonNode json = new ObjectMapper().readTree(file.toFile());
                assertEquals(ProgressWriterLoop.ENTRIES, json.path("weeks").path("week-01").path("hintsShown").size(),
                        "a whole file, not a part of one");
                ByteArrayOutputStream warnings = new ByteArrayOutputStream();
                new ProgressStore(file, new PrintStream(warnings, true, StandardCharsets.UTF_8)).load();
                assertEquals("", warnings.toString(StandardCharsets.UTF_8), "nothing to set aside");
                assertEquals(List.of(), ProgressStoreTest.brokenCopies(dir));
            }
        }
        System.out.println("ProgressKillTest: " + ROUNDS + " kills, " + killedWithTempFileLeft
                + " of them left a temp file behind (killed before the rename)");
        assertTrue(killedWithTempFileLeft >= 1, "no kill landed before a rename: the test proved nothing");
    }
}
