package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week06.examples.FramedRecord.Status;

class KillNineTest {

    // tag::survives[]
    @Test
    void writesWithoutForceSurviveTheDeathOfTheProcess(@TempDir Path dir) throws Exception {
        KillNine.Outcome o = KillNine.run(dir.resolve("no-force.wal"), false, 200);
        assertEquals(199, o.lastAcknowledged());
        // Every frame the child finished writing is readable after kill -9: the page cache belongs to the
        // kernel, not to the process. (A power cut is a different story: see lesson 1.)
        assertTrue(o.recovered().records() >= 200, o.recovered().toString());
        assertTrue(o.recovered().stoppedBy() == Status.END || o.recovered().stoppedBy() == Status.BAD_LENGTH
                || o.recovered().stoppedBy() == Status.BAD_CRC, o.recovered().toString());
    }
    // end::survives[]

    @Test
    void everyAcknowledgedFrameIsRecoveredWithForce(@TempDir Path dir) throws Exception {
        KillNine.Outcome o = KillNine.run(dir.resolve("force.wal"), true, 20);
        assertEquals(19, o.lastAcknowledged());
        assertTrue(o.recovered().lastSequence() >= o.lastAcknowledged(), o.recovered().toString());
    }
}
