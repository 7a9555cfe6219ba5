package org.ticktotrade.grader.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.Status;

/**
 * The load-run verdicts on hand-made results: a sound run passes at every rate (the rate that need not hold
 * says it did not), and each soundness rule, broken alone, fails its rate. A must-hold rate not held fails on a
 * quiet machine and is inconclusive on a loaded one; an unsound result, a collection or an allocation in the
 * steady state fails however loaded the machine was.
 */
class LoadRunsTest {

    static final WeekManifest.LoadRun CFG = new WeekManifest.LoadRun("pipeline", "Pipeline", "org.example.LoadRun",
            List.of("--rates", "{rates}", "--seconds", "{seconds}", "--warmup-seconds", "{warmup-seconds}", "--out", "{out}",
                    "--result", "{result}"),
            List.of(100_000L, 300_000L, 1_000_000L), List.of(100_000L, 300_000L), 2, 1, null, null, 0.95, 0, 1.0,
            null, List.of(), null, null, null, "Read lesson 2.");

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ObjectNode result;

    @BeforeEach
    void aSoundResult() throws IOException {
        result = JSON.createObjectNode().put("schema", "kata-load-run/1");
        ArrayNode runs = result.putArray("runs");
        for (long rate : CFG.rates()) {
            ObjectNode r = runs.addObject();
            long sent = rate * 2;
            r.put("requestedRate", rate);
            r.put("achievedRate", rate == 1_000_000 ? 740_000.0 : rate * 0.999);
            r.put("sent", sent);
            r.put("samples", sent);
            r.put("warmupSamples", rate);
            r.put("warmupExcluded", true);
            r.put("steadyStateGcCount", 0);
            r.put("steadyStateAllocatedBytes", 752);
            ObjectNode p = r.putObject("percentilesNanos");
            long[] v = {1_100, 867_000, 3_914_000, 6_955_000, 8_020_000, 8_155_000};
            for (int i = 0; i < v.length; i++) {
                p.put(CFG.percentiles().get(i), v[i]);
            }
            r.putObject("warmupPercentilesNanos").put("p50", 2_000).put("max", 9_000_000);
            Path hgrm = dir.resolve("rate-" + rate + "-response.hgrm");
            Files.writeString(hgrm, "       Value     Percentile TotalCount 1/(1-Percentile)\n");
            r.put("hgrm", hgrm.toString());
        }
        result.put("plot", dir.resolve("latency-percentiles.png").toString());
    }

    List<CheckResult> judge(boolean loaded) {
        return judge(CFG, loaded);
    }

    List<CheckResult> judge(WeekManifest.LoadRun cfg, boolean loaded) {
        var o = new LoadRuns.Outcome(result, null, dir.resolve("result.json"), loaded, "load average 3.20 on 2 cores", "", false);
        return LoadRuns.judge(cfg, o, 10);
    }

    void at(long rate, Consumer<ObjectNode> change) {
        for (var r : result.withArray("runs")) {
            if (r.path("requestedRate").asLong() == rate) {
                change.accept((ObjectNode) r);
            }
        }
    }

    static CheckResult check(List<CheckResult> checks, long rate) {
        return checks.stream().filter(c -> c.id().equals("pipeline-" + rate)).findFirst().orElseThrow();
    }

    @Test
    void aSoundRunPassesEveryRateAndTheOptionalRateSaysItWasNotHeld() {
        List<CheckResult> checks = judge(false);
        assertEquals(3, checks.size());
        checks.forEach(c -> assertEquals(Status.PASSED, c.status(), c.message()));
        assertEquals(30, checks.stream().mapToDouble(CheckResult::score).sum(), 1e-9);
        CheckResult million = check(checks, 1_000_000);
        assertTrue(million.message().contains("rate NOT held (reported"), million.message());
        assertEquals(false, million.details().get("held"));
        CheckResult first = check(checks, 100_000);
        assertTrue(first.message().contains("rate held"), first.message());
        assertTrue(first.output().startsWith("response time p50 1.1 us, p90 867.0 us, p99 3.91 ms, p99.9 6.96 ms, p99.99 8.02 ms, "
                + "max 8.16 ms\n"), first.output());
        assertEquals(3_914_000L, ((Map<?, ?>) first.details().get("percentilesNanos")).get("p99"));
        assertTrue(first.output().contains("rate-100000-response.hgrm"), first.output());
        assertTrue(first.output().contains("latency-percentiles.png"), first.output());
        assertTrue(first.output().contains("result.json"), first.output());
    }

    @Test
    void aPlotThatCouldNotBeDrawnIsSaidButIsNoFailure() {
        result.put("plotError", "java.lang.RuntimeException: Fontconfig head is null");
        CheckResult c = check(judge(false), 100_000);
        assertEquals(Status.PASSED, c.status(), c.message());
        assertTrue(c.output().contains("plot not drawn: java.lang.RuntimeException: Fontconfig"), c.output());
    }

