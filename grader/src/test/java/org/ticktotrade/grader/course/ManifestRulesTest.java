package org.ticktotrade.grader.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The week.toml rules for load runs and measured journal prompts: week 07's manifest is valid as written,
 * and each broken rule is one line for the author.
 */
class ManifestRulesTest {

    static final Week WEEK_07 = Course.locate().week("week-07").orElseThrow();

    static WeekManifest.LoadRun loadRun(List<String> args, List<Long> rates, List<Long> mustHold, Double heldFraction,
                                        Boolean shortForm) {
        return new WeekManifest.LoadRun("pipeline", "Pipeline", "org.ticktotrade.week07.LoadRun", args, rates, mustHold, 3, 1,
                null, null, heldFraction, 0, 1.0, null, null, null, null, shortForm, null);
    }

    static List<String> problems(WeekManifest.Bench bench, WeekManifest.Journal journal) {
        WeekManifest m = WEEK_07.manifest();
        WeekManifest changed = new WeekManifest(m.id(), m.title(), m.basePackage(), m.summary(), m.usesReferenceOf(),
                m.lessons(), m.exercises(), new WeekManifest.Gates(m.gates().correctness(), null, bench,
                        journal == null ? m.gates().journal() : journal), m.asm(), m.defaultMain());
        return ManifestRules.problems(changed, WEEK_07.dir());
    }

    static WeekManifest.Bench bench(WeekManifest.LoadRun... runs) {
        return new WeekManifest.Bench(30, 0, 0, 0, 0, 0, 0, 0, null, null, List.of(runs));
    }

    static final List<String> ARGS = List.of("--rates", "{rates}", "--result", "{result}");

    @Test
    void week07IsValidAndConfiguresALoadRunAndMeasuredPrompts() {
        assertEquals(List.of(), ManifestRules.problems(WEEK_07.manifest(), WEEK_07.dir()));
        WeekManifest.Bench b = WEEK_07.manifest().gates().bench();
        assertTrue(!b.hasJmh() && b.loadRuns().size() == 1);
        assertEquals(List.of(100_000L, 300_000L), b.loadRuns().getFirst().mustHold());
        assertTrue(WEEK_07.manifest().gates().journal().measuredPrompts().contains("design-doc"));
    }

    @Test
    void aLoadRunOnlyBenchNeedsNoJmhSettings() {
        assertEquals(List.of(), problems(bench(loadRun(ARGS, List.of(1000L, 2000L), List.of(1000L), null, null)), null));
    }

    @Test
    void anEmptyBenchIsAProblem() {
        assertTrue(problems(bench(), null).toString().contains("nothing to measure"));
    }

    @Test
    void eachBrokenLoadRunRuleIsOneLine() {
        assertTrue(problems(bench(loadRun(List.of("--rates", "{rates}"), List.of(1000L), List.of(1000L), null, null)), null)
                .toString().contains("must pass {result}"));
        assertTrue(problems(bench(loadRun(ARGS, List.of(1000L), List.of(5000L), null, null)), null)
                .toString().contains("must-hold names 5000/s, which is not in rates"));
        assertTrue(problems(bench(loadRun(ARGS, List.of(1000L), List.of(), null, null)), null)
                .toString().contains("no rate is gated on being held"));
        assertTrue(problems(bench(loadRun(ARGS, List.of(), List.of(), null, null)), null)
                .toString().contains("non-empty list of positive rates"));
        assertTrue(problems(bench(loadRun(ARGS, List.of(1000L), List.of(1000L), 1.5, null)), null)
                .toString().contains("min-held-fraction must be in (0, 1]"));
        assertTrue(problems(bench(loadRun(ARGS, List.of(1000L), List.of(1000L), null, true)), null)
                .toString().contains("short-form is the grader's to set"));
        assertTrue(problems(bench(loadRun(ARGS, List.of(1000L), List.of(1000L), null, null),
                loadRun(ARGS, List.of(1000L), List.of(1000L), null, null)), null).toString().contains("appears twice"));
        WeekManifest.LoadRun noClass = new WeekManifest.LoadRun("x", null, "org.ticktotrade.week07.NoSuchMain", ARGS,
                List.of(1000L), List.of(1000L), 3, 1, null, null, null, null, null, null, null, null, null, null, null);
        assertTrue(problems(bench(noClass), null).toString().contains("NoSuchMain has no source"));
    }

    @Test
    void aMeasuredPromptMustBeAPrompt() {
        WeekManifest.Journal j = WEEK_07.manifest().gates().journal();
        WeekManifest.Journal wrong = new WeekManifest.Journal(j.points(), j.file(), j.referenceFile(), j.prompts(), null,
                j.minWords(), List.of("percentiles", "latency"));
        List<String> p = problems(WEEK_07.manifest().gates().bench(), wrong);
        assertEquals(List.of("gates.journal.measured-prompts names latency, which is not in gates.journal.prompts"), p);
    }
}
