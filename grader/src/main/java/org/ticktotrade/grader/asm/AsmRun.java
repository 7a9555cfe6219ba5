package org.ticktotrade.grader.asm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.build.JavaBuild;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.fork.ForkResult;
import org.ticktotrade.grader.fork.ForkSpec;
import org.ticktotrade.grader.model.Machine;
import org.ticktotrade.grader.pipeline.BuildOutput;
import org.ticktotrade.grader.pipeline.GateContext;

/**
 * {@code ./kata asm}'s work: run the week's hot paths under {@code -XX:+PrintAssembly} and
 * {@code -XX:+LogCompilation}, then write, under {@code target/kata/asm/<source>/}:
 * <ul>
 *   <li>{@code <path>.asm.txt}: each path's C2 code, expensive instructions marked;</li>
 *   <li>{@code side-by-side.txt}: the paths next to each other, with what costs called out;</li>
 *   <li>{@code inlining.txt}: what the JIT inlined into each path, and what not and why;</li>
 *   <li>{@code compilation.log}: HotSpot's LogCompilation file, for JITWatch;</li>
 *   <li>{@code listing.json}: the instructions, for the journal gate.</li>
 * </ul>
 */
public final class AsmRun {

    private static final int COLUMN = 60;

    private AsmRun() {}

    public static Path outputDir(GateContext ctx) {
        return ctx.week().workDir().resolve("asm").resolve(ctx.sources().label());
    }

    /** The build's identity: the listing is stale once the compiled classes change. */
    public static String buildHash(BuildOutput build) {
        return stamp(build.mainClasses()) + "+" + stamp(build.testClasses());
    }

    /** A listing for the graded sources that matches their current build, generating it when needed. */
    public static AsmListing current(GateContext ctx) {
        Optional<AsmListing> existing = AsmListing.read(outputDir(ctx));
        if (existing.isPresent() && existing.get().buildHash().equals(buildHash(ctx.requireBuild()))) {
            return existing.get();
        }
        return run(ctx);
    }

