package org.ticktotrade.grader.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.GraderHome;

/**
 * The instructors' sandbox, probed with the hostile programs of {@link Hostile}: what a fork may do
 * (its own scratch space, its own loopback) and what it may not (anything else). Skipped where
 * bubblewrap is not installed ({@code ./kata setup} installs it).
 */
class BubblewrapTest {

    private static Path bwrap;

    @BeforeAll
    static void needsBubblewrap() {
        bwrap = Bubblewrap.find().orElse(null);
        assumeTrue(bwrap != null, "bubblewrap is not installed (./kata setup)");
    }

    private static Bubblewrap sandbox(int slot) {
        return new Bubblewrap(bwrap, Bubblewrap.Limits.defaults(), Bubblewrap.uidForSlot(slot), null);
    }

    /** A work dir the slot's uid can reach: JUnit's temp dirs are private to the user running the tests. */
    static Path open(Path tempDir, String name) throws IOException {
        Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Files.createDirectories(tempDir.resolve(name));
    }

    private static ForkSpec spec(Path work, Duration wall, String... args) {
        return ForkSpec.builder("hostile-" + args[0], Hostile.class.getName())
                .classpath(List.of(ForkedJvmTest.codeSource(Hostile.class), GraderHome.get().classes()))
                .args(args)
                .heapMb(64)
                .wallTime(wall)
                .outputCapBytes(64 * 1024)
                .workDir(work)
                .build();
    }

    @Test
    void nothingLeavesTheSandboxButItsOwnScratchSpace(@TempDir Path dir) throws Exception {
        Path work = open(dir, "work");
        Path outside = dir.resolve("outside/escaped.txt");
        Path hostTmp = Path.of("/tmp/kata-escape-" + ProcessHandle.current().pid());
        Path course = GraderHome.get().classes().resolve("escaped-into-classes.txt");
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread accept = Thread.ofPlatform().daemon().start(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            ForkResult r = new ForkedJvm(sandbox(0)).run(spec(work, Duration.ofSeconds(60), "escape",
                    String.valueOf(listener.getLocalPort()), outside.toString(), hostTmp.toString(), course.toString()), null);
            String out = r.stdout();
            System.out.println(out + r.stderr());
            assertEquals(0, r.exitCode(), r.stderr());
            for (String blocked : List.of("write " + outside, "write " + hostTmp, "write " + course, "write ../escape",
                    "read /root/.m2/settings.xml", "read /etc/passwd", "connect 127.0.0.1", "exec /bin/sh")) {
                String line = out.lines().filter(l -> l.startsWith(blocked)).findFirst().orElseThrow(() -> new AssertionError(blocked + "\n" + out));
                assertTrue(line.contains("BLOCKED"), line);
            }
            assertTrue(out.contains("write tmpdir: ALLOWED"), out);
            assertTrue(out.contains("NoNewPrivs: 1") || out.contains("NoNewPrivs:1"), out);
            assertTrue(out.lines().anyMatch(l -> l.contains("CapEff") && l.endsWith("0000000000000000")), out);
            listener.close();
            accept.join(2_000);
        }
        assertFalse(Files.exists(outside), "wrote " + outside);
        assertFalse(Files.exists(hostTmp), "wrote " + hostTmp);
        assertFalse(Files.exists(course), "wrote " + course);
        assertFalse(Files.exists(dir.resolve("escape-from-work-dir")));
        assertEquals(0, connections.get(), "a sandboxed fork reached a host listener");
        // its scratch space was its own, and is gone with it
        assertFalse(Files.exists(work.resolve("tmp/ok.txt")), "the work dir is a throw-away tmpfs");
    }

    @Test
    void threadsMemoryAndFilesAreCapped(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String mode : List.of("threads", "native", "many-files")) {
            Path work = open(dir, mode);
            ForkResult r = new ForkedJvm(sandbox(0)).run(spec(work, Duration.ofSeconds(60), mode), null);
            lines.add(mode + " -> exit " + r.exitCode() + ": " + r.stdout().strip() + " " + r.stderr().lines().limit(3).toList());
        }
        Path work = open(dir, "big-file");
        ForkResult r = new ForkedJvm(sandbox(0)).run(spec(work, Duration.ofSeconds(60), "big-file", work.resolve("tmp/big").toString()), null);
        lines.add("big-file -> exit " + r.exitCode() + ": " + r.stdout().strip());
        lines.forEach(System.out::println);
        String all = String.join("\n", lines);
        assertTrue(all.contains("threads: stopped at"), all);
        assertTrue(all.contains("native: stopped at"), all);
        assertTrue(all.contains("many-files: stopped at"), all);
        assertTrue(all.contains("big-file: stopped at"), all);
    }

    @Test
    void theProbeRunsAndItsOutputComesBack(@TempDir Path dir) throws Exception {
        Path work = open(dir, "probe");
        Path result = work.resolve("probe.out");
        ForkSpec spec = ForkSpec.builder("probe", Probe.class.getName())
                .classpath(List.of(GraderHome.get().classes()))
                .args(result.toString())
                .heapMb(64)
                .wallTime(Duration.ofSeconds(30))
                .workDir(work)
                .output(result)
                .build();
        ForkResult r = new ForkedJvm(sandbox(0)).run(spec, null);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(Files.readString(result).startsWith("sandbox ok"));
    }
}
