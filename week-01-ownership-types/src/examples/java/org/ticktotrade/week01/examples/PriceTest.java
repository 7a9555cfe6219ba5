package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

    private static final BigDecimal NICKEL = new BigDecimal("0.05");

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE, Price.MAX_TICKS + 1})
    void aPriceOutsideTheBandCannotBeConstructed(long ticks) {
        assertThrows(IllegalArgumentException.class, () -> new Price(ticks));
    }

    @Test
    void parsingAnOnGridDecimalGivesWholeTicks() {
        assertEquals(new Price(2030), Price.parse("101.50", NICKEL));
        assertEquals(new Price(2030), Price.parse("101.5000", NICKEL), "trailing zeros do not matter");
    }

    @Test
    void parsingAnOffGridDecimalIsRejectedNotRounded() {
        assertThrows(IllegalArgumentException.class, () -> Price.parse("101.52", NICKEL));
        assertThrows(IllegalArgumentException.class, () -> Price.parse("0.03", NICKEL));
    }

    @Test
    void parsingZeroOrNegativeStillHitsTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> Price.parse("0", NICKEL));
        assertThrows(IllegalArgumentException.class, () -> Price.parse("-1.00", NICKEL));
    }

    @Test
    void pricesOrderByTicks() {
        assertTrue(new Price(101).betterBidThan(new Price(100)));
        assertTrue(new Price(100).compareTo(new Price(101)) < 0);
    }

    @Test
    void quantityIsPositiveAndAddsWithoutOverflow() {
        assertThrows(IllegalArgumentException.class, () -> new Quantity(0));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(-5));
        assertEquals(new Quantity(7), new Quantity(3).plus(new Quantity(4)));
        assertThrows(ArithmeticException.class, () -> new Quantity(Long.MAX_VALUE).plus(new Quantity(1)));
    }
}
