package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditLimitTest {

    @Test
    void anAcceptedOrderKeepsItsCreditUsed() {
        CreditLimit limit = new CreditLimit(1_000);
        assertTrue(limit.submit(300, notional -> true));
        assertEquals(700, limit.availableTicks());
    }

    @Test
    void aRejectedOrderGivesItsCreditBack() {
        CreditLimit limit = new CreditLimit(1_000);
        assertFalse(limit.submit(300, notional -> false));
        assertEquals(1_000, limit.availableTicks());
    }

    @Test
    void anExceptionGivesTheCreditBackToo() {
        CreditLimit limit = new CreditLimit(1_000);
        assertThrows(IllegalStateException.class, () -> limit.submit(300, notional -> {
            throw new IllegalStateException("venue connection dropped");
        }));
        assertEquals(1_000, limit.availableTicks(), "try-with-resources closed the reservation on the exception path");
    }

    @Test
    void closingTwiceReleasesOnce() {
        CreditLimit limit = new CreditLimit(1_000);
        CreditLimit.Reservation reservation = limit.reserve(400);
        reservation.close();
        reservation.close();
        assertEquals(1_000, limit.availableTicks());
    }

    @Test
    void moreThanIsAvailableCannotBeReserved() {
        CreditLimit limit = new CreditLimit(100);
        assertThrows(IllegalStateException.class, () -> limit.reserve(101));
        assertThrows(IllegalStateException.class, () -> limit.reserve(0));
        assertEquals(100, limit.availableTicks());
    }
}