    public static AsmListing run(GateContext ctx) {
        WeekManifest.Asm asm = ctx.week().manifest().asm();
        if (asm == null) {
            throw new AsmException(ctx.week().id() + " has no [asm] section in its week.toml: nothing to disassemble");
        }
        BuildOutput build = ctx.requireBuild();
        Path out = outputDir(ctx);
        Path work = ctx.workDir().resolve("forks/asm");
        try {
            JavaBuild.deleteTree(work);
            Files.createDirectories(work);
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HsdisPlugin plugin = HsdisPlugin.ensure(ctx.course().root());
        Optional<Path> objdump = Objdump.find();
        if (!plugin.available() && objdump.isEmpty()) {
            throw new AsmException("cannot disassemble: no hsdis plugin (" + plugin.why() + ") and no objdump "
                    + "(binutils) to fall back on. Run ./kata setup, or install gcc + libcapstone-dev, or binutils.");
        }

        Path log = work.resolve("compilation.log");
        ForkSpec.Builder spec = ForkSpec.builder("asm", asm.driver())
                .classpath(classpath(build))
                .args(String.valueOf(asm.iterations() == null ? 2_000_000 : asm.iterations()))
                .jvmOptions(jitOptions(asm, log).toArray(String[]::new))
                .heapMb(256)
                .wallTime(Duration.ofMinutes(2))
                .workDir(work)
                // the log is what is read back: an OS sandbox (./kata grade) keeps only declared outputs
                .output(log);
        if (plugin.available()) {
            spec.env("LD_LIBRARY_PATH", plugin.library().getParent().toString());
            spec.readOnly(plugin.library().getParent());
        }
        ctx.progress().update("running the hot paths under PrintAssembly");
        ForkResult fork = ctx.forks().run(spec.build(), null);
        if (fork.exitCode() != 0 || !Files.isRegularFile(log)) {
            throw new AsmException("the hot paths did not run to the end: the driver " + fork.describeEnd("2 min")
                    + firstLines(fork.stderr()) + "\n(finish the exercises first: ./kata check " + ctx.week().id() + ")");
        }

        CompilationLog compilation = CompilationLog.read(log);
        String arch = HsdisPlugin.arch();
        PrintAssemblyParser.Parsed parsed = PrintAssemblyParser.parse(compilation.vmText(), objdump.orElse(null), arch,
                work.resolve("objdump"));
        String backend = parsed.backend() == PrintAssemblyParser.Backend.HSDIS
                ? "hsdis plugin over Capstone (" + ctx.course().root().relativize(plugin.library()) + ")"
                : "objdump over HotSpot's raw machine code (no hsdis plugin: " + plugin.why() + ")";

        Machine machine = Machine.current();
        List<AsmListing.HotPath> paths = new ArrayList<>();
        List<CompiledMethod> chosen = new ArrayList<>();
        for (WeekManifest.AsmPath p : asm.paths()) {
            CompiledMethod m = parsed.methods().stream()
                    .filter(c -> c.method().equals(p.method()) && c.compiler().equals("c2") && !c.osr())
                    .max(Comparator.comparingInt(CompiledMethod::compileId))
                    .orElseThrow(() -> new AsmException("C2 never compiled " + p.method() + ": the driver "
                            + asm.driver() + " did not run it often enough"));
            chosen.add(m);
            List<AsmListing.Insn> insns = m.instructions().stream()
                    .map(i -> new AsmListing.Insn(i.address(), i.text(), i.normalised(), i.shape(),
                            Expensive.why(i).orElse(null)))
                    .toList();
            paths.add(new AsmListing.HotPath(p.id(), p.title(), p.method(), m.compiler(), m.compileId(),
                    p.id() + ".asm.txt", insns));
        }
        AsmListing listing = new AsmListing(ctx.week().id(), ctx.sources().kindName(), backend, arch, machine.jdk(),
                machine.cpuModel() + ", " + machine.cores() + " cores", Instant.now().toString(), buildHash(build), paths);

        try {
            for (int k = 0; k < paths.size(); k++) {
                Files.writeString(out.resolve(paths.get(k).file()), pathListing(listing, paths.get(k), chosen.get(k)));
            }
            Files.writeString(out.resolve("side-by-side.txt"), sideBySide(listing));
            Files.writeString(out.resolve("inlining.txt"), InliningReport.render(compilation, asm.paths()));
            Files.move(log, out.resolve("compilation.log"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listing.write(out);
        return listing;
    }

    static List<String> jitOptions(WeekManifest.Asm asm, Path log) {
        List<String> o = new ArrayList<>(List.of(
                "-XX:+UnlockDiagnosticVMOptions",
                // C2 only: one compilation per method, the one that matters for a hot path
                "-XX:-TieredCompilation",
                "-XX:CompileCommand=quiet",
                // each path compiled as a unit of its own, with its callees inlined into it
                "-XX:CompileCommand=dontinline," + asm.driver() + "::*",
                // and a callee that C2 happened to compile on its own first is still inlined (the default, 2,500
                // bytes of machine code, made week 04's lock offer a bare call in some runs and not in others)
                "-XX:InlineSmallCode=8000"));
        for (WeekManifest.AsmPath p : asm.paths()) {
            o.add("-XX:CompileCommand=print," + p.method());
        }
        o.addAll(List.of(
                "-XX:PrintAssemblyOptions=intel",
                // VM output goes into the LogCompilation file, not stdout: what the program prints
                // can never be mistaken for the disassembly
                "-XX:+LogCompilation", "-XX:+LogVMOutput", "-XX:-DisplayVMOutput",
                "-XX:LogFile=" + log));
        return o;
    }

    private static List<Path> classpath(BuildOutput build) {
        List<Path> cp = new ArrayList<>(GraderHome.get().harnessClasspath());
        cp.add(build.testClasses());
        cp.add(build.mainClasses());
        return cp;
    }

    static String pathListing(AsmListing listing, AsmListing.HotPath path, CompiledMethod method) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(path.id()).append(": ").append(path.title()).append('\n');
        sb.append("# ").append(path.method()).append(" compiled by ").append(path.compiler().toUpperCase(Locale.ROOT))
                .append(" (compile id ").append(path.compileId()).append(")\n");
        sb.append("# ").append(listing.backend()).append('\n');
        sb.append("# ").append(listing.jdk()).append(" on ").append(listing.cpu()).append(", ").append(listing.generated()).append('\n');
        long expensive = path.instructions().stream().filter(i -> i.expensive() != null).count();
        sb.append("# ").append(path.instructions().size()).append(" instructions, ").append(expensive)
                .append(expensive == 1 ? " expensive one" : " expensive ones").append(" (marked <==)\n\n");
        int k = 0;
        for (String line : method.listing()) {
            sb.append(line);
            if (k < method.instructions().size() && line.contains(method.instructions().get(k).address() + ":")) {
                String why = path.instructions().get(k).expensive();
                if (why != null) {
                    sb.append("   <== ").append(why);
                }
                k++;
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String sideBySide(AsmListing listing) {
        List<AsmListing.HotPath> paths = listing.paths();
        StringBuilder sb = new StringBuilder();
        sb.append("Hot paths side by side (").append(listing.backend()).append(")\n");
        sb.append(listing.jdk()).append(" on ").append(listing.cpu()).append("\n\n");
        sb.append(String.format("%-24s", ""));
        paths.forEach(p -> sb.append(String.format("%-" + COLUMN + "s", p.id())));
        sb.append('\n');
        row(sb, "instructions", paths, p -> String.valueOf(p.instructions().size()));
        row(sb, "expensive", paths, p -> {
            List<String> ex = p.instructions().stream().filter(i -> i.expensive() != null)
                    .map(i -> new Instruction(i.address(), i.text(), List.of()).mnemonic()).toList();
            return ex.isEmpty() ? "none" : ex.size() + ": " + String.join(", ", ex);
        });
        row(sb, "calls", paths, p -> String.valueOf(p.instructions().stream()
                .filter(i -> i.normalised().startsWith("call")).count()));
        sb.append('\n');
        int rows = paths.stream().mapToInt(p -> p.instructions().size()).max().orElse(0);
        List<String> footnotes = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (AsmListing.HotPath p : paths) {
                String cell = "";
                if (r < p.instructions().size()) {
                    AsmListing.Insn i = p.instructions().get(r);
                    String mark = "   ";
                    if (i.expensive() != null) {
                        footnotes.add(p.id() + ": " + i.text().strip() + "\n    " + i.expensive());
                        mark = "[" + footnotes.size() + "]";
                    }
                    cell = mark + " " + i.text().strip();
                }
                sb.append(String.format("%-" + COLUMN + "s", cell.length() > COLUMN - 2 ? cell.substring(0, COLUMN - 3) + "~" : cell));
            }
            sb.append('\n');
        }
        if (!footnotes.isEmpty()) {
            sb.append("\nWhat costs, and why:\n");
            for (int f = 0; f < footnotes.size(); f++) {
                sb.append("[").append(f + 1).append("] ").append(footnotes.get(f)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, List<AsmListing.HotPath> paths,
                            java.util.function.Function<AsmListing.HotPath, String> value) {
        sb.append(String.format("%-24s", label));
        paths.forEach(p -> sb.append(String.format("%-" + COLUMN + "s", value.apply(p))));
        sb.append('\n');
    }

    private static String stamp(Path classes) {
        try {
            Path f = classes.resolve(".kata-build-hash");
            return Files.isRegularFile(f) ? Files.readString(f).strip() : "none";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(6).toList();
        return lines.isEmpty() ? "" : "\n" + String.join("\n", lines);
    }
}
