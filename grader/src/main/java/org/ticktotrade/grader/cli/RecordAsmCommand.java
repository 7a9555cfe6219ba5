package org.ticktotrade.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.asm.AsmListing;
import org.ticktotrade.grader.asm.AsmRun;
import org.ticktotrade.grader.asm.HsdisPlugin;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kata author record-asm WEEK}: records what {@code ./kata asm --reference} printed on this
 * machine into {@code lessons/recorded/asm-<arch>.txt} (x86_64, aarch64), with one tagged region per hot path (its fast
 * path, up to the first return), {@code diff} (the comparison) and {@code inlining}, so a lesson can
 * include real JIT output and say where it came from.
 */
@Command(name = "record-asm", description = "Record the reference's hot-path disassembly for the lessons (lessons/recorded/).")
public final class RecordAsmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WEEK", completionCandidates = WeekArgument.Candidates.class)
    String weekName;

    @Override
    public Integer call() throws IOException {
        Course course = Course.locate();
        Week week = WeekArgument.resolve(spec, course, weekName);
        ExploreSupport.Built built = ExploreSupport.build(course, week, true);
        if (built == null) {
            return 1;
        }
        AsmListing listing = AsmRun.run(built.context());
        Path dir = AsmRun.outputDir(built.context());
        List<String> out = new ArrayList<>();
        out.add("# Recorded by ./kata author record-asm " + week.id() + " on " + listing.generated());
        out.add("# " + listing.jdk() + " on " + listing.cpu());
        out.add("# " + listing.backend());
        out.add("# Regenerate with: ./kata author record-asm " + week.id() + "   (your own: ./kata asm " + week.id() + ")");
        for (AsmListing.HotPath p : listing.paths()) {
            out.add("");
            out.add("# tag::" + p.id() + "[]");
            out.addAll(fastPath(Files.readAllLines(dir.resolve(p.file()))));
            out.add("# end::" + p.id() + "[]");
        }
        out.add("");
        out.add("# tag::diff[]");
        out.addAll(summary(Files.readAllLines(dir.resolve("side-by-side.txt"))));
        out.add("# end::diff[]");
        out.add("");
        out.add("# tag::inlining[]");
        out.addAll(Files.readAllLines(dir.resolve("inlining.txt")));
        out.add("# end::inlining[]");
        String arch = HsdisPlugin.arch().equals("amd64") ? "x86_64" : HsdisPlugin.arch();
        Path file = week.dir().resolve("lessons/recorded/asm-" + arch + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        spec.commandLine().getOut().println("recorded " + course.root().relativize(file));
        return 0;
    }

    /** The listing from its entry point to the first return: the path a successful call takes. */
    static List<String> fastPath(List<String> lines) {
        List<String> path = new ArrayList<>();
        boolean started = false;
        for (String line : lines) {
            if (line.startsWith("[Verified Entry Point]")) {
                started = true;
                continue;
            }
            if (!started || line.strip().startsWith("#")) {
                continue;
            }
            // code addresses change every run; constants such as 0x8000000000000000 stay
            path.add(line.replaceAll("0x(?:0000)?(?:7f|ff)[0-9a-f]{10}\\b", "0x...").stripTrailing());
            if (line.matches("\\s+0x[0-9a-f]+:\\s+ret\\b.*")) {
                break;
            }
        }
        return path;
    }

    /** The comparison's table and its footnotes, without the long two-column listing. */
    static List<String> summary(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean footnotes = false;
        int blank = 0;
        for (String line : lines) {
            if (line.startsWith("What costs")) {
                footnotes = true;
            }
            if (footnotes || blank < 2) {
                out.add(line.stripTrailing());
            }
            if (line.isBlank()) {
                blank++;
            }
        }
        return out;
    }
}
