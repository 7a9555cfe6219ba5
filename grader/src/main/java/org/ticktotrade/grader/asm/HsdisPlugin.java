package org.ticktotrade.grader.asm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The course's own hsdis plugin (grader/src/main/native/hsdis-capstone.c), built on demand with gcc
 * against Capstone. HotSpot looks for {@code hsdis-<arch>.so} on {@code LD_LIBRARY_PATH}, so nothing is
 * written into the JDK.
 *
 * @param library   the built plugin, or null
 * @param why       when there is no plugin, why (for the learner: what to install)
 */
public record HsdisPlugin(Path library, String why) {

    public static String arch() {
        String a = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return a.equals("x86_64") ? "amd64" : a;
    }

    public boolean available() {
        return library != null;
    }

    /** Set by {@code ./kata asm --no-plugin}: disassemble with the objdump fallback even where the plugin builds. */
    public static final String DISABLE_PROPERTY = "kata.asm.noPlugin";

    /** Builds (or reuses) the plugin under {@code <root>/grader/target/hsdis}. */
    public static HsdisPlugin ensure(Path courseRoot) {
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            return new HsdisPlugin(null, "disabled with --no-plugin");
        }
        String arch = arch();
        if (!arch.equals("amd64") && !arch.equals("aarch64")) {
            return new HsdisPlugin(null, "the course's plugin supports x86-64 and AArch64, not " + arch);
        }
        Path source = courseRoot.resolve("grader/src/main/native/hsdis-capstone.c");
        Path library = courseRoot.resolve("grader/target/hsdis/hsdis-" + arch + ".so");
        try {
            if (Files.isRegularFile(library) && Files.getLastModifiedTime(library).compareTo(Files.getLastModifiedTime(source)) >= 0) {
                return new HsdisPlugin(library, null);
            }
            if (!Files.isRegularFile(source)) {
                return new HsdisPlugin(null, "the plugin's source is missing (" + source + ")");
            }
            if (!Files.exists(Path.of("/usr/include/capstone/capstone.h"))) {
                return new HsdisPlugin(null, "Capstone's headers are not installed (./kata setup installs libcapstone-dev)");
            }
            Files.createDirectories(library.getParent());
            Process gcc;
            try {
                gcc = new ProcessBuilder("gcc", "-O2", "-Wall", "-shared", "-fPIC", "-o", library.toString(), source.toString(),
                        "-lcapstone").redirectErrorStream(true).start();
            } catch (IOException noGcc) {
                return new HsdisPlugin(null, "no C compiler (gcc) to build the plugin (./kata setup installs it)");
            }
            String out = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!gcc.waitFor(60, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
                return new HsdisPlugin(null, "the plugin did not build: " + List.of(out.split("\n")).subList(0, Math.min(3, out.split("\n").length)));
            }
            return new HsdisPlugin(library, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HsdisPlugin(null, "interrupted");
        }
    }
}
