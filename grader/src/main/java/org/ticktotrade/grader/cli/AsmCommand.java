package org.ticktotrade.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.asm.AsmException;
import org.ticktotrade.grader.asm.AsmListing;
import org.ticktotrade.grader.asm.AsmRun;
import org.ticktotrade.grader.asm.HsdisPlugin;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kata asm WEEK}: what the JIT emitted for the week's hot paths, and what in it costs. */
@Command(name = "asm", description = {
        "Disassemble the week's hot paths as C2 compiled them (PrintAssembly + LogCompilation):",
        "each path's listing, a side-by-side comparison with the expensive instructions called out,",
        "an inlining report, and the LogCompilation file for JITWatch, under target/kata/asm/."})
public final class AsmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WEEK", completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Option(names = "--reference", description = "disassemble the reference instead of your code")
    boolean reference;

    @Option(names = "--no-plugin", description = "skip the hsdis plugin and use the objdump fallback")
    boolean noPlugin;

    @Override
    public Integer call() {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        if (noPlugin) {
            System.setProperty(HsdisPlugin.DISABLE_PROPERTY, "true");
        }
        ExploreSupport.Built built = ExploreSupport.build(course, week, reference);
        if (built == null) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.detect();
        AsmListing listing;
        try {
            listing = AsmRun.run(built.context());
        } catch (AsmException e) {
            spec.commandLine().getErr().println("kata asm: " + e.getMessage());
            return 1;
        }
        out.println(style.bold("Hot paths of " + week.id() + " (" + listing.source() + "), as C2 compiled them"));
        out.println(style.dim(listing.backend()));
        out.println(style.dim(listing.jdk() + " on " + listing.cpu()));
        for (AsmListing.HotPath p : listing.paths()) {
            out.println();
            out.println(style.bold(p.id()) + "  " + p.title() + "  (" + p.instructions().size() + " instructions)");
            List<AsmListing.Insn> expensive = p.instructions().stream().filter(i -> i.expensive() != null).toList();
            if (expensive.isEmpty()) {
                out.println("  no expensive instruction; its stores to memory are plain moves:");
                p.instructions().stream().filter(AsmCommand::storesToMemory).limit(6)
                        .forEach(i -> out.println("    " + i.text().strip()));
            } else {
                for (AsmListing.Insn i : expensive) {
                    out.printf("  %-52s <== %s%n", i.text().strip(), i.expensive());
                }
            }
        }
        Path dir = AsmRun.outputDir(built.context());
        out.println();
        out.println("written to " + course.root().relativize(dir) + "/:");
        out.println("  " + String.join(", ", listing.paths().stream().map(AsmListing.HotPath::file).toList()));
        out.println("  side-by-side.txt   the paths next to each other, what costs called out");
        out.println("  inlining.txt       what C2 inlined into each path (JITWatch's view, as text)");
        out.println("  compilation.log    HotSpot's LogCompilation file: open it in JITWatch");
        out.println("  listing.json       what the journal gate checks your quotes against");
        out.flush();
        return 0;
    }

    /** A move whose destination is memory: how a store (plain or, on x86, release) is emitted. */
    static boolean storesToMemory(AsmListing.Insn i) {
        String n = i.normalised();
        return (n.startsWith("mov ") || n.startsWith("str")) && n.contains("[") && n.indexOf('[') < n.indexOf(',')
                && !n.contains("[rsp") && !n.contains("[sp");
    }
}
