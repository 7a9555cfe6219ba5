package org.ticktotrade.week04.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ticktotrade.week04.BusySpinWaitStrategy;
import org.ticktotrade.week04.ParkingWaitStrategy;
import org.ticktotrade.week04.SpinWaitStrategy;
import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week04.WaitStrategy;

class IdleLoopsTest {

    static Stream<WaitStrategy> strategies() {
        return Stream.of(new BusySpinWaitStrategy(), new SpinWaitStrategy(), new ParkingWaitStrategy(10_000));
    }

    @ParameterizedTest
    @MethodSource("strategies")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyValueArrivesThroughASmallRingWhicheverWayTheSidesWait(WaitStrategy wait) throws Exception {
        long count = 200_000;
        SpscLongRing ring = new SpscLongRing(16); // small, so both sides often find it full or empty
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> sum = threads.submit(() -> IdleLoops.consume(ring, count, wait));
            Future<?> produced = threads.submit(() -> IdleLoops.produce(ring, count, wait));
            produced.get(50, TimeUnit.SECONDS);
            assertEquals(count * (count + 1) / 2, sum.get(50, TimeUnit.SECONDS), "lost, duplicated or corrupted values");
            assertEquals(0, ring.size());
        } finally {
            threads.shutdownNow();
        }
    }
}
