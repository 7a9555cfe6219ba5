package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.results.IJ_Result;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * The jcstress demonstrations, run one actor after the other on one thread: the outcomes a
 * sequential execution gives must be among those the demos call ACCEPTABLE. (The races themselves
 * need jcstress: ./kata stress week-01 RacyPricePublication, ./kata stress week-01 HaltRace.)
 */
class DemoActorsTest {

    @Test
    void racyPublicationInProgramOrderSeesBoth() {
        RacyPricePublicationDemo demo = new RacyPricePublicationDemo();
        IJ_Result r = new IJ_Result();
        demo.bookThread();
        demo.fanOutThread(r);
        assertEquals(1, r.r1);
        assertEquals(10_150, r.r2);
    }

    @Test
    void haltRaceRunSequentiallyHasOneSideSeeTheOther() {
        HaltRaceDemo.ReleaseAcquire weak = new HaltRaceDemo.ReleaseAcquire();
        JJ_Result r = new JJ_Result();
        weak.fanOut(r);
        weak.risk(r);
        assertEquals(0, r.r1, "the fan-out ran first and saw no halt");
        assertEquals(10_150, r.r2, "risk ran second and saw the bid");

        HaltRaceDemo.Volatile strong = new HaltRaceDemo.Volatile();
        JJ_Result s = new JJ_Result();
        strong.risk(s);
        strong.fanOut(s);
        assertEquals(1, s.r1, "the fan-out ran second and saw the halt");
        assertEquals(0, s.r2, "risk ran first: nothing had gone out");
    }
}
