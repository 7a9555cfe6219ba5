package org.ticktotrade.grader.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The instructors' OS sandbox: every forked JVM runs inside bubblewrap, so a submission's code sees
 * only the JDK, the system's shared libraries and its own class path (read-only, at their usual paths),
 * a small throw-away file system as its work dir, and the result file the grader reads back.
 *
 * <p>What each layer blocks (the probes are in {@code BubblewrapTest} and the instructor notes):
 * <ul>
 * <li>{@code --unshare-all}: own network namespace (only {@code lo}, so no host or internet socket; a
 *     fork's own loopback still works, which JMH and jcstress need between their JVMs), own PID
 *     namespace (no other process visible or killable), own IPC, UTS and user namespaces;</li>
 * <li>{@code --cap-drop ALL}, {@code --new-session} (no terminal injection), {@code --die-with-parent}
 *     (the sandbox dies with the grader, even on {@code kill -9});</li>
 * <li>an empty root with read-only binds, remounted read-only: no {@code /etc}, no {@code /home}, no
 *     shell, no course sources, no other submission, no output folder;</li>
 * <li>the work dir is a tmpfs of {@link Limits#scratchMb()} MB: whatever the fork writes is capped and
 *     thrown away, except the declared {@link ForkSpec#outputs()}, bound from the host;</li>
 * <li>{@code setpriv} to an unprivileged uid of this job slot (when the grader runs as root), then
 *     {@code prlimit}: address space, processes (per uid, hence a uid per slot), file size, open files,
 *     no core dumps;</li>
 * <li>optionally a {@link CgroupSlot}: CPU share, pids and memory for the whole slot.</li>
 * </ul>
 */
public final class Bubblewrap implements Isolation {

    /**
     * @param addressSpaceMb virtual memory per process (every JVM in the sandbox reserves ~2-3 GB of it)
     * @param processes      processes and threads of the slot's uid
     * @param fileSizeMb     the largest file the fork may write
     * @param openFiles      open file descriptors per process
     * @param scratchMb      size of the tmpfs that is the fork's work dir
     */
    public record Limits(int addressSpaceMb, int processes, int fileSizeMb, int openFiles, int scratchMb) {
        public static Limits defaults() {
            return new Limits(4096, 384, 64, 1024, 256);
        }

        public String describe() {
            return String.format(Locale.ROOT, "address space %d MB/process, %d processes+threads, files <= %d MB, "
                    + "%d open files, %d MB scratch", addressSpaceMb, processes, fileSizeMb, openFiles, scratchMb);
        }
    }

    /** The uid a slot's forks run as when the grader is root: 65534 (nobody) for slot 0, then 65533, ... */
    public static final int FIRST_UID = 65534;

    private final Path bwrap;
    private final Limits limits;
    private final OptionalInt uid;
    private final CgroupSlot cgroup;

    public Bubblewrap(Path bwrap, Limits limits, OptionalInt uid, CgroupSlot cgroup) {
        this.bwrap = bwrap;
        this.limits = limits;
        this.uid = uid;
        this.cgroup = cgroup;
    }

    /** bwrap on the PATH, if any. */
    public static Optional<Path> find() {
        return which("bwrap");
    }

    static Optional<Path> which(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The uid for a job slot, when the grader can switch uids (it runs as root); empty otherwise. */
    public static OptionalInt uidForSlot(int slot) {
        return isRoot() ? OptionalInt.of(FIRST_UID - slot) : OptionalInt.empty();
    }

    public Limits limits() {
        return limits;
    }

    public OptionalInt uid() {
        return uid;
    }

    @Override
    public String describe() {
        return "bubblewrap sandbox (no network, read-only JDK and class path, " + limits.scratchMb()
                + " MB throw-away work dir, capabilities dropped, "
                + (uid.isPresent() ? "uid " + uid.getAsInt() : "your own uid in a user namespace") + "; "
                + limits.describe() + (cgroup == null ? "" : "; " + cgroup.describe()) + ")";
    }

    @Override
    public List<String> wrap(List<String> javaCommand, ForkSpec spec) {
        Path work = spec.workDir().toAbsolutePath().normalize();
        prepareOutputs(spec, work);

        List<String> cmd = new ArrayList<>();
        if (cgroup != null) {
            cmd.addAll(cgroup.joinPrefix());
        }
        if (uid.isPresent()) {
            String id = String.valueOf(uid.getAsInt());
            cmd.addAll(List.of(which("setpriv").map(Path::toString).orElse("setpriv"),
                    "--reuid=" + id, "--regid=" + id, "--clear-groups", "--"));
        }
        long mb = 1024L * 1024L;
        cmd.addAll(List.of(which("prlimit").map(Path::toString).orElse("prlimit"),
                "--as=" + limits.addressSpaceMb() * mb,
                "--fsize=" + limits.fileSizeMb() * mb,
                "--nproc=" + limits.processes(),
                "--nofile=" + limits.openFiles(),
                "--core=0",
                "--"));
        cmd.add(bwrap.toString());
        cmd.addAll(List.of("--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                "--hostname", "kata-sandbox",
                "--clearenv",
                "--setenv", "HOME", work.toString(),
                "--setenv", "TMPDIR", work.resolve("tmp").toString(),
                "--setenv", "LANG", "C.UTF-8",
                // glibc reserves 64 MB of address space per malloc arena: keep the JVM inside its limit
                "--setenv", "MALLOC_ARENA_MAX", "2"));
        spec.environment().forEach((k, v) -> cmd.addAll(List.of("--setenv", k, v)));
        for (String[] bind : systemBinds()) {
            cmd.addAll(List.of(bind));
        }
        Set<Path> readOnly = new LinkedHashSet<>();
        readOnly.add(javaHome());
        spec.classpath().forEach(p -> readOnly.add(p.toAbsolutePath().normalize()));
        spec.readOnlyPaths().forEach(p -> readOnly.add(p.toAbsolutePath().normalize()));
        for (Path p : readOnly) {
            if (Files.exists(p) && !p.startsWith(work)) {
                cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
            }
        }
        // The work dir: a capped tmpfs, with what the grader put there (inputs: read-only) and the
        // declared outputs (writable) bound in from the host.
        cmd.addAll(List.of("--size", String.valueOf(limits.scratchMb() * mb), "--perms", "0700", "--tmpfs", work.toString()));
        for (String[] bind : workDirBinds(spec, work)) {
            cmd.addAll(List.of(bind));
        }
        cmd.addAll(List.of("--dir", work.resolve("tmp").toString()));
        // /tmp is the work dir's tmp (JVMs that jcstress and JMH start look there), unless a bound path lives under /tmp
        if (!work.startsWith("/tmp") && readOnly.stream().noneMatch(p -> p.startsWith("/tmp"))) {
            cmd.addAll(List.of("--symlink", work.resolve("tmp").toString(), "/tmp"));
        }
        for (Path p : readOnly) {
            if (Files.exists(p) && p.startsWith(work)) {
                cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
            }
        }
        cmd.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        // CPU topology: the JVM and jcstress size themselves by it (read-only, and nothing else of /sys).
        if (Files.isDirectory(Path.of("/sys/devices/system/cpu"))) {
            cmd.addAll(List.of("--ro-bind", "/sys/devices/system/cpu", "/sys/devices/system/cpu"));
        }
        cmd.addAll(List.of("--remount-ro", "/", "--chdir", work.toString(), "--"));
        cmd.addAll(javaCommand);
        return cmd;
    }

    /** The JDK the forks run on. */
    static Path javaHome() {
        return ForkedJvm.javaBinary().getParent().getParent().toAbsolutePath().normalize();
    }

    /** The shared libraries a JVM needs, and the /lib, /lib64 links of a merged-/usr system. */
    static List<String[]> systemBinds() {
        List<String[]> binds = new ArrayList<>();
        for (String dir : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64")) {
            if (Files.isDirectory(Path.of(dir))) {
                binds.add(new String[] {"--ro-bind", dir, dir});
            }
        }
        for (String top : List.of("/lib", "/lib64")) {
            Path p = Path.of(top);
            try {
                if (Files.isSymbolicLink(p)) {
                    binds.add(new String[] {"--symlink", Files.readSymbolicLink(p).toString(), top});
                } else if (Files.isDirectory(p)) {
                    binds.add(new String[] {"--ro-bind", top, top});
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return binds;
    }

    private List<String[]> workDirBinds(ForkSpec spec, Path work) {
        List<String[]> binds = new ArrayList<>();
        Set<Path> outputs = new LinkedHashSet<>();
        spec.outputs().forEach(o -> outputs.add(o.toAbsolutePath().normalize()));
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted().toList()) {
                if (p.equals(work) || outputs.contains(p)) {
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    binds.add(new String[] {"--dir", p.toString()});
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    binds.add(new String[] {"--ro-bind", p.toString(), p.toString()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path o : outputs) {
            if (o.startsWith(work)) {
                binds.add(new String[] {"--bind", o.toString(), o.toString()});
            }
        }
        return binds;
    }

    /** Result files exist before the fork (a bind needs a source) and belong to the slot's uid. */
    private void prepareOutputs(ForkSpec spec, Path work) {
        try {
            if (uid.isPresent()) {
                requireTraversable(work);
            }
            for (Path o : spec.outputs()) {
                Path file = o.toAbsolutePath().normalize();
                if (!file.startsWith(work)) {
                    throw new IllegalArgumentException(spec.label() + ": output " + file + " is outside the work dir " + work);
                }
                Files.createDirectories(file.getParent());
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createFile(file);
                }
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                if (uid.isPresent()) {
                    chown(file, uid.getAsInt());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** bwrap runs as the slot's uid: it must be able to reach the work dir to bind the result file. */
    private void requireTraversable(Path work) throws IOException {
        for (Path dir = work.getParent(); dir != null; dir = dir.getParent()) {
            if (!Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("the sandbox's uid " + uid.getAsInt() + " cannot reach " + work
                        + ": " + dir + " is not world-traversable (chmod o+x, or grade into another folder)");
            }
        }
    }

    static void chown(Path file, int id) throws IOException {
        Files.setAttribute(file, "unix:uid", id, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(file, "unix:gid", id, LinkOption.NOFOLLOW_LINKS);
    }
}
