package org.ticktotrade.grader.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small misbehaving programs the fork runner must contain. */
public final class Hostile {

    private Hostile() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "spin-with-child" -> {
                Process child = new ProcessBuilder("sleep", "600").start();
                System.out.println("child " + child.pid());
                System.out.flush();
                long x = 0;
                while (x >= 0) {
                    x++;
                }
            }
            case "exit0" -> System.exit(0);
            case "allocate" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 16]);
                }
            }
            case "flood" -> {
                String line = "x".repeat(100);
                for (int i = 0; i < 100_000; i++) {
                    System.out.println(line);
                }
            }
            case "write-cwd" -> Files.writeString(Path.of("written-by-fork.txt"), "here");
            case "escape" -> escape(args);
            case "threads" -> {
                int n = 0;
                try {
                    while (true) {
                        Thread.ofPlatform().daemon().start(() -> {
                            try {
                                Thread.sleep(600_000);
                            } catch (InterruptedException e) {
                                // ends the thread
                            }
                        });
                        n++;
                    }
                } catch (Throwable t) {
                    System.out.println("threads: stopped at " + n + " by " + t);
                }
            }
            case "native" -> {
                long total = 0;
                try {
                    var f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
                    f.setAccessible(true);
                    sun.misc.Unsafe unsafe = (sun.misc.Unsafe) f.get(null);
                    while (true) {
                        long chunk = 64L << 20;
                        long address = unsafe.allocateMemory(chunk);
                        unsafe.setMemory(address, chunk, (byte) 1);
                        total += chunk;
                    }
                } catch (Throwable t) {
                    System.out.println("native: stopped at " + (total >> 20) + " MB by " + t);
                }
            }
            case "big-file" -> {
                long written = 0;
                byte[] mb = new byte[1 << 20];
                try (var out = Files.newOutputStream(Path.of(args[1]))) {
                    while (written < (4L << 30)) {
                        out.write(mb);
                        written += mb.length;
                    }
                    System.out.println("big-file: wrote " + (written >> 20) + " MB");
                } catch (Throwable t) {
                    System.out.println("big-file: stopped at " + (written >> 20) + " MB by " + t);
                }
            }
            case "many-files" -> {
                int n = 0;
                byte[] mb = new byte[1 << 20];
                try {
                    while (n < 4096) {
                        Files.write(Path.of("filler-" + n), mb);
                        n++;
                    }
                    System.out.println("many-files: wrote " + n + " MB");
                } catch (Throwable t) {
                    System.out.println("many-files: stopped at " + n + " MB by " + t);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Every way out it can think of; one line each: ALLOWED or BLOCKED with the reason. */
    private static void escape(String[] args) {
        int port = Integer.parseInt(args[1]);
        for (int i = 2; i < args.length; i++) {
            Path target = Path.of(args[i]);
            attempt("write " + target, () -> {
                Files.createDirectories(target.getParent());
                Files.writeString(target, "escaped");
            });
        }
        attempt("write ../escape", () -> Files.writeString(Path.of("..", "escape-from-work-dir"), "escaped"));
        attempt("read /root/.m2/settings.xml", () -> Files.readString(Path.of("/root/.m2/settings.xml")));
        attempt("read /etc/passwd", () -> Files.readString(Path.of("/etc/passwd")));
        attempt("list /", () -> System.out.println("  / holds " + Files.list(Path.of("/")).map(Path::toString).sorted().toList()));
        attempt("connect 127.0.0.1:" + port, () -> {
            try (var s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2_000);
                s.getOutputStream().write("leaked\n".getBytes());
            }
        });
        attempt("exec /bin/sh", () -> new ProcessBuilder("/bin/sh", "-c", "id").start().waitFor());
        attempt("write tmpdir", () -> Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "ok.txt"), "ok"));
        attempt("status", () -> Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Uid") || l.startsWith("CapEff") || l.startsWith("NoNewPrivs"))
                .forEach(l -> System.out.println("  " + l.replace('\t', ' '))));
        attempt("see processes", () -> System.out.println("  " + ProcessHandle.allProcesses().count() + " processes visible"));
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static void attempt(String what, Attempt a) {
        try {
            a.run();
            System.out.println(what + ": ALLOWED");
        } catch (Throwable t) {
            System.out.println(what + ": BLOCKED (" + t + ")");
        }
    }
}
