package org.ticktotrade.grader.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where a result was measured: a benchmark figure means nothing without it. */
public record Machine(String cpuModel, int cores, String jdk, String jvm, String os) {

    public static Machine current() {
        return new Machine(
                readCpuModel(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.vendor", "?") + " " + Runtime.version(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    static String readCpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst()
                        .orElse("unknown CPU");
            } catch (IOException | RuntimeException e) {
                return "unknown CPU";
            }
        }
        return System.getProperty("os.arch") + " (model unknown)";
    }
}
