package org.ticktotrade.grader.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The id rule: a module is week-NN or the capstone; and the checkout's capstone manifest loads as a week does. */
class ManifestIdRulesTest {

    private static WeekManifest withId(String id) {
        return new WeekManifest(id, "A title", "org.ticktotrade.x", null, null, null, null, null, null, null);
    }

    @Test
    void weekIdsAndTheCapstoneAreAcceptedAndNothingElse(@TempDir Path dir) {
        for (String id : List.of("week-01", "week-07", "capstone")) {
            assertEquals(List.of(), ManifestRules.problems(withId(id), dir), id);
        }
        for (String id : List.of("week-1", "week-001", "Capstone", "capstone-2", "final", "")) {
            List<String> problems = ManifestRules.problems(withId(id), dir);
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("id must look like")), id + ": " + problems);
        }
    }

    @Test
    void theCheckoutsCapstoneLoadsByIdAndByFolder() {
        Course course = Course.locate();
        Week capstone = course.week("capstone").orElseThrow();
        assertEquals("capstone", capstone.slug());
        assertEquals("org.ticktotrade.capstone", capstone.manifest().basePackage());
        assertTrue(capstone.manifest().usesReferenceOf().containsAll(List.of("week-02", "week-03", "week-04", "week-05",
                "week-06", "week-07")), "the grader does not follow uses-reference-of transitively: all six are named");
        for (String earlier : capstone.manifest().usesReferenceOf()) {
            assertTrue(course.week(earlier).isPresent(), earlier + " is in the checkout");
        }
    }

    @Test
    void theCapstoneIsListedAfterEveryWeek() {
        List<String> names = Course.locate().weekDirs().stream().map(d -> d.getFileName().toString()).toList();
        assertEquals("capstone", names.getLast(), names.toString());
        assertEquals(names.stream().filter(n -> n.startsWith("week-")).sorted().toList(), names.subList(0, names.size() - 1));
    }
}
