package org.ticktotrade.week07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void aMillionPerSecondIsOneMicrosecondApart() {
        Schedule s = Schedule.fixedRate(1_000_000, 5_000);
        assertEquals(5_000, s.intendedTime(0));
        assertEquals(6_000, s.intendedTime(1));
        assertEquals(5_000 + 999_999_000L, s.intendedTime(999_999));
    }

    // tag::no-drift[]
    @Test
    void aPeriodThatIsNotWholeNanosecondsDoesNotDrift() {
        // 1e9 / 300,000 = 3,333.33 ns: adding a rounded 3,333 ns per request would be 333 us early after a million
        Schedule s = Schedule.fixedRate(300_000, 0);
        assertEquals(3_333, s.intendedTime(1));
        assertEquals(6_666, s.intendedTime(2));
        assertEquals(10_000, s.intendedTime(3));
        assertEquals(1_000_000_000L, s.intendedTime(300_000), "request 300,000 is due exactly one second in");
        assertEquals(10_000_000_000L, s.intendedTime(3_000_000), "and request 3,000,000 exactly ten seconds in");
    }
    // end::no-drift[]

    @Property
    void dueTimesNeverGoBackAndStayWithinAPeriodOfTheIdealLine(@ForAll @LongRange(min = 1, max = 2_000_000) long rate,
                                                               @ForAll @LongRange(min = 0, max = 50_000_000) long index) {
        Schedule s = Schedule.fixedRate(rate, 123);
        long t = s.intendedTime(index);
        long next = s.intendedTime(index + 1);
        assertEquals(true, next >= t, "due times are monotonic");
        double ideal = 123 + index * (1e9 / rate);
        assertEquals(true, Math.abs(t - ideal) < 1.0 + ideal * 1e-15, "request " + index + " at " + rate + "/s: " + t + " vs " + ideal);
    }

    @Test
    void aNegativeIndexIsRefused() {
        Schedule s = Schedule.fixedRate(1_000, 0);
        assertThrows(IllegalArgumentException.class, () -> s.intendedTime(-1));
    }
}
