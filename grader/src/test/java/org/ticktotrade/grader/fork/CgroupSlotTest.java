package org.ticktotrade.grader.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job slot's control group: the files written for cgroup v1 and v2 (on fake trees in a temp folder),
 * and, where the grader can make real v1 groups (root, v1 pids and memory controllers), that the limits
 * hold: a process that allocates without bound is killed by the memory limit, one that starts threads
 * without bound is refused beyond pids.max, and the groups are removed afterwards.
 *
 * <p>v2 <em>enforcement</em> is not exercised here: the machines this was written on are cgroup v1 (the
 * unified mount has no controllers), so only the v2 files are checked. On a v2 host the real-tree tests
 * skip, saying why.
 */
class CgroupSlotTest {

    private static final Path REAL = Path.of("/sys/fs/cgroup");
    private static final String RUN = String.valueOf(ProcessHandle.current().pid());

    // ---- fake trees: what is written, and where ----

    @Test
    void v2WritesTheControllersAndLimitsIntoItsOwnSubtree(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpuset cpu io memory pids\n");
        Files.writeString(root.resolve("cgroup.subtree_control"), "");
        StringBuilder why = new StringBuilder();

        CgroupSlot slot = CgroupSlot.create(root, "4242", 1, 96, 50, why).orElseThrow(() -> new AssertionError(why));

        Path group = root.resolve("kata-grade/kata-4242-slot1");
        assertEquals(List.of(group), slot.groups());
        assertEquals("+cpu +pids +memory", Files.readString(root.resolve("cgroup.subtree_control")));
        assertEquals("+cpu +pids +memory", Files.readString(root.resolve("kata-grade/cgroup.subtree_control")));
        assertEquals("100", Files.readString(group.resolve("cpu.weight")));
        assertEquals("50", Files.readString(group.resolve("pids.max")));
        assertEquals(String.valueOf(96L << 20), Files.readString(group.resolve("memory.max")));
        assertTrue(slot.describe().startsWith("cgroup v2 per slot"), slot.describe());
        assertTrue(slot.joinPrefix().get(2).contains("echo $$ > '" + group.resolve("cgroup.procs") + "'"), slot.joinPrefix().toString());
        assertEquals("", why.toString());
    }

    @Test
    void v1WritesOneGroupPerController(@TempDir Path root) throws IOException {
        for (String c : List.of("cpu", "pids", "memory")) {
            Files.createDirectories(root.resolve(c));
        }
        CgroupSlot slot = CgroupSlot.create(root, "run/1", 0, 64, 30, new StringBuilder()).orElseThrow();

        String name = "kata-run_1-slot0"; // the run name is made safe for a folder name
        assertEquals(List.of(root.resolve("cpu").resolve(name), root.resolve("pids").resolve(name), root.resolve("memory").resolve(name)),
                slot.groups());
        assertEquals("1024", Files.readString(root.resolve("cpu").resolve(name).resolve("cpu.shares")));
        assertEquals("30", Files.readString(root.resolve("pids").resolve(name).resolve("pids.max")));
        assertEquals(String.valueOf(64L << 20), Files.readString(root.resolve("memory").resolve(name).resolve("memory.limit_in_bytes")));
        assertTrue(slot.describe().startsWith("cgroup v1 per slot"), slot.describe());
    }

    @Test
    void withNeitherTreeItSaysWhy(@TempDir Path root) {
        StringBuilder why = new StringBuilder();
        assertEquals(Optional.empty(), CgroupSlot.create(root, "1", 0, 64, 30, why));
        assertEquals("no cgroup v1 cpu/pids/memory controllers or cgroup v2 tree under " + root, why.toString());
    }

    @Test
    void aTreeThatCannotBeWrittenIsReportedWithTheCause(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpu memory pids\n");
        Files.createDirectory(root.resolve("cgroup.subtree_control")); // a write to it fails
        StringBuilder why = new StringBuilder();
        assertEquals(Optional.empty(), CgroupSlot.create(root, "1", 0, 64, 30, why));
        assertTrue(why.toString().startsWith("could not create a cgroup: FileSystemException: " + root.resolve("cgroup.subtree_control")),
                why.toString());
        assertFalse(Files.exists(root.resolve("kata-grade")), "a half-made tree was left behind");
    }

    @Test
    void staleGroupsOfDeadRunsAreRemovedAndLiveOnesKept(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("cgroup.controllers"), "cpu memory pids\n");
        Path parent = Files.createDirectories(root.resolve("kata-grade"));
        long dead = deadPid();
        Path stale = Files.createDirectory(parent.resolve("kata-" + dead + "-slot0"));
        Path live = Files.createDirectory(parent.resolve("kata-" + RUN + "-slot7"));
        Path other = Files.createDirectory(parent.resolve("someone-else"));

        CgroupSlot.create(root, RUN, 0, 64, 30, new StringBuilder()).orElseThrow();

