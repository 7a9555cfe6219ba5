package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DoublerTest {

    @Test
    void doubles() {
        assertEquals(42, Doubler.twice(21));
    }

    @Test
    void doublesNegatives() {
        assertEquals(-6, Doubler.twice(-3));
    }
}
