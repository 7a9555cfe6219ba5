package org.ticktotrade.grader.cli;

import java.util.Set;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.GradeReport;
import org.ticktotrade.grader.pipeline.BuildOutput;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.GradedSources;
import org.ticktotrade.grader.pipeline.Progress;
import org.ticktotrade.grader.pipeline.SourcesResolver;
import org.ticktotrade.grader.render.Style;
import org.ticktotrade.grader.render.TerminalRenderer;

/** Builds a week (your code or the reference) the way the build gate does, for commands that then run it. */
final class ExploreSupport {

    private ExploreSupport() {}

    record Built(GateContext context, BuildOutput output) {}

    /** @return the build, or null after printing why it failed */
    static Built build(Course course, Week week, boolean reference) {
        GradedSources sources = reference ? SourcesResolver.reference(week) : SourcesResolver.starter(week);
        GateContext ctx = new GateContext(course, week, sources, week.workDir().resolve(sources.label()),
                new ForkedJvm(Isolation.NONE), Progress.SILENT, false);
        GradeReport report = StandardGates.pipeline().run(ctx, Set.of("build"));
        GateResult build = report.gates().getFirst();
        if (!build.status().isPass() || ctx.build().isEmpty()) {
            System.err.print(new TerminalRenderer(Style.detect(), false).render(report));
            return null;
        }
        return new Built(ctx, ctx.requireBuild());
    }
}
