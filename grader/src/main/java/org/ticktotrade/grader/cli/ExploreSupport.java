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

    /**
     * Builds the week and runs a tool's main (JMH's, jcstress's) on it in a fork, its output straight
     * to the terminal, with the harness, the week's tests and the graded code on the class path.
     *
     * @param args the tool's arguments, given the fork's own folder
     */
    static int runTool(Course course, Week week, boolean reference, String name, String mainClass,
                       java.util.function.Function<java.nio.file.Path, java.util.List<String>> args) {
        Built built = build(course, week, reference);
        if (built == null) {
            return 1;
        }
        java.util.List<java.nio.file.Path> cp = classpath(built);
        java.nio.file.Path dir = built.context().workDir().resolve("forks/explore-" + name);
        org.ticktotrade.grader.fork.ForkSpec fork = org.ticktotrade.grader.fork.ForkSpec.builder(name, mainClass)
                .classpath(cp)
                .args(args.apply(dir))
                .heapMb(256)
                .wallTime(java.time.Duration.ofHours(2))
                .workDir(dir)
                .build();
        return built.context().forks().runInteractive(fork);
    }

    /** As the gates' forks have it: the harness and its libraries, the week's tests, the graded code and its references. */
    static java.util.List<java.nio.file.Path> classpath(Built built) {
        java.util.List<java.nio.file.Path> cp = new java.util.ArrayList<>(org.ticktotrade.grader.GraderHome.get().harnessClasspath());
        cp.add(built.output().testClasses());
        cp.add(built.output().mainClasses());
        return cp;
    }

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
