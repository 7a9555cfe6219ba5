package org.ticktotrade.week07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenLoopGeneratorTest {

    @Test
    void sendsEveryRequestAtItsDueTimeNeverBefore() {
        ManualClock clock = new ManualClock(0, 7); // reads are 7 ns apart: a send lands within 7 ns of its due time
        Schedule schedule = Schedule.fixedRate(100_000, 1_000);
        List<long[]> sends = new ArrayList<>();
        GeneratorReport r = new OpenLoopGenerator(clock, 1_000).run(schedule, 1_000,
                (seq, intended, sent) -> sends.add(new long[] {seq, intended, sent}));
        assertEquals(1_000, sends.size());
        for (int i = 0; i < sends.size(); i++) {
            long[] s = sends.get(i);
            assertEquals(i, s[0], "requests go out in order");
            assertEquals(schedule.intendedTime(i), s[1], "the due time passed on is the schedule's");
            assertTrue(s[2] >= s[1], "request " + i + " went out before it was due");
            assertTrue(s[2] - s[1] < 7, "request " + i + " went out " + (s[2] - s[1]) + " ns late on an idle system");
        }
        assertEquals(0, r.lateSends());
        assertEquals(100_000, r.requestedRate());
        assertEquals(100_000, r.achievedRate(), 100, "an idle system gets the rate it asked for");
        assertTrue(r.heldRate(0.99));
    }

    // tag::never-moves[]
    @Test
    void aSlowSenderMakesLaterRequestsLateButNeverMovesTheSchedule() {
        ManualClock clock = new ManualClock(0, 1);
        Schedule schedule = Schedule.fixedRate(10_000, 0); // due every 100 us
        List<long[]> sends = new ArrayList<>();
        // request 10 blocks the generator for 1 ms: requests 11..20 were due meanwhile
        GeneratorReport r = new OpenLoopGenerator(clock, 50_000).run(schedule, 100, (seq, intended, sent) -> {
            sends.add(new long[] {seq, intended, sent});
            if (seq == 10) {
                clock.spend(1_000_000);
            }
        });
        for (int i = 0; i < 100; i++) {
            assertEquals(schedule.intendedTime(i), sends.get(i)[1], "the schedule is never shifted (request " + i + ")");
        }
        long lag11 = sends.get(11)[2] - sends.get(11)[1];
        assertTrue(lag11 > 850_000 && lag11 < 950_000, "request 11 went out at once, ~0.9 ms late, was " + lag11);
        assertTrue(sends.get(12)[2] - sends.get(11)[2] < 100, "a late generator sends at once, it does not wait a period");
        assertEquals(sends.get(30)[1], sends.get(30)[2], 5, "and is back on schedule once it has caught up");
        assertTrue(r.lateSends() >= 9, "requests 11..19 were more than 50 us late: " + r.lateSends());
        assertTrue(r.maxLagNanos() > 850_000, "the worst lag is reported: " + r.maxLagNanos());
    }
    // end::never-moves[]

    @Test
    void saysWhenTheRateWasNotHeld() {
        ManualClock clock = new ManualClock(0, 1);
        Schedule schedule = Schedule.fixedRate(10_000, 0); // one every 100 us, but each send takes 200 us
        GeneratorReport r = new OpenLoopGenerator(clock, 50_000).run(schedule, 2_000, (seq, intended, sent) -> clock.spend(200_000));
        assertEquals(5_000, r.achievedRate(), 50, "a 200 us sender can only do 5,000/s");
        assertFalse(r.heldRate(0.95));
        assertTrue(r.describe(0.95).contains("COULD NOT HOLD THE RATE"), r.describe(0.95));
        assertTrue(r.lateSends() > 1_900);
    }
}
