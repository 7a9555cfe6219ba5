package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson 6: a JVM appending to the log is killed with SIGKILL (Process.destroyForcibly) in the middle of its
 * appends, while its segments roll. Every sequence it acknowledged is recovered, intact, and the log reopens.
 */
class KillNineTest {

    @Test
    void aKilledWriterLosesNothingItAcknowledged(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        long acknowledged = 0;
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            String line;
            while (acknowledged < 5_000 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Long.parseLong(line.substring(4));
                } else if (other.length() < 2_000) {
                    other.append(line).append('\n');
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no close(), no force
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
        }
        assertTrue(acknowledged > 0, "the child acknowledged nothing; its output: " + other);
        TestLogs.Collected seen = new TestLogs.Collected();
        RecoveryReport report = RecoveryScanner.scan(dir, seen);
        long recovered = seen.sequences.size();
        assertTrue(recovered >= acknowledged, "acknowledged " + acknowledged + ", recovered " + report);
        for (int k = 0; k < recovered; k++) {
            assertTrue(seen.sequences.get(k) == k + 1 && TestLogs.isOriginal(k + 1, seen.payloads.get(k)),
                    "record " + (k + 1) + " is not what was written");
        }
        try (WalWriter reopened = WalWriter.open(dir, new ForcePolicy.EveryRecord(), 1 << 16)) {
            long next = reopened.append(TestLogs.command(recovered + 1));
            assertTrue(next == recovered + 1, "the reopened log continues after the recovered records");
        }
        System.out.println("kill -9: acknowledged " + acknowledged + ", recovered " + recovered + " -> " + report);
    }
}
