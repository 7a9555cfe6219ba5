package org.ticktotrade.grader.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;

/**
 * The measured-answer rules: numbers with units and a command pass; a bare number, an answer with no unit at
 * all, and one without the command fail; code, names with digits, ordinals, dates, versions, list markers and
 * small counting numbers are not measurements. The week's reference journal passes every measured prompt and
 * its template fails every one.
 */
class MeasurementsTest {

    static final String GOOD = """
            At 100,000 orders/s (`./kata check week-07 --gate bench`) p50 was 1.1 us, p99 3,914 us and the max 8.2 ms;
            the 1,000,000/s run held 74% of its rate. 0 GCs, 752, 3,320 and 8,728 bytes over 3 rates, 0.003 B/op.""";

    @Test
    void numbersWithUnitsAndTheirCommandPass() {
        assertEquals(List.of(), Measurements.problems(GOOD));
    }

    @Test
    void aBareNumberFails() {
        List<String> p = Measurements.problems(GOOD + " The tail was 3914 at p99.9.");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.getFirst().contains("without a unit: 3914"), p.toString());
    }

    @Test
    void anAnswerWithNoUnitAtAllFails() {
        List<String> p = Measurements.problems("It was fast: `./kata check week-07` printed p50 and p99 and they looked fine to me.");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.getFirst().startsWith("no measured number with its unit"), p.toString());
    }

    @Test
    void anAnswerWithoutTheCommandFails() {
        List<String> p = Measurements.problems("p50 was 1.1 us and p99 3.9 ms at 100,000 orders/s, same command as before.");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.getFirst().startsWith("no command that produced the numbers"), p.toString());
        // a command in backticks that is not one the course runs does not count either
        assertEquals(p, Measurements.problems("p50 was 1.1 us, read with `ThreadMXBean.getThreadAllocatedBytes`."));
    }

    @Test
    void aCommandInAListingCounts() {
        String answer = """
                p99 was 3.9 ms at 100,000 orders/s:
                ----
                $ java -Xmx512m -cp classes org.ticktotrade.week07.LoadRun --rates 100000 --seconds 3
                rate 100000/s: requested 100000, achieved 99998
                ----
                """;
        assertEquals(List.of(), Measurements.problems(answer));
    }

    @Test
    void codeNamesOrdinalsDatesVersionsMarkersAndSmallCountsAreNotMeasurements() {
        String answer = """
                . Measured on 2026-12-07 (8 December 2026) with JDK 25.0.3, G1 and CRC32C, week 07 of lesson 3 (`./mvnw -q verify`):
                . the 99th percentile, p99.9 and p99.99 took 2 cores and 3 rates; a 40-byte record took 1.1 us.
                1. then `-Xms512m` at 01:45 UTC""";
        assertEquals(List.of(), Measurements.problems(answer));
    }

    @Test
    void rangesAndMagnitudesShareTheirUnit() {
        assertEquals(List.of(), Measurements.problems("4 to 16 ms at 100k/s and 1M orders/s, 10-20 us (`./kata check week-07`)."));
        assertTrue(Measurements.problems("between 40 and 60 at 100k/s (`./kata check week-07`).").toString().contains("40, 60"));
    }

    @Test
    void theTemplateFailsAndTheReferencePassesEveryMeasuredPrompt() throws IOException {
        Week week = Course.locate().week("week-07").orElseThrow();
        WeekManifest.Journal cfg = week.manifest().gates().journal();
        assertTrue(!cfg.measuredPrompts().isEmpty(), "week 07 names its measured prompts");
        Journal reference = Journal.parse(Files.readString(week.dir().resolve(cfg.referenceFile())));
        Journal template = Journal.parse(Files.readString(week.dir().resolve(cfg.file())));
        for (String prompt : cfg.measuredPrompts()) {
            assertEquals(List.of(), Measurements.problems(reference.entry(prompt).orElseThrow().answer()), prompt);
            assertTrue(!Measurements.problems(template.entry(prompt).orElseThrow().answer()).isEmpty(), prompt);
        }
    }
}
