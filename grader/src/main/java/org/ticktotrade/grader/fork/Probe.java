package org.ticktotrade.grader.fork;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code grade} runs inside a fresh sandbox before grading anything: if this JVM cannot start, or
 * its scratch space is not writable, the sandbox does not work here and grading stops (or runs
 * unsandboxed only when the instructor says so).
 */
public final class Probe {

    private Probe() {}

    public static void main(String[] args) throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.writeString(tmp.resolve("probe.txt"), "ok");
        Files.writeString(Path.of(args[0]), "sandbox ok " + Runtime.version() + "\n");
        System.out.println("sandbox ok");
    }
}
