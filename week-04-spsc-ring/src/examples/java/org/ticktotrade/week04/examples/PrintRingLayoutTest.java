package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week04.SpscRing;

class PrintRingLayoutTest {

    @Test
    void theLayoutListsBothSidesCursorsAndTheSize() {
        String layout = PrintRingLayout.layoutOf(SpscLongRing.class);
        for (String field : new String[] {"ProducerCursor.producerIndex", "ProducerCursor.producerLimit",
                "ConsumerCursor.consumerIndex", "ConsumerCursor.cachedProducerIndex", "SpscLongRing.buffer",
                "SpscLongRing.mask", "Instance size"}) {
            assertTrue(layout.contains(field), field + " missing from\n" + layout);
        }
    }

    @Test
    void anotherRingCanBeNamedOnTheCommandLine() {
        assertTrue(PrintRingLayout.classNamed("org.ticktotrade.week04.SpscRing") == SpscRing.class);
    }

    @Test
    void anUnknownClassNameIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrintRingLayout.classNamed("org.ticktotrade.week04.NoSuchRing"));
        assertTrue(e.getMessage().contains("NoSuchRing") && e.getMessage().contains("fully qualified"), e.getMessage());
    }
}
