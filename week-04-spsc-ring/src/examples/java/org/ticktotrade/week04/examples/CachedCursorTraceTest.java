package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CachedCursorTraceTest {

    @Test
    void theProducerLooksAtTheConsumerOncePerLapWhenTheConsumerKeepsUp() {
        CachedCursorTrace.Counts counts = CachedCursorTrace.run(1024, 64, 1600);
        assertEquals(102_400, counts.values());
        // The limit starts at 1024 (an empty ring); each time the producer reaches it the consumer has
        // taken everything, so the limit jumps a whole lap: at 1024, 2048, ..., 101_376.
        assertEquals(99, counts.producerLimitMoves());
    }

    @Test
    void theConsumerLooksAtTheProducerOncePerBurst() {
        CachedCursorTrace.Counts counts = CachedCursorTrace.run(1024, 64, 1600);
        // The first poll of each burst finds the cache used up, re-reads the producer's index and learns
        // about all 64 values; the other 63 polls are served from the cache.
        assertEquals(1600, counts.consumerCacheMoves());
    }

    @Test
    void aBurstAsLargeAsTheRingStillNeedsOneLookPerBurstOnEachSide() {
        CachedCursorTrace.Counts counts = CachedCursorTrace.run(64, 64, 100);
        assertEquals(99, counts.producerLimitMoves());
        assertEquals(100, counts.consumerCacheMoves());
    }

    @Test
    void aBurstLargerThanTheRingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CachedCursorTrace.run(64, 65, 1));
    }
}
