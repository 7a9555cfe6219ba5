package org.ticktotrade.grader.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One job slot's control group, when the grader may create them (root, a writable cgroup file system):
 * an equal CPU share (a submission spinning on every core cannot starve the one graded next to it),
 * a cap on processes and threads, and a cap on the memory of everything in the slot (JVMs, their
 * children and the tmpfs work dir). A fork joins it before anything runs: the command starts with a
 * tiny {@code sh} that writes its own pid into the group, then execs the sandbox.
 *
 * <p>cgroup v1 (a folder per controller) and v2 (one unified tree) are both handled; where neither can
 * be written, {@link #create} says why and the sandbox relies on its per-process limits alone.
 */
public final class CgroupSlot implements AutoCloseable {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    private final List<Path> groups;
    private final List<Path> toRemove;
    private final String description;

    private CgroupSlot(List<Path> groups, List<Path> toRemove, String description) {
        this.groups = List.copyOf(groups);
        this.toRemove = List.copyOf(toRemove);
        this.description = description;
    }

    /**
     * @param run  a name unique to this grading run (several runs may share a machine)
     * @param why  receives the reason when no group could be made
     */
    public static Optional<CgroupSlot> create(String run, int slot, int memoryMb, int processes, StringBuilder why) {
        if (!Bubblewrap.isRoot()) {
            why.append("cgroups need root");
            return Optional.empty();
        }
        return create(ROOT, run, slot, memoryMb, processes, why);
    }

    /** Under {@code root} instead of /sys/fs/cgroup, with no root check: for tests on a fake tree. */
    static Optional<CgroupSlot> create(Path root, String run, int slot, int memoryMb, int processes, StringBuilder why) {
        removeStale(root);
        String name = "kata-" + run.replaceAll("[^A-Za-z0-9_.-]", "_") + "-slot" + slot;
        long memory = memoryMb * 1024L * 1024L;
        try {
            if (Files.isRegularFile(root.resolve("cgroup.controllers"))) {
                return Optional.of(v2(root, name, memory, processes));
            }
            if (Files.isDirectory(root.resolve("cpu")) && Files.isDirectory(root.resolve("pids"))
                    && Files.isDirectory(root.resolve("memory"))) {
                return Optional.of(v1(root, name, memory, processes));
            }
            why.append("no cgroup v1 cpu/pids/memory controllers or cgroup v2 tree under ").append(root);
        } catch (IOException | RuntimeException e) {
            // the exception's name too: an AccessDeniedException's message is only the path
            why.append("could not create a cgroup: ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return Optional.empty();
    }

    private static CgroupSlot v1(Path root, String name, long memory, int processes) throws IOException {
        List<Path> made = new ArrayList<>();
        try {
            Path cpu = mkdir(root.resolve("cpu").resolve(name), made);
            write(cpu.resolve("cpu.shares"), "1024");
            Path pids = mkdir(root.resolve("pids").resolve(name), made);
            write(pids.resolve("pids.max"), String.valueOf(processes));
            Path mem = mkdir(root.resolve("memory").resolve(name), made);
            write(mem.resolve("memory.limit_in_bytes"), String.valueOf(memory));
            // memory + swap: without it a slot could swap past its limit (absent when swap accounting is off)
            if (Files.exists(mem.resolve("memory.memsw.limit_in_bytes"))) {
                write(mem.resolve("memory.memsw.limit_in_bytes"), String.valueOf(memory));
            }
            return new CgroupSlot(List.of(cpu, pids, mem), made, describe("v1", memory, processes));
        } catch (IOException | RuntimeException e) {
            removeAll(made);
            throw e;
        }
    }

    private static CgroupSlot v2(Path root, String name, long memory, int processes) throws IOException {
        List<Path> made = new ArrayList<>();
        try {
            Path parent = root.resolve("kata-grade");
            if (!Files.isDirectory(parent)) {
                write(root.resolve("cgroup.subtree_control"), "+cpu +pids +memory");
                mkdir(parent, new ArrayList<>());
            }
            write(parent.resolve("cgroup.subtree_control"), "+cpu +pids +memory");
            Path group = mkdir(parent.resolve(name), made);
            write(group.resolve("cpu.weight"), "100");
            write(group.resolve("pids.max"), String.valueOf(processes));
            write(group.resolve("memory.max"), String.valueOf(memory));
            return new CgroupSlot(List.of(group), made, describe("v2", memory, processes));
        } catch (IOException | RuntimeException e) {
            removeAll(made);
            throw e;
        }
    }

    private static String describe(String version, long memory, int processes) {
        return String.format(Locale.ROOT, "cgroup %s per slot: equal CPU share, %d processes+threads, %d MB memory",
                version, processes, memory / (1024 * 1024));
    }

    public String describe() {
        return description;
    }

    /** The slot's group folders, one per v1 controller or the one v2 group. */
    List<Path> groups() {
        return groups;
    }

    /** {@code sh -c 'echo $$ > .../cgroup.procs && ... && exec "$@"' kata-cgroup}: then the sandbox command. */
    List<String> joinPrefix() {
        StringBuilder script = new StringBuilder();
        for (Path g : groups) {
            String procs = g.resolve("cgroup.procs").toString();
            if (procs.contains("'")) {
                throw new IllegalStateException("unexpected cgroup path " + procs);
            }
            script.append("echo $$ > '").append(procs).append("' && ");
        }
        script.append("exec \"$@\"");
        return List.of("/bin/sh", "-c", script.toString(), "kata-cgroup");
    }

    @Override
    public void close() {
        removeAll(toRemove);
    }

    /** Groups of a grade run that was killed (no clean-up ran): named after its pid, which is gone. */
    private static void removeStale(Path root) {
        java.util.regex.Pattern ours = java.util.regex.Pattern.compile("kata-(\\d+)-slot\\d+");
        for (Path parent : List.of(root.resolve("cpu"), root.resolve("pids"), root.resolve("memory"), root.resolve("kata-grade"))) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (var dirs = Files.list(parent)) {
                for (Path d : dirs.toList()) {
                    var m = ours.matcher(d.getFileName().toString());
                    if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                        removeAll(List.of(d));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // best effort
            }
        }
    }

    private static Path mkdir(Path dir, List<Path> made) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectory(dir);
                made.add(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another grade run made it since the check (kata-grade is shared): use it, leave it to them
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
            }
        }
        return dir;
    }

    private static void write(Path file, String value) throws IOException {
        Files.writeString(file, value);
    }

    private static void removeAll(List<Path> dirs) {
        for (Path d : dirs.reversed()) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                // still has a process (it will be gone shortly) or already removed: harmless
            }
        }
    }
}