    @Test
    void noResultFailsEveryRateWithWhy() {
        var o = new LoadRuns.Outcome(null, "the load run wrote no result; its JVM exited with code 1", dir.resolve("r.json"),
                true, "busy", "java.lang.UnsupportedOperationException: TODO(kata)", false);
        List<CheckResult> checks = LoadRuns.judge(CFG, o, 10);
        assertEquals(3, checks.size());
        checks.forEach(c -> {
            assertEquals(Status.FAILED, c.status());
            assertTrue(c.message().contains("exited with code 1"));
            assertTrue(c.output().contains(c == checks.getFirst() ? "TODO(kata)" : "under the first rate"), c.output());
        });
    }

    @Test
    void aRunStoppedByItsBudgetFailsWhenQuietAndIsInconclusiveWhenLoaded() {
        String why = "the load run wrote no result (result.json); its JVM stopped by the time limit (240 s budget)";
        var quiet = new LoadRuns.Outcome(null, why, dir.resolve("r.json"), false, "quiet", "", true);
        var busy = new LoadRuns.Outcome(null, why, dir.resolve("r.json"), true, "busy", "", true);
        assertTrue(LoadRuns.judge(CFG, quiet, 10).stream().allMatch(c -> c.status() == Status.FAILED));
        assertTrue(LoadRuns.judge(CFG, busy, 10).stream().allMatch(c -> c.status() == Status.INCONCLUSIVE));
    }

    @Test
    void aResultWithoutRunsOrWithoutTheRateFails() {
        result.remove("runs");
        assertTrue(judge(false).stream().allMatch(c -> c.status() == Status.FAILED && c.message().contains("no runs array")));
        result.putArray("runs");
        assertTrue(judge(false).stream().allMatch(c -> c.status() == Status.FAILED && c.message().contains("no run with requestedRate")));
    }

    @Test
    void aRequestSentButNotRecordedIsUnsoundEvenOnALoadedMachine() {
        at(300_000, r -> r.put("samples", 599_999));
        CheckResult c = check(judge(true), 300_000);
        assertEquals(Status.FAILED, c.status());
        assertTrue(c.message().contains("600,000 requests sent but 599,999 recorded"), c.message());
        assertEquals(Status.PASSED, check(judge(true), 100_000).status());
    }

    @Test
    void aRequestNeverAnsweredOrRefusedFailsEvenOnALoadedMachine() {
        at(100_000, r -> r.put("unanswered", 3));
        CheckResult lost = check(judge(true), 100_000);
        assertEquals(Status.FAILED, lost.status());
        assertTrue(lost.message().contains("3 requests were never answered"), lost.message());
        aSoundResultAgain();
        at(300_000, r -> {
            r.put("refused", 1_250);
            r.putObject("answers").put("rejected.RATE_LIMITED", 1_250);
        });
        CheckResult refused = check(judge(true), 300_000);
        assertEquals(Status.FAILED, refused.status());
        assertTrue(refused.message().contains("1,250 requests were refused") && refused.message().contains("RATE_LIMITED"),
                refused.message());
        assertEquals(Status.PASSED, check(judge(true), 100_000).status(), "0 refused and 0 unanswered pass");
    }

    @Test
    void samplesRecordedTwiceAreUnsound() {
        at(100_000, r -> r.put("samples", 400_000));
        assertEquals(Status.FAILED, check(judge(false), 100_000).status());
    }

    @Test
    void fewerRequestsThanTheScheduleIsUnsound() {
        at(100_000, r -> r.put("sent", 150_000).put("samples", 150_000));
        CheckResult c = check(judge(false), 100_000);
        assertEquals(Status.FAILED, c.status());
        assertTrue(c.message().contains("schedules 200,000"), c.message());
    }

    @Test
    void theWarmUpMustBeExcludedAndReported() {
        at(100_000, r -> r.put("warmupExcluded", false));
        assertTrue(check(judge(false), 100_000).message().contains("warm-up was excluded"));
        aSoundResultAgain();
        at(100_000, r -> r.put("warmupSamples", 0));
        assertTrue(check(judge(false), 100_000).message().contains("warm-up is not reported apart"));
        aSoundResultAgain();
        at(100_000, r -> r.remove("warmupPercentilesNanos"));
        assertEquals(Status.FAILED, check(judge(false), 100_000).status());
    }

