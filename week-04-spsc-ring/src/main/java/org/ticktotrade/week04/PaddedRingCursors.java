package org.ticktotrade.week04;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

// The cursors of both rings, each side's pair on cache lines of its own, padded the way JCTools pads:
// by class hierarchy. HotSpot lays out a superclass's fields before its subclass's, so a class whose
// only fields are 128 bytes of padding keeps the classes above and below it 128 bytes apart. The pads are
// longs, not bytes: a subclass's small field may fill an alignment gap its superclass left (JOL showed
// SpscLongRing's int mask moved into the 4 bytes after 128 byte-sized pads), and 8-byte fields leave no
// gap a later field could drop into. 128, not 64: on Intel the
// adjacent-line prefetcher pulls cache lines in pairs, so two hot fields 64 bytes apart still bounce.
// (@jdk.internal.vm.annotation.Contended does the same, but only inside the JDK unless the JVM is
// started with -XX:-RestrictContended; a hierarchy works on any JVM and JOL shows it.)

/** 128 bytes between the object header (and whatever object sits before this one) and the producer's cursor. */
abstract class RingHeadPad {
    // TODO(kata) Pad 128 bytes with sixteen long fields (p00..p15) so the producer's cursor cannot share a cache line (or the prefetcher's pair of lines) with the header or the object before this one. Read lesson 2, "False sharing, and padding by class hierarchy".
    // no padding yet: the cursors below share cache lines
}

/** The producer's side: written only by the producer thread. */
abstract class ProducerCursor extends RingHeadPad {
    /** The next index the producer writes. Only the producer stores it (a release store); the consumer reads it. */
    long producerIndex;
    /**
     * The producer's cached view of how far it may write: consumerIndex + capacity, as it was when last read.
     * The producer alone reads and writes it (plain), so it costs no coherence traffic.
     */
    long producerLimit;
}

/** 128 bytes between the producer's cache lines and the consumer's. */
abstract class RingMiddlePad extends ProducerCursor {
    // TODO(kata) Pad 128 bytes, sixteen longs (q00..q15), between the producer's fields and the consumer's, so a store to one side's cursor does not invalidate the line the other side is reading. Read lesson 2, "False sharing, and padding by class hierarchy".
    // no padding yet
}

/** The consumer's side: written only by the consumer thread. */
abstract class ConsumerCursor extends RingMiddlePad {
    /** The next index the consumer reads. Only the consumer stores it (a release store); the producer reads it. */
    long consumerIndex;
    /** The consumer's cached view of producerIndex, as it was when last read. Consumer-only, plain. */
    long cachedProducerIndex;
}

/**
 * 128 bytes after the consumer's fields, so the subclass's read-mostly fields (buffer, mask) and the next
 * object on the heap stay off its lines. Holds the VarHandles both rings publish and observe the cursors with.
 */
abstract class PaddedRingCursors extends ConsumerCursor {
    // TODO(kata) Pad 128 bytes, sixteen longs (r00..r15), after the consumer's fields. Read lesson 2, "False sharing, and padding by class hierarchy".
    // no padding yet

    static final VarHandle PRODUCER_INDEX;
    static final VarHandle CONSUMER_INDEX;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            PRODUCER_INDEX = lookup.findVarHandle(ProducerCursor.class, "producerIndex", long.class);
            CONSUMER_INDEX = lookup.findVarHandle(ConsumerCursor.class, "consumerIndex", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
