package org.ticktotrade.grader.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.asm.AsmListing;
import org.ticktotrade.grader.asm.AsmRun;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.Progress;
import org.ticktotrade.grader.pipeline.SourcesResolver;

/**
 * The journal's assembly quotes against a listing generated here and now from week 01's reference:
 * real quotes pass, an invented instruction fails, and so does a section that never calls out the
 * expensive instruction.
 */
class AsmQuotesTest {

    static GateContext ctx;
    static AsmListing listing;

    @BeforeAll
    static void generateTheListing() {
        Course course = Course.locate();
        Week week = course.week("week-01").orElseThrow();
        var sources = SourcesResolver.reference(week);
        ctx = new GateContext(course, week, sources, week.workDir().resolve("grader-test-asm"), new ForkedJvm(Isolation.NONE),
                Progress.SILENT, false);
        StandardGates.pipeline().run(ctx, Set.of("build"));
        listing = AsmRun.current(ctx);
    }

    static String realQuotes() {
        AsmListing.HotPath ring = listing.paths().get(0);
        AsmListing.HotPath lock = listing.paths().get(1);
        AsmListing.Insn expensive = lock.instructions().stream().filter(i -> i.expensive() != null).findFirst().orElseThrow();
        AsmListing.Insn store = ring.instructions().stream().filter(i -> i.normalised().startsWith("mov qword ptr[")).findFirst().orElseThrow();
        return String.join("\n",
                "The ring's push stores the slot and the tail with plain moves:",
                "----",
                store.address() + ":   " + store.text(),
                ring.instructions().getFirst().text(),
                "----",
                "The lock's push pays for " + expensive.text().split(" ")[0] + " " + expensive.text().split(" ")[1] + ":",
                "----",
                expensive.text() + "   <== the expensive one",
                "----");
    }

    @Test
    void withNeitherPluginNorObjdumpTheToolSaysWhatToInstall() {
        System.setProperty(org.ticktotrade.grader.asm.HsdisPlugin.DISABLE_PROPERTY, "true");
        System.setProperty("kata.asm.objdump", "none");
        try {
            var e = org.junit.jupiter.api.Assertions.assertThrows(org.ticktotrade.grader.asm.AsmException.class, () -> AsmRun.run(ctx));
            assertTrue(e.getMessage().contains("./kata setup") && e.getMessage().contains("binutils"), e.getMessage());
        } finally {
            System.clearProperty(org.ticktotrade.grader.asm.HsdisPlugin.DISABLE_PROPERTY);
            System.clearProperty("kata.asm.objdump");
        }
    }

    @Test
    void quotesCopiedFromTheListingPass() {
        CheckResult r = AsmQuotes.check(ctx, "asm", "asm", realQuotes(), 10);
        assertEquals(Status.PASSED, r.status(), r.message());
    }

    @Test
    void anInventedInstructionFailsAndIsNamed() {
        String answer = realQuotes().replace("----\nThe lock's", "lock xchg qword ptr [rax], rbx\n----\nThe lock's");
        CheckResult r = AsmQuotes.check(ctx, "asm", "asm", answer, 10);
        assertEquals(Status.FAILED, r.status());
        assertTrue(r.message().contains("`lock xchg qword ptr [rax], rbx`"), r.message());
    }

    @Test
    void theExpensiveInstructionMustBeCalledOut() {
        String answer = String.join("\n", "----",
                listing.paths().get(0).instructions().get(0).text(),
                listing.paths().get(0).instructions().get(1).text(),
                listing.paths().get(1).instructions().get(0).text(),
                "----", "Both are short.");
        CheckResult r = AsmQuotes.check(ctx, "asm", "asm", answer, 10);
        assertEquals(Status.FAILED, r.status());
        assertTrue(r.message().contains("call out the expensive instruction"), r.message());
    }
}
