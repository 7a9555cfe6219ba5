package org.ticktotrade.week06.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * The parent side of lessons 1 and 6: start {@link ForkedWriter} in a JVM of its own, wait for a number
 * of acknowledgements, kill the child with SIGKILL while it is still writing, and recover the file.
 */
public final class KillNine {

    /** The last sequence the child acknowledged before it died, and what recovery found in the file. */
    public record Outcome(long lastAcknowledged, RecoveryScan.Result recovered) {}

    private KillNine() {}

    // tag::parent[]
    public static Outcome run(Path file, boolean force, int acksBeforeKill) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                ForkedWriter.class.getName(), file.toString(), force ? "force" : "no-force")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastAck = -1;
        try (BufferedReader acks = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line; lastAck < acksBeforeKill - 1 && (line = acks.readLine()) != null; ) {
                lastAck = Long.parseLong(line.substring(4));
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child survived SIGKILL");
            }
        }
        // The child is gone. Whatever it wrote with write() is in the page cache, and this process reads it back.
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer log = FramedRecord.newLog(bytes.length + FramedRecord.HEADER).put(0, bytes);
        return new Outcome(lastAck, RecoveryScan.scan(log, 0, new CRC32C()));
    }
    // end::parent[]
}