        assertFalse(Files.exists(stale), "the group of dead run " + dead + " is still there");
        assertTrue(Files.isDirectory(live), "a live run's group was removed");
        assertTrue(Files.isDirectory(other), "a group not named like ours was removed");
    }

    // ---- the real v1 tree: the limits hold ----

    @Test
    void aProcessThatAllocatesWithoutBoundIsKilledByTheMemoryLimit() throws Exception {
        CgroupSlot slot = realV1(900, 128, 384);
        try {
            Path mem = slot.groups().get(2);
            assertEquals(String.valueOf(128L << 20), read(mem.resolve("memory.limit_in_bytes")));
            if (Files.exists(mem.resolve("memory.memsw.limit_in_bytes"))) {
                assertEquals(String.valueOf(128L << 20), read(mem.resolve("memory.memsw.limit_in_bytes")), "swap must not extend it");
            }
            // a small JVM fits: what kills the next one is the limit, not the way it is started
            Run small = run(slot, "-Xmx16m", "-version");
            assertEquals(0, small.exit, small.output);

            // native memory, touched page by page; the heap cap (-Xmx32m) does not cover it
            Run hog = run(slot, "-Xmx32m", Hostile.class.getName(), "native");
            assertEquals(128 + 9, hog.exit, "killed by SIGKILL (the OOM killer), not ended by itself: " + hog.output);
            assertFalse(hog.output.contains("native: stopped at"), "the allocation failed before the limit: " + hog.output);
            String oom = read(mem.resolve("memory.oom_control"));
            long kills = oom.lines().filter(l -> l.startsWith("oom_kill ")).mapToLong(l -> Long.parseLong(l.substring(9).strip()))
                    .findFirst().orElse(-1);
            assertTrue(kills >= 1 || (kills == -1 && Long.parseLong(read(mem.resolve("memory.failcnt"))) > 0),
                    "the kernel recorded no OOM kill in the slot: " + oom);
            long peak = Long.parseLong(read(mem.resolve("memory.max_usage_in_bytes")));
            assertTrue(peak <= 128L << 20, peak + " bytes used");
            System.out.printf("memory limit 128 MB: the hog exited %d, oom_kill %d, peak %d MB, failcnt %s%n", hog.exit, kills,
                    peak >> 20, read(mem.resolve("memory.failcnt")));
        } finally {
            closeAndCheckRemoved(slot);
        }
    }

    @Test
    void threadsBeyondPidsMaxAreRefused() throws Exception {
        int max = 64;
        CgroupSlot slot = realV1(901, 512, max);
        try {
            Path pids = slot.groups().get(1);
            assertEquals(String.valueOf(max), read(pids.resolve("pids.max")));

            Run bomb = run(slot, "-Xmx32m", Hostile.class.getName(), "threads");
            assertTrue(bomb.output.contains("threads: stopped at") && bomb.output.contains("unable to create native thread"),
                    bomb.output);
            int started = Integer.parseInt(bomb.output.replaceAll("(?s).*threads: stopped at (\\d+).*", "$1"));
            assertTrue(started < max, started + " threads started in a slot of " + max);
            String events = read(pids.resolve("pids.events"));
            assertTrue(events.matches("(?s).*max [1-9]\\d*.*"), "no fork was refused at pids.max: " + events);
            if (Files.exists(pids.resolve("pids.peak"))) {
                assertTrue(Long.parseLong(read(pids.resolve("pids.peak"))) <= max, read(pids.resolve("pids.peak")));
            }
            System.out.printf("pids.max %d: the bomb started %d threads besides the JVM's own; %s%n", max, started, events.strip());
        } finally {
            closeAndCheckRemoved(slot);
        }
    }

    @Test
    void staleRealGroupsAreRemoved() throws Exception {
        realV1Available();
        long dead = deadPid();
        List<Path> stale = new ArrayList<>();
        for (String c : List.of("cpu", "pids", "memory")) {
            stale.add(Files.createDirectory(REAL.resolve(c).resolve("kata-" + dead + "-slot0")));
        }
        try {
            CgroupSlot slot = realV1(902, 128, 64);
            closeAndCheckRemoved(slot);
            for (Path s : stale) {
                assertFalse(Files.exists(s), "stale group still there: " + s);
            }
        } finally {
            for (Path s : stale) {
                Files.deleteIfExists(s);
            }
        }
    }

    // ---- helpers ----

    private record Run(int exit, String output) {}

    /** {@code java ARGS} joined to the slot as the sandbox joins it, with the test classes on its class path. */
    private static Run run(CgroupSlot slot, String... javaArgs) throws Exception {
        List<String> cmd = new ArrayList<>(slot.joinPrefix());
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.add("-cp");
        cmd.add(ForkedJvmTest.codeSource(Hostile.class).toString());
        cmd.addAll(List.of(javaArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end in 120 s: " + cmd);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static void realV1Available() {
        assumeTrue(Bubblewrap.isRoot(), "cgroups need root: the grader runs without them here");
        assumeTrue(!Files.isRegularFile(REAL.resolve("cgroup.controllers")),
                "this host is cgroup v2: only the v2 files are tested (on a fake tree), not its enforcement");
        for (String c : List.of("cpu", "pids", "memory")) {
            assumeTrue(Files.isDirectory(REAL.resolve(c)), "no cgroup v1 " + c + " controller under " + REAL);
        }
    }

    private static CgroupSlot realV1(int slot, int memoryMb, int processes) {
        realV1Available();
        StringBuilder why = new StringBuilder();
        Optional<CgroupSlot> made = CgroupSlot.create(RUN, slot, memoryMb, processes, why);
        assumeTrue(made.isPresent(), "no cgroup could be made here: " + why);
        assertTrue(made.get().describe().startsWith("cgroup v1"), made.get().describe());
        return made.get();
    }

    /** Its processes have ended (and were reaped), so one close() must remove every group. */
    private static void closeAndCheckRemoved(CgroupSlot slot) {
        slot.close();
        for (Path g : slot.groups()) {
            assertFalse(Files.exists(g), "group not removed: " + g);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assumeTrue(ProcessHandle.of(pid).isEmpty(), "pid " + pid + " was reused at once");
        return pid;
    }
}
