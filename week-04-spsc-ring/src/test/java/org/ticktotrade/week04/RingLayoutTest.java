package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;

/**
 * Lesson 2: the padding does what it is for. JOL reads the field offsets HotSpot chose: the producer's
 * pair of cursors, the consumer's pair and the read-mostly fields (buffer, mask) must each be at least 128
 * bytes from the others (two cache lines: the adjacent-line prefetcher moves lines in pairs), and the
 * cursors 128 bytes from either end of the object, away from whatever its heap neighbours write.
 */
class RingLayoutTest {

    private static final int APART = 128;

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {SpscLongRing.class, SpscRing.class})
    void producerAndConsumerCursorsAreOnCacheLinesOfTheirOwn(Class<?> ring) {
        ClassLayout classLayout = ClassLayout.parseClass(ring);
        Map<String, Long> offsets = offsets(classLayout);
        String layout = "layout of " + ring.getSimpleName() + " (field: offset, size " + classLayout.instanceSize() + "): "
                + new TreeMap<>(offsets);
        long producerStart = Math.min(offsets.get("producerIndex"), offsets.get("producerLimit"));
        long producerEnd = Math.max(offsets.get("producerIndex"), offsets.get("producerLimit")) + Long.BYTES;
        long consumerStart = Math.min(offsets.get("consumerIndex"), offsets.get("cachedProducerIndex"));
        long consumerEnd = Math.max(offsets.get("consumerIndex"), offsets.get("cachedProducerIndex")) + Long.BYTES;

        assertTrue(producerEnd - producerStart == 16,
                "producerIndex and producerLimit belong together, next to each other (one line, one owner). " + layout);
        assertTrue(consumerEnd - consumerStart == 16,
                "consumerIndex and cachedProducerIndex belong together, next to each other. " + layout);
        assertTrue(producerStart >= APART, "the producer's fields start " + producerStart + " bytes into the object;"
                + " they need " + APART + " bytes of padding before them (RingHeadPad), away from the object before"
                + " this one on the heap. " + layout);
        assertTrue(gap(producerStart, producerEnd, consumerStart, consumerEnd) >= APART, "only "
                + gap(producerStart, producerEnd, consumerStart, consumerEnd) + " bytes between the producer's and the"
                + " consumer's fields; RingMiddlePad must hold " + APART + ". " + layout);
        assertTrue(classLayout.instanceSize() - consumerEnd >= APART, "only " + (classLayout.instanceSize() - consumerEnd)
                + " bytes after the consumer's fields before the object ends; PaddedRingCursors' pad must hold "
                + APART + ", away from the next object on the heap. " + layout);
        for (String cold : new String[] {"buffer", "mask"}) {
            long at = offsets.get(cold);
            long end = at + 4; // an int, or a compressed reference (the default on heaps under 32 GB)
            assertTrue(gap(at, end, producerStart, producerEnd) >= APART && gap(at, end, consumerStart, consumerEnd) >= APART,
                    cold + " at offset " + at + " is within " + APART + " bytes of a cursor: both threads read it on"
                            + " every call, so a cursor store next to it would evict it from the other core. " + layout);
        }
    }

    /** Bytes between two ranges [aStart, aEnd) and [bStart, bEnd) (0 when they overlap). */
    private static long gap(long aStart, long aEnd, long bStart, long bEnd) {
        return Math.max(0, Math.max(bStart - aEnd, aStart - bEnd));
    }

    private static Map<String, Long> offsets(ClassLayout layout) {
        return layout.fields().stream()
                .collect(Collectors.toMap(FieldLayout::name, FieldLayout::offset, (a, b) -> a));
    }
}
