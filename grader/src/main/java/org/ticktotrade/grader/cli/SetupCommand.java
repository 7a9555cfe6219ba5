package org.ticktotrade.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kata setup}: installs the system packages the course's tools use, where missing. Each is
 * checked by what it provides, so a machine that already has them (or a non-Debian one that got them
 * elsewhere) is left alone.
 */
@Command(name = "setup", description = {
        "Install the system packages the course's tools use (Debian/Ubuntu, via apt-get), where missing:",
        "objdump and a C compiler with Capstone (./kata asm), bubblewrap (sandboxed grading),",
        "Chromium (the site's browser test), tmux (the shell's terminal test)."})
public final class SetupCommand implements Callable<Integer> {

    /** A package and how to tell it is there. */
    record Requirement(String debianPackage, String purpose, String command, String file) {
        boolean present() {
            if (file != null) {
                return Files.exists(Path.of(file));
            }
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, command))) {
                    return true;
                }
            }
            return false;
        }
    }

    static final List<Requirement> REQUIREMENTS = List.of(
            new Requirement("binutils", "objdump, the disassembler ./kata asm falls back to", "objdump", null),
            new Requirement("gcc", "builds the course's small hsdis plugin for ./kata asm", "gcc", null),
            new Requirement("libcapstone-dev", "the disassembly engine under that plugin", null, "/usr/include/capstone/capstone.h"),
            new Requirement("bubblewrap", "the sandbox instructors' batch grading runs submissions in", "bwrap", null),
            new Requirement("chromium", "the headless browser the site's test drives", "chromium", null),
            new Requirement("tmux", "the terminal the interactive shell's test drives", "tmux", null));

    @Option(names = "--check", description = "install nothing; exit 1 if something is missing")
    boolean check;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Requirement> missing = new ArrayList<>();
        for (Requirement r : REQUIREMENTS) {
            boolean ok = r.present();
            System.out.printf("  %-16s %-8s %s%n", r.debianPackage(), ok ? "present" : "MISSING", r.purpose());
            if (!ok) {
                missing.add(r);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        List<String> packages = missing.stream().map(Requirement::debianPackage).toList();
        if (check) {
            System.out.println("missing: " + String.join(" ", packages) + " (./kata setup installs them)");
            return 1;
        }
        List<String> prefix = privilege();
        if (prefix == null || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            System.out.println("kata setup: cannot install " + String.join(" ", packages)
                    + " here (needs apt-get as root or passwordless sudo). Install them with your package manager.");
            return 1;
        }
        System.out.println("installing: " + String.join(" ", packages));
        if (run(prefix, List.of("apt-get", "update", "-qq")) != 0) {
            return 1;
        }
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends"));
        install.addAll(packages);
        int exit = run(prefix, install);
        long stillMissing = missing.stream().filter(r -> !r.present()).count();
        return exit == 0 && stillMissing == 0 ? 0 : 1;
    }

    /** {@code []} as root, {@code [sudo, -n]} with passwordless sudo, null when neither. */
    private static List<String> privilege() throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        Process p = new ProcessBuilder("sudo", "-n", "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0 ? List.of("sudo", "-n") : null;
    }

    private static int run(List<String> prefix, List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        return pb.start().waitFor();
    }
}
