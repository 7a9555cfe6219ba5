package org.ticktotrade.grader.cli;

import java.util.List;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import picocli.CommandLine.Model.CommandSpec;

/** "These weeks, or all of them": how the author commands take their WEEK arguments. */
final class Weeks {

    private Weeks() {}

    static List<Week> selected(CommandSpec spec, Course course, List<String> names) {
        if (names == null || names.isEmpty()) {
            return course.weeks();
        }
        return names.stream().map(n -> WeekArgument.resolve(spec, course, n)).toList();
    }
}
