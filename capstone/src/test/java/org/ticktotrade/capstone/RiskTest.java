package org.ticktotrade.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.ticktotrade.week02.Side.BUY;
import static org.ticktotrade.week02.Side.SELL;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson 4: each pre-trade limit at, just inside and just past its boundary, and the state it is checked against. */
class RiskTest {

    // Account 0: orders up to 100, positions up to 150 either way, orders worth up to 1,000,000 ticks.
    // Account 1: the same but orders worth up to 10.
    // Instrument 0: reference 10,000, collar 50 ticks. Instrument 1: reference 3, collar 2^60 (no collar to speak of).
    private static final ExchangeConfig CONFIG = new ExchangeConfig(
            List.of(new InstrumentSpec("AAA", 16, 1, 1 << 14, 10_000, 50),
                    new InstrumentSpec("BBB", 16, 1, 64, 3, ExchangeConfig.MAX_LIMIT)),
            List.of(new AccountLimits(100, 150, 1_000_000), new AccountLimits(100, 150, 10)));

    private final Risk risk = new Risk(CONFIG);

    @Test
    void maxOrderSizeIsInclusive() {
        assertNull(risk.check(0, 0, BUY, 10_000, 100), "exactly the maximum passes");
        assertEquals(Reject.MAX_ORDER_SIZE, risk.check(0, 0, BUY, 10_000, 101));
        assertEquals(Reject.MAX_ORDER_SIZE, risk.check(0, 0, SELL, 10_000, 101), "either side");
    }

    @Test
    void theCollarIsInclusiveOnBothSidesOfTheReference() {
        assertNull(risk.check(0, 0, BUY, 10_050, 1));
        assertNull(risk.check(0, 0, SELL, 9_950, 1));
        assertEquals(Reject.PRICE_COLLAR, risk.check(0, 0, BUY, 10_051, 1));
        assertEquals(Reject.PRICE_COLLAR, risk.check(0, 0, SELL, 9_949, 1));
        assertEquals(Reject.PRICE_COLLAR, risk.check(0, 0, BUY, 1, 1), "a fat finger's price");
    }

    @Test
    void theCollarMovesToTheLastTrade() {
        risk.onTrade(0, 10_040);
        assertEquals(10_040, risk.referencePrice(0));
        assertNull(risk.check(0, 0, BUY, 10_090, 1), "50 above the new reference");
        assertEquals(Reject.PRICE_COLLAR, risk.check(0, 0, BUY, 10_091, 1));
        assertEquals(Reject.PRICE_COLLAR, risk.check(0, 0, SELL, 9_950, 1), "inside the old collar, outside the new one");
        assertEquals(3, risk.referencePrice(1), "one instrument's trade leaves the other's reference alone");
    }

    @Test
    void notionalIsPriceTimesQuantityInclusive() {
        assertNull(risk.check(0, 0, BUY, 10_000, 100), "exactly 1,000,000");
        assertNull(risk.check(1, 1, BUY, 3, 3), "9 of 10");
        assertEquals(Reject.NOTIONAL_LIMIT, risk.check(1, 1, BUY, 3, 4), "12 of 10");
        assertNull(risk.check(1, 1, BUY, 5, 2), "exactly 10");
        assertEquals(Reject.NOTIONAL_LIMIT, risk.check(1, 1, SELL, 11, 1), "11 of 10");
    }

    // tag::no-overflow[]
    @Test
    void notionalDoesNotOverflow() {
        // 2^59 * 100 overflows a long (wraps negative): the check must still see it as far too much.
        assertEquals(Reject.NOTIONAL_LIMIT, risk.check(0, 1, BUY, 1L << 59, 100));
        assertEquals(Reject.NOTIONAL_LIMIT, risk.check(0, 1, BUY, 1L << 57, 64), "2^63 wraps to Long.MIN_VALUE");
    }
    // end::no-overflow[]

