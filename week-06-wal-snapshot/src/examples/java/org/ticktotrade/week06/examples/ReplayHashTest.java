package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplayHashTest {

    private static List<ReplayHash.Command> log(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ReplayHash.Command> log = new ArrayList<>();
        long t = 1_000_000;
        for (int i = 0; i < n; i++) {
            t += 1 + random.nextInt(5_000);
            log.add(new ReplayHash.Command(i, t, 100 + random.nextInt(20), random.nextInt(-50, 100)));
        }
        return log;
    }

    // tag::replay[]
    @Test
    void twoReplaysOfOneLogEndInTheSameState() {
        List<ReplayHash.Command> log = log(5_000, 21);
        ReplayHash live = new ReplayHash();
        ReplayHash replay = new ReplayHash();
        log.forEach(live::apply);
        log.forEach(replay::apply);
        assertEquals(live.stateHash(), replay.stateHash());
    }

    @Test
    void aSnapshotPlusTheTailEndsWhereTheWholeLogDoes() {
        List<ReplayHash.Command> log = log(5_000, 22);
        ReplayHash whole = new ReplayHash();
        log.forEach(whole::apply);
        ReplayHash fromSnapshot = new ReplayHash();
        log.subList(0, 3_000).forEach(fromSnapshot::apply); // stands for "load the snapshot at 2,999"
        log.subList(3_000, 5_000).forEach(fromSnapshot::apply); // then the tail
        assertEquals(whole.stateHash(), fromSnapshot.stateHash());
    }

    @Test
    void oneDifferentCommandChangesTheHash() {
        List<ReplayHash.Command> log = log(5_000, 23);
        ReplayHash a = new ReplayHash();
        log.forEach(a::apply);
        ReplayHash.Command c = log.get(2_500);
        log.set(2_500, new ReplayHash.Command(c.sequence(), c.timestampNanos(), c.price(), c.quantityDelta() + 1_000));
        ReplayHash b = new ReplayHash();
        log.forEach(b::apply);
        assertNotEquals(a.stateHash(), b.stateHash());
    }
    // end::replay[]

    @Test
    void aGapInTheLogIsRefused() {
        ReplayHash engine = new ReplayHash();
        engine.apply(new ReplayHash.Command(0, 1, 100, 5));
        assertThrows(IllegalStateException.class, () -> engine.apply(new ReplayHash.Command(2, 2, 100, 5)));
    }
}
