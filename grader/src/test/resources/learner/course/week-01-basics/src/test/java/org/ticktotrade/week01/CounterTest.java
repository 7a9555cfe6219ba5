package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CounterTest {

    @Test
    void startsAtZero() {
        assertEquals(0, new Counter().get());
    }

    // tag::adds[]
    @Test
    void addsUp() {
        Counter c = new Counter();
        c.add(2);
        c.add(3);
        assertEquals(5, c.get());
    }
    // end::adds[]
}
