package org.ticktotrade.week06.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitLogTest {

    // tag::acks[]
    @Test
    void noFillIsAcknowledgedBeforeItsRecordIsForced(@TempDir Path dir) throws Exception {
        List<Long> acked = new ArrayList<>();
        try (GroupCommitLog log = new GroupCommitLog(dir, 1 << 16, 8)) {
            ByteBuffer payload = ByteBuffer.allocate(40);
            for (int i = 0; i < 20; i++) {
                long seq = log.append(payload.clear());
                log.acknowledgeDurable(acked::add);
                assertTrue(acked.isEmpty() || acked.getLast() <= log.durableSequence());
                assertTrue(seq >= log.durableSequence());
            }
            assertEquals(2, log.forces());        // after frames 7 and 15: one force per batch of 8
            assertEquals(16, acked.size());       // 16..19 are logged, not yet durable, not acknowledged
            log.commit();                         // the end of a burst: force the partial batch now
            log.acknowledgeDurable(acked::add);
            assertEquals(20, acked.size());
            assertEquals(3, log.forces());
        }
    }
    // end::acks[]

    @Test
    void aFullSegmentRollsToOneNamedByItsFirstSequence(@TempDir Path dir) throws Exception {
        try (GroupCommitLog log = new GroupCommitLog(dir, 1024, 1_000)) {
            for (int i = 0; i < 40; i++) {
                log.append(ByteBuffer.allocate(40)); // 56 bytes a frame: 18 fit in 1024
            }
            assertEquals(3, log.segments());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("00000000000000000000.wal", "00000000000000000018.wal", "00000000000000000036.wal"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
