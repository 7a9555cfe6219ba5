package org.ticktotrade.grader.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.GraderHome;

/** The fork runner's limits, exercised with small hostile programs (test/fork/Hostile.java). */
class ForkedJvmTest {

    private final ForkedJvm forks = new ForkedJvm(Isolation.NONE);

    private ForkSpec spec(Path dir, String mode, Duration wall) {
        return ForkSpec.builder("hostile-" + mode, Hostile.class.getName())
                .classpath(List.of(codeSource(Hostile.class), GraderHome.get().classes()))
                .args(mode)
                .heapMb(64)
                .wallTime(wall)
                .outputCapBytes(4096)
                .workDir(dir)
                .build();
    }

    static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEndlessLoopIsStoppedByTheTimeLimitWithItsChildren(@TempDir Path dir) {
        ForkResult r = forks.run(spec(dir, "spin-with-child", Duration.ofSeconds(3)), null);
        assertTrue(r.timedOut());
        assertTrue(r.millis() < 10_000, "took " + r.millis());
        assertTrue(r.describeEnd("3 s").contains("time limit"));
        // the child process it started was killed with it
        long child = Long.parseLong(r.stdout().lines().filter(l -> l.startsWith("child ")).findFirst().orElseThrow().substring(6).trim());
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "child " + child + " survived");
    }

    @Test
    void systemExitIsAnExitNotASuccess(@TempDir Path dir) {
        ForkResult r = forks.run(spec(dir, "exit0", Duration.ofSeconds(30)), null);
        assertFalse(r.timedOut());
        assertEquals(0, r.exitCode());
    }

    @Test
    void allocatingForeverEndsAsOutOfMemory(@TempDir Path dir) {
        ForkResult r = forks.run(spec(dir, "allocate", Duration.ofSeconds(60)), null);
        assertTrue(r.outOfMemory(), r.stderr());
        assertTrue(r.describeEnd("60 s").contains("out of memory"));
    }

    @Test
    void outputIsCappedAndTheChildNeverBlocks(@TempDir Path dir) {
        ForkResult r = forks.run(spec(dir, "flood", Duration.ofSeconds(30)), null);
        assertFalse(r.timedOut());
        assertTrue(r.outputTruncated());
        assertTrue(r.stdout().length() < 4096 + 200);
    }

    @Test
    void theForkWorksInItsOwnFolder(@TempDir Path dir) throws Exception {
        ForkResult r = forks.run(spec(dir, "write-cwd", Duration.ofSeconds(30)), null);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(Files.exists(dir.resolve("written-by-fork.txt")));
        assertTrue(Files.isDirectory(dir.resolve("tmp")));
    }
}
