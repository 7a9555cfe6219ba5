package org.ticktotrade.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.starter.StarterGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kata author sync-starters}: regenerate every starter from its reference (or, with --check, fail on drift). */
@Command(name = "sync-starters", description = {
        "Write each week's starter (src/main/java) from its reference (src/reference/java).",
        "Nobody edits a starter by hand; --check fails when one differs from what the reference generates."})
public final class SyncStartersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WEEK", arity = "0..*", description = "weeks to sync (default: all)",
            completionCandidates = WeekArgument.Candidates.class)
    List<String> weeks;

    @Option(names = "--check", description = "change nothing; exit 1 if any starter has drifted")
    boolean check;

    @Override
    public Integer call() {
        Course course = Course.locate();
        int drifted = 0;
        for (Week week : Weeks.selected(spec, course, weeks)) {
            if (!week.hasReference()) {
                System.out.println(week.id() + ": no reference in this checkout, nothing to sync");
                continue;
            }
            StarterGenerator generator = new StarterGenerator(week);
            if (check) {
                List<String> drift = generator.drift();
                if (drift.isEmpty()) {
                    System.out.println(week.id() + ": starter in sync with the reference");
                } else {
                    drifted++;
                    System.out.println(week.id() + ": starter drifted from the reference (run ./kata author sync-starters):");
                    drift.forEach(d -> System.out.println("  " + d));
                }
            } else {
                List<Path> changed = generator.write();
                System.out.println(week.id() + ": " + (changed.isEmpty() ? "starter already in sync"
                        : changed.size() + " starter files written"));
                changed.forEach(p -> System.out.println("  " + course.root().relativize(p)));
            }
        }
        return drifted == 0 ? 0 : 1;
    }
}
