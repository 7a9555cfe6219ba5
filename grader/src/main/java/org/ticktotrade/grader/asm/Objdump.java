package org.ticktotrade.grader.asm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback disassembler: binutils' objdump over the raw bytes HotSpot prints as {@code [MachCode]}
 * hex when no hsdis plugin is loaded. A linear sweep, so data embedded in stubs can show as
 * {@code (bad)}; the hot code itself is clean.
 */
public final class Objdump {

    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\s+(.+?)\\s*$");

    private Objdump() {}

    /** {@code -Dkata.asm.objdump=none} hides objdump (to show what happens on a machine without binutils). */
    public static Optional<Path> find() {
        if ("none".equals(System.getProperty("kata.asm.objdump"))) {
            return Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, "objdump");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Disassembles one contiguous run of code that starts at {@code start}. */
    public static List<Instruction> disassemble(Path objdump, byte[] code, long start, String arch, Path scratch) {
        try {
            Files.createDirectories(scratch);
            Path bin = Files.createTempFile(scratch, "code-", ".bin");
            Files.write(bin, code);
            List<String> cmd = new ArrayList<>(List.of(objdump.toString(), "-D", "-b", "binary", "--no-show-raw-insn",
                    "--adjust-vma=0x" + Long.toHexString(start)));
            if (arch.equals("aarch64")) {
                cmd.addAll(List.of("-m", "aarch64"));
            } else {
                cmd.addAll(List.of("-m", "i386:x86-64", "-M", "intel"));
            }
            cmd.add(bin.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("objdump failed: " + out.lines().limit(3).toList());
            }
            Files.deleteIfExists(bin);
            List<Instruction> insns = new ArrayList<>();
            boolean body = false;
            for (String line : out.split("\n")) {
                if (line.contains("<.data>:")) {
                    body = true;
                    continue;
                }
                Matcher m = LINE.matcher(line);
                if (body && m.matches()) {
                    insns.add(new Instruction("0x" + HexFormat.of().toHexDigits(Long.parseLong(m.group(1), 16)),
                            m.group(2).replace('\t', ' '), List.of()));
                }
            }
            return insns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
