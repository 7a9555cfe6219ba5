package org.ticktotrade.grader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.model.Status;

class RatioVerdictTest {

    @Test
    void consistentlyAboveTheThresholdPasses() {
        RatioVerdict v = RatioVerdict.of(List.of(3.31, 3.29, 3.35), 2.0);
        assertEquals(Status.PASSED, v.status());
        assertEquals(3.32, v.ratio(), 0.01);
        assertTrue(v.low() > 3.0 && v.high() < 3.6, v.toString());
    }

    @Test
    void aLockUnderAnotherNameFails() {
        assertEquals(Status.FAILED, RatioVerdict.of(List.of(1.02, 0.97, 1.05), 2.0).status());
    }

    @Test
    void noiseStraddlingTheThresholdIsInconclusiveNotAGuess() {
        RatioVerdict v = RatioVerdict.of(List.of(2.6, 1.5, 2.2), 2.0);
        assertEquals(Status.INCONCLUSIVE, v.status());
        assertTrue(v.low() < 2.0 && v.high() > 2.0);
    }

    @Test
    void morePairsNarrowTheInterval() {
        RatioVerdict three = RatioVerdict.of(List.of(2.4, 2.1, 2.6), 2.0);
        RatioVerdict six = RatioVerdict.of(List.of(2.4, 2.1, 2.6, 2.5, 2.3, 2.45), 2.0);
        assertTrue(six.high() - six.low() < three.high() - three.low());
        assertEquals(Status.PASSED, six.status());
    }

    @Test
    void aSinglePairHasNoSpreadAndDecidesNothing() {
        assertEquals(Status.INCONCLUSIVE, RatioVerdict.of(List.of(5.0), 2.0).status());
    }

    @Test
    void ratiosAreSymmetricInLogSpace() {
        RatioVerdict up = RatioVerdict.of(List.of(2.0, 2.0), 1.0);
        RatioVerdict down = RatioVerdict.of(List.of(0.5, 0.5), 1.0);
        assertEquals(1.0, up.ratio() * down.ratio(), 1e-9);
    }
}
