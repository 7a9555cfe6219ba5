package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Quiz prose on a terminal breaks between words (no line longer than the width), with a hanging indent under an option's letter. */
class TextWrapTest {

    @Test
    void breaksBetweenWordsWithAHangingIndent() {
        assertEquals("  A) release store by the book\n     thread, acquire load by\n     the reader",
                TextWrap.wrap("release store by the book thread, acquire load by the reader", 30, "  A) ", "     "));
    }

    @Test
    void withoutATerminalNothingIsWrapped() {
        String long_ = "word ".repeat(40).strip();
        assertEquals("  " + long_ + "\n  next", TextWrap.wrap(long_ + "\nnext", 0, "  ", "  "));
    }
}
