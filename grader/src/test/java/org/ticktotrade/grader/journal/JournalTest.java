package org.ticktotrade.grader.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JournalTest {

    private static final String TEXT = """
            = Journal

            [[invariants]]
            == Three invariants

            Name three.

            [.answer]
            --
            One: a price is a long number of ticks.
            --

            [[modes]]
            == Access modes

            No answer block here.

            [[asm]]
            == Assembly

            [.answer]
            --
            ----
            lock cmpxchg dword ptr [r12 + r8*8 + 0x18], r11d
            ----
            The lock cmpxchg is the cost.
            --
            """;

    @Test
    void readsEachPromptAndItsAnswer() {
        Journal j = Journal.parse(TEXT);
        assertEquals(3, j.entries().size());
        assertEquals("One: a price is a long number of ticks.", j.entry("invariants").orElseThrow().answer());
        assertNull(j.entry("modes").orElseThrow().answer());
        assertEquals("Assembly", j.entry("asm").orElseThrow().title());
        assertEquals(true, j.entry("asm").orElseThrow().answer().contains("lock cmpxchg dword ptr"));
    }

    @Test
    void countsWordsNotMarkup() {
        assertEquals(5, Journal.words("----\nthe ring is not locked\n----"));
        assertEquals(0, Journal.words(null));
    }
}
