package org.ticktotrade.grader.fork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The one way untrusted code runs: a fresh JVM with a wall-time limit, heap and metaspace caps, an
 * output cap and its own scratch folder; on timeout the whole process tree is killed. No
 * SecurityManager exists on JDK 24+, so a separate process (plus an OS sandbox for batch grading) is
 * the containment.
 */
public final class ForkedJvm {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    /** Keeps JDK 25's Unsafe and native-access warnings (JMH, jcstress's JNA) out of every output. */
    public static final List<String> QUIET_FLAGS =
            List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    private final Isolation isolation;

    public ForkedJvm(Isolation isolation) {
        this.isolation = isolation;
    }

    public Isolation isolation() {
        return isolation;
    }

    public static Path javaBinary() {
        return JAVA;
    }

    /** The full {@code java ...} command line for a spec, before isolation. */
    public static List<String> javaCommand(ForkSpec spec) {
        List<String> cmd = new ArrayList<>();
        cmd.add(JAVA.toString());
        cmd.add("-Xmx" + spec.heapMb() + "m");
        cmd.add("-XX:MaxMetaspaceSize=" + spec.metaspaceMb() + "m");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-Djava.io.tmpdir=" + spec.workDir().resolve("tmp"));
        cmd.add("-Duser.home=" + spec.workDir());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(QUIET_FLAGS);
        cmd.addAll(spec.jvmOptions());
        cmd.add("-cp");
        cmd.add(spec.classpath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        cmd.add(spec.mainClass());
        cmd.addAll(spec.args());
        return cmd;
    }

    /**
     * Runs the fork to completion or to its time limit.
     *
     * @param heartbeat called about every 200 ms with the elapsed milliseconds, on the calling thread,
     *                  so a gate can show progress from the fork's result file
     */
    public ForkResult run(ForkSpec spec, LongConsumer heartbeat) {
        try {
            Files.createDirectories(spec.workDir().resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = isolation.wrap(javaCommand(spec), spec);
        ProcessBuilder pb = new ProcessBuilder(command).directory(spec.workDir().toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS")
                || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().putAll(spec.environment());
        long start = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + spec.label() + ": " + e.getMessage(), e);
        }
        CappedSink out = CappedSink.drain(process.getInputStream(), spec.outputCapBytes(), spec.label() + "-stdout");
        CappedSink err = CappedSink.drain(process.getErrorStream(), spec.outputCapBytes(), spec.label() + "-stderr");
        feed(process.getOutputStream(), spec.stdin());

        long deadline = start + spec.wallTime().toNanos();
        boolean timedOut = false;
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                if (heartbeat != null) {
                    heartbeat.accept((now - start) / 1_000_000);
                }
                if (now - deadline > 0) {
                    timedOut = true;
                    break;
                }
            }
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(spec.label() + " interrupted", e);
        }
        // Always: a finished JVM may leave children (JMH/jcstress forks, threads' processes) behind.
        killTree(process);
        int exit = waitQuietly(process);
        out.join();
        err.join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ForkResult(exit, timedOut, millis, out.text(), err.text(), out.truncated() || err.truncated());
    }

    /**
     * Runs a fork whose output goes straight to this terminal (a reader running a benchmark by hand),
     * with the same limits. Nothing is captured, so nothing here may feed a verdict.
     */
    public int runInteractive(ForkSpec spec) {
        try {
            Files.createDirectories(spec.workDir().resolve("tmp"));
            ProcessBuilder pb = new ProcessBuilder(isolation.wrap(javaCommand(spec), spec))
                    .directory(spec.workDir().toFile()).inheritIO();
            pb.environment().putAll(spec.environment());
            Process process = pb.start();
            if (!process.waitFor(spec.wallTime().toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                System.err.println("kata: stopped after " + spec.wallTime().toSeconds() + " s");
                return 124;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static void feed(OutputStream stdin, byte[] bytes) {
        try (stdin) {
            stdin.write(bytes);
        } catch (IOException e) {
            // The fork may have died before reading: its end is reported by the exit code.
        }
    }

    /** Kills descendants first (they would be re-parented to init if the parent went first). */
    static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        // Only while it runs: Process.destroy also closes our end of its stdout and stderr, so on a JVM that
        // has already exited it would throw away whatever output the pump threads had not read yet (on a
        // loaded machine, all of it: a quiz program that printed its answer came back "printing nothing").
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        for (ProcessHandle h : descendants) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // best effort: it was sent SIGKILL
            }
        }
    }

    private static int waitQuietly(Process process) {
        try {
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    /** Keeps the first {@code cap} bytes of a stream and discards the rest, so the child never blocks. */
    private static final class CappedSink {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int cap;
        private final Thread thread;
        private long total;

        private CappedSink(InputStream in, int cap, String name) {
            this.cap = cap;
            this.thread = Thread.ofPlatform().daemon().name(name).unstarted(() -> pump(in));
        }

        static CappedSink drain(InputStream in, int cap, String name) {
            CappedSink sink = new CappedSink(in, cap, name);
            sink.thread.start();
            return sink;
        }

        private void pump(InputStream in) {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (this) {
                        int room = (int) Math.max(0, cap - total);
                        kept.write(buf, 0, Math.min(room, n));
                        total += n;
                    }
                }
            } catch (IOException ignored) {
                // stream closed by the kill
            }
        }

        void join() {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized boolean truncated() {
            return total > cap;
        }

        synchronized String text() {
            String s = kept.toString(StandardCharsets.UTF_8);
            return truncated() ? s + "\n[... output capped at " + cap + " bytes; " + total + " bytes were written]" : s;
        }
    }
}
