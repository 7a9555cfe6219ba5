package org.ticktotrade.grader.cli;

import java.util.Iterator;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import picocli.CommandLine;

/** Resolves a WEEK argument, failing as a usage error (exit 2) that lists the weeks there are. */
public final class WeekArgument {

    private WeekArgument() {}

    public static Week resolve(CommandLine.Model.CommandSpec spec, Course course, String name) {
        return course.week(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no week called '" + name + "'; this checkout has: " + String.join(", ", course.weekIds())));
    }

    /** Completion candidates: the week ids of the checkout the grader runs in. */
    public static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            try {
                return Course.locate().weekIds().iterator();
            } catch (RuntimeException e) {
                return java.util.List.<String>of().iterator();
            }
        }
    }
}