    @Test
    void positionLimitCountsTheFillsSoFar() {
        assertNull(risk.check(0, 0, BUY, 10_000, 100));
        risk.onFill(0, 0, BUY, 100, false);
        assertEquals(100, risk.position(0, 0));
        assertNull(risk.check(0, 0, BUY, 10_000, 50), "100 + 50 is exactly the limit");
        assertEquals(Reject.POSITION_LIMIT, risk.check(0, 0, BUY, 10_000, 51));
        risk.onFill(0, 0, BUY, 50, false);
        assertEquals(Reject.POSITION_LIMIT, risk.check(0, 0, BUY, 10_000, 1), "at +150: no more buying");
        assertNull(risk.check(0, 0, SELL, 10_000, 100), "selling reduces the risk");
        risk.onFill(0, 0, SELL, 100, false);
        risk.onFill(0, 0, SELL, 100, false);
        risk.onFill(0, 0, SELL, 100, false);
        assertEquals(-150, risk.position(0, 0));
        assertEquals(Reject.POSITION_LIMIT, risk.check(0, 0, SELL, 10_000, 1), "short limit: -150 is the floor");
        assertNull(risk.check(0, 0, BUY, 10_000, 100));
    }

    // tag::resting-counts[]
    @Test
    void positionLimitCountsRestingOrdersOnTheSameSideAsIfTheyFilled() {
        risk.onRested(0, 0, BUY, 100);
        assertEquals(100, risk.resting(0, 0, BUY));
        assertNull(risk.check(0, 0, BUY, 10_000, 50));
        assertEquals(Reject.POSITION_LIMIT, risk.check(0, 0, BUY, 10_000, 51), "100 resting + 51 > 150");
        assertNull(risk.check(0, 0, SELL, 10_000, 100), "resting buys do not count against a sell");
        risk.onRested(0, 0, SELL, 100);
        assertEquals(Reject.POSITION_LIMIT, risk.check(0, 0, SELL, 10_000, 51), "100 resting sells + 51 > 150 short");
        risk.onRestingCancelled(0, 0, BUY, 60);
        assertEquals(40, risk.resting(0, 0, BUY));
        assertNull(risk.check(0, 0, BUY, 10_000, 100), "40 + 100 < 150 after the cancel");
    }
    // end::resting-counts[]

    // tag::maker-fill[]
    @Test
    void aMakersFillMovesQuantityFromRestingToPosition() {
        risk.onRested(0, 0, SELL, 80);
        risk.onFill(0, 0, SELL, 30, true);
        assertEquals(-30, risk.position(0, 0));
        assertEquals(50, risk.resting(0, 0, SELL));
        assertEquals(Reject.POSITION_LIMIT, risk.check(0, 0, SELL, 10_000, 71), "worst case -30 - 50 - 71 < -150");
        assertNull(risk.check(0, 0, SELL, 10_000, 70));
    }
    // end::maker-fill[]

    @Test
    void positionsArePerAccountAndInstrument() {
        risk.onFill(1, 1, BUY, 150, false);
        assertEquals(Reject.POSITION_LIMIT, risk.check(1, 1, BUY, 3, 1));
        assertNull(risk.check(0, 1, BUY, 3, 1), "account 0 has no position in instrument 1");
        risk.onFill(0, 0, BUY, 150, false);
        assertEquals(Reject.POSITION_LIMIT, risk.check(0, 0, BUY, 10_000, 1));
        assertNull(risk.check(0, 1, BUY, 3, 1), "account 0 is full in instrument 0, not in instrument 1");
        assertEquals(0, risk.position(0, 1));
        assertEquals(0, risk.position(1, 0));
    }

    // tag::first-failing[]
    @Test
    void theFirstFailingCheckInOrderIsTheReason() {
        risk.onFill(0, 0, BUY, 150, false);
        assertEquals(Reject.MAX_ORDER_SIZE, risk.check(0, 0, BUY, 1, 1_000_000), "size before collar, notional and position");
        assertEquals(Reject.PRICE_COLLAR, risk.check(0, 0, BUY, 20_000, 100), "collar before notional and position");
        assertEquals(Reject.NOTIONAL_LIMIT, risk.check(1, 0, BUY, 10_000, 100), "notional before position");
    }
    // end::first-failing[]
}
