package org.ticktotrade.grader.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolutionMarkersTest {

    @Test
    void aRegionWithoutStarterLinesBecomesAThrow() {
        var parsed = SolutionMarkers.parse(List.of(
                "class A {",
                "    int f() {",
                "        // kata:solution lesson-04 Return the answer.",
                "        return 42;",
                "        // kata:end",
                "    }",
                "}"));
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals(1, parsed.regions().size());
        var r = parsed.regions().getFirst();
        assertEquals("lesson-04", r.ref());
        assertEquals("Return the answer.", r.task());
        assertEquals("        ", r.indent());
        assertNull(r.starterLines());
    }

    @Test
    void starterLinesAreUncommented() {
        var parsed = SolutionMarkers.parse(List.of(
                "    // kata:solution hint:spsc-ring Declare the buffer.",
                "    private final long[] buffer;",
                "    // kata:starter",
                "    // private long[] buffer;",
                "    // kata:end"));
        var r = parsed.regions().getFirst();
        assertNotNull(r.starterLines());
        assertEquals(List.of("    private long[] buffer;"), r.starterLines());
    }

    @Test
    void brokenMarkupIsReportedWithLineNumbers() {
        var parsed = SolutionMarkers.parse(List.of(
                "// kata:solution lesson-4 Missing zero and missing end.",
                "x();",
                "// kata:soultion typo"));
        assertTrue(parsed.problems().stream().anyMatch(p -> p.contains("without kata:end")), parsed.problems().toString());
        assertTrue(parsed.problems().stream().anyMatch(p -> p.contains("kata marker inside")), parsed.problems().toString());
    }

    @Test
    void aBadReferenceIsAProblem() {
        var parsed = SolutionMarkers.parse(List.of("// kata:solution chapter-2 Do it.", "x();", "// kata:end"));
        assertTrue(parsed.problems().stream().anyMatch(p -> p.contains("not lesson-NN or hint:")), parsed.problems().toString());
    }

    @Test
    void learnerCreatedFilesAreRecognised() {
        var parsed = SolutionMarkers.parse(List.of("// kata:learner-creates hint:typed-channel Write this class.", "package x;"));
        assertEquals("hint:typed-channel", parsed.learnerCreates().ref());
    }
}
