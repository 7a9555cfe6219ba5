package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;

class SameClassPaddingTest {

    @Test
    void hotSpotPutsTheTwoLongsSideBySideDespiteThePadDeclaredBetweenThem() {
        long producer = offset("producerIndex");
        long consumer = offset("consumerIndex");
        assertTrue(Math.abs(consumer - producer) == 8,
                "expected the two longs packed together, got offsets " + producer + " and " + consumer + ":\n"
                        + ClassLayout.parseClass(SameClassPadding.class).toPrintable());
    }

    private static long offset(String field) {
        return ClassLayout.parseClass(SameClassPadding.class).fields().stream()
                .filter(f -> f.name().equals(field)).mapToLong(FieldLayout::offset).findFirst().orElseThrow();
    }
}