    @Test
    void percentilesMustBePresentAndMonotone() {
        at(100_000, r -> ((ObjectNode) r.get("percentilesNanos")).put("p99.9", 3_000_000));
        CheckResult c = check(judge(true), 100_000);
        assertEquals(Status.FAILED, c.status());
        assertTrue(c.message().contains("p99.9 (3.00 ms) is below p99 (3.91 ms)"), c.message());
        aSoundResultAgain();
        at(300_000, r -> ((ObjectNode) r.get("percentilesNanos")).remove("p99.99"));
        assertTrue(check(judge(false), 300_000).message().contains("percentile p99.99 is missing"));
    }

    @Test
    void theHistogramFileMustBeWritten() throws IOException {
        Files.delete(dir.resolve("rate-100000-response.hgrm"));
        CheckResult c = check(judge(false), 100_000);
        assertEquals(Status.FAILED, c.status());
        assertTrue(c.message().contains("histogram (hgrm) was not written"), c.message());
        assertTrue(c.output().contains("(not written)"), c.output());
    }

    @Test
    void aMustHoldRateNotHeldFailsWhenQuietAndIsInconclusiveWhenLoaded() {
        at(300_000, r -> r.put("achievedRate", 250_000.0));
        CheckResult quiet = check(judge(false), 300_000);
        assertEquals(Status.FAILED, quiet.status());
        assertTrue(quiet.message().contains("rate NOT held: achieved 250,000/s, 83.3%"), quiet.message());
        assertTrue(quiet.message().contains("Read lesson 2."), quiet.message());
        CheckResult loaded = check(judge(true), 300_000);
        assertEquals(Status.INCONCLUSIVE, loaded.status());
        assertTrue(loaded.message().contains("The machine was busy (load average 3.20 on 2 cores)"), loaded.message());
        assertEquals(0, loaded.score());
    }

    @Test
    void aCollectionInTheSteadyStateFailsEvenOnALoadedMachine() {
        at(100_000, r -> r.put("steadyStateGcCount", 1));
        assertEquals(Status.FAILED, check(judge(false), 100_000).status());
        assertEquals(Status.FAILED, check(judge(true), 100_000).status());
        assertTrue(check(judge(false), 100_000).message().contains("1 collections in the steady state (at most 0)"));
    }

    @Test
    void allocationAboveTheCeilingFailsEvenOnALoadedMachine() {
        at(1_000_000, r -> r.put("steadyStateAllocatedBytes", 48L * 2_000_000));
        CheckResult c = check(judge(false), 1_000_000);
        assertEquals(Status.FAILED, c.status());
        assertTrue(c.message().contains("48.000 B allocated per request"), c.message());
        assertEquals(Status.FAILED, check(judge(true), 1_000_000).status(), "bytes per request are a count, not a time");
    }

    @Test
    void missingSteadyStateFiguresAreUnsound() {
        at(100_000, r -> r.remove("steadyStateAllocatedBytes"));
        assertEquals(Status.FAILED, check(judge(true), 100_000).status());
        aSoundResultAgain();
        at(100_000, r -> r.remove("achievedRate"));
        assertEquals(Status.FAILED, check(judge(true), 100_000).status());
    }

    @Test
    void theShortFormShortensTheRunAndSaysSo() {
        WeekManifest.Bench bench = new WeekManifest.Bench(30, 0, 0, 0, 0, 0, 0, 0, null, null, List.of(CFG));
        WeekManifest m = new WeekManifest("week-99", "t", "org.ticktotrade.x", null, null, null, null,
                new WeekManifest.Gates(null, null, bench, null), null, null);
        WeekManifest.LoadRun s = m.shortForm().gates().bench().loadRuns().getFirst();
        assertTrue(s.isShortForm());
        assertEquals(WeekManifest.SHORT_LOAD_SECONDS, s.seconds());
        assertEquals(WeekManifest.SHORT_LOAD_WARMUP_SECONDS, s.warmupSeconds());
        assertFalse(CFG.isShortForm());
        result.withArray("runs").forEach(r -> ((ObjectNode) r).put("sent", r.path("requestedRate").asLong())
                .put("samples", r.path("requestedRate").asLong()));
        List<CheckResult> checks = judge(s, false);
        checks.forEach(c -> {
            assertEquals(Status.PASSED, c.status(), c.message());
            assertTrue(c.message().contains("[short form: 1 s per rate after 0.5 s of warm-up"), c.message());
        });
    }

    @Test
    void argumentsGetTheRatesTimesAndFiles() {
        List<String> args = CFG.args().stream().map(a -> LoadRuns.expand(a, CFG, Path.of("/w/out"), Path.of("/w/out/r.json"))).toList();
        assertEquals(List.of("--rates", "100000,300000,1000000", "--seconds", "2", "--warmup-seconds", "1", "--out", "/w/out",
                "--result", "/w/out/r.json"), args);
    }

    private void aSoundResultAgain() {
        try {
            aSoundResult();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
