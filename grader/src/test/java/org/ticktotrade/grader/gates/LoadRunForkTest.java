package org.ticktotrade.grader.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.GradedSources;
import org.ticktotrade.grader.pipeline.Progress;
import org.ticktotrade.grader.pipeline.SourcesResolver;

/**
 * Week 07's load run forked for real, briefly (one easy rate, half a second): the reference writes a sound
 * result with its histogram and plot, and the untouched starter writes none and says why.
 */
class LoadRunForkTest {

    static final Week WEEK = Course.locate().week("week-07").orElseThrow();

    /**
     * Week 07's own load run, at 10,000 orders/s for 0.5 s after 0.2 s of warm-up; the rate is reported, not
     * required (a test must not depend on the neighbours: LoadRunsTest covers must-hold).
     */
    static WeekManifest.LoadRun brief() {
        WeekManifest.LoadRun l = WEEK.manifest().gates().bench().loadRuns().getFirst();
        return new WeekManifest.LoadRun("brief", l.title(), l.main(), l.args(), List.of(10_000L), List.of(), 0.5, 0.2,
                null, null, l.minHeldFraction(), l.maxGcCount(), l.maxBytesPerOp(), l.percentiles(), l.files(), l.heapMb(), 120,
                null, l.advice());
    }

    static List<CheckResult> run(GradedSources sources, String name) {
        GateContext ctx = new GateContext(Course.locate(), WEEK, sources, WEEK.workDir().resolve(name), new ForkedJvm(Isolation.NONE),
                Progress.SILENT, false);
        StandardGates.pipeline().run(ctx, Set.of("build"));
        WeekManifest.LoadRun cfg = brief();
        return LoadRuns.judge(cfg, LoadRuns.run(ctx, cfg), 10);
    }

    @Test
    void theReferenceWritesASoundResultWithItsFiles() {
        CheckResult c = run(SourcesResolver.reference(WEEK), "grader-test-load-run-reference").getFirst();
        assertEquals(Status.PASSED, c.status(), c.message() + "\n" + c.output());
        assertEquals(5_000L, c.details().get("samples"));
        assertEquals(2_000L, c.details().get("warmupSamples"));
        for (String key : List.of("result", "hgrm", "serviceHgrm", "plot")) {
            assertTrue(Files.isRegularFile(Path.of((String) c.details().get(key))), key + " " + c.details().get(key));
        }
        assertTrue(c.output().contains("latency-percentiles.png"), c.output());
    }

    @Test
    void theUntouchedStarterWritesNoResult() {
        List<CheckResult> checks = run(SourcesResolver.starter(WEEK), "grader-test-load-run-starter");
        CheckResult c = checks.getFirst();
        assertEquals(Status.FAILED, c.status());
        assertTrue(c.message().startsWith("the load run wrote no result"), c.message());
        assertTrue(c.output().contains("TODO(kata)"), c.output());
    }
}
