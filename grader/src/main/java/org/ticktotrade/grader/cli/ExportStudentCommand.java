package org.ticktotrade.grader.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.instructor.StudentEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./kata author export-student DIR}: the course without references, hidden tests or reveals. */
@Command(name = "export-student", description = {
        "Export a student edition of the course to DIR: no reference solutions, no hidden tests, no reference",
        "reveals in the lessons or the site. It builds (./mvnw verify) and grades (./kata check WEEK) on its own.",
        "A week that builds on an earlier week's reference (week 03 on week 02's) is left out unless that",
        "week is published with --publish."})
public final class ExportStudentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder that does not exist yet, or is empty")
    Path dir;

    @Option(names = "--publish", paramLabel = "WEEK", description = {
            "ship this week's reference solutions (e.g. after its deadline), so the weeks that build on it",
            "(uses-reference-of in their week.toml) are in the edition too; repeatable"})
    List<String> publish = new ArrayList<>();

    @Override
    public Integer call() {
        Course course = Course.locate();
        Path to = dir.toAbsolutePath().normalize();
        if (to.startsWith(course.root()) || course.root().startsWith(to)) {
            throw new ParameterException(spec.commandLine(), "export to a folder outside the course: " + to);
        }
        if (Files.exists(to) && !isEmptyDir(to)) {
            throw new ParameterException(spec.commandLine(), to + " exists and is not empty");
        }
        Set<String> weeks = new LinkedHashSet<>();
        for (String w : publish) {
            weeks.add(course.week(w).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--publish " + w + ": no such week (weeks: " + String.join(", ", course.weekIds()) + ")")).id());
        }
        StudentEdition.Result r = StudentEdition.export(course.root(), to, weeks);
        var out = spec.commandLine().getOut();
        out.println("Student edition of " + course.root() + " in " + to + ": " + r.files() + " files.");
        r.leftOut().forEach((path, files) -> out.println("  left out  " + path + " (" + files + " files)"));
        r.weeksLeftOut().forEach((folder, why) -> out.println("  left out  week " + folder + ": " + why));
        weeks.forEach(w -> out.println("  published " + w + "'s reference solutions"));
        out.println("  removed   " + r.revealsRemoved() + " instructor-only blocks (ifndef::student-edition[]) from "
                + r.adocFilesChanged() + " AsciiDoc files");
        if (!r.problems().isEmpty()) {
            out.println("NOT a clean student edition:");
            r.problems().forEach(p -> out.println("  " + p));
            out.flush();
            return 1;
        }
        out.println("Check it: cd " + to + " && ./mvnw verify && ./kata check week-01");
        out.flush();
        return 0;
    }

    private static boolean isEmptyDir(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
