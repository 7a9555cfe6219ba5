package org.ticktotrade.grader.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a journal's listing blocks become quotes: which instruction a {@code <==} callout marks. */
class AsmQuoteParsingTest {

    @Test
    void aCalloutAfterAWideGapMarksTheInstructionBeforeIt() {
        List<AsmQuotes.Quote> quotes = AsmQuotes.quotes("""
                ----
                lock add dword ptr [rsp - 0x40], 0   <== a StoreLoad fence
                mov eax, 1
                ----
                """);
        assertEquals(2, quotes.size(), "two instructions, the callout is not a third: " + quotes);
        assertEquals("lock add dword ptr [rsp - 0x40], 0", quotes.get(0).text());
        assertTrue(quotes.get(0).markedOnLine(), "the callout three spaces after the instruction marks it");
        assertFalse(quotes.get(1).markedOnLine(), "the next line is not marked");
    }

    @Test
    void aCalloutRightAfterTheInstructionStillMarksIt() {
        List<AsmQuotes.Quote> quotes = AsmQuotes.quotes("----\nlock cmpxchg dword ptr [r8 + 0x18], r9d <== the CAS\n----\n");
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).markedOnLine());
    }

    @Test
    void aSideBySideLineGivesTwoQuotesAndACalloutMarksOnlyTheSecond() {
        List<AsmQuotes.Quote> quotes = AsmQuotes.quotes(
                "----\nmov r8, qword ptr [r10 + 0x18]          lock add dword ptr [rsp - 0x40], 0   <== fence\n----\n");
        assertEquals(2, quotes.size(), quotes.toString());
        assertFalse(quotes.get(0).markedOnLine(), "the left column is not what the arrow points at");
        assertTrue(quotes.get(1).markedOnLine(), "the arrow follows the right column");
    }
}
