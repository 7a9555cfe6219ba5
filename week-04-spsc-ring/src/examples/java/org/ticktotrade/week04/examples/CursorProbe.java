package org.ticktotrade.week04.examples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.ticktotrade.week04.SpscLongRing;

/**
 * Lesson 3's instrument: reads a ring's four cursor fields from outside, the way a debugger would, so a
 * single-threaded trace can watch the cached views change. The fields are package-private in
 * {@code org.ticktotrade.week04}; a private lookup into their classes (allowed within one module) reaches
 * them without changing the ring. Never use this from the ring's two threads: it is for watching, not for
 * synchronizing.
 */
final class CursorProbe {

    private static final VarHandle PRODUCER_INDEX;
    private static final VarHandle PRODUCER_LIMIT;
    private static final VarHandle CONSUMER_INDEX;
    private static final VarHandle CACHED_PRODUCER_INDEX;

    static {
        try {
            Class<?> producer = Class.forName("org.ticktotrade.week04.ProducerCursor");
            Class<?> consumer = Class.forName("org.ticktotrade.week04.ConsumerCursor");
            MethodHandles.Lookup intoProducer = MethodHandles.privateLookupIn(producer, MethodHandles.lookup());
            MethodHandles.Lookup intoConsumer = MethodHandles.privateLookupIn(consumer, MethodHandles.lookup());
            PRODUCER_INDEX = intoProducer.findVarHandle(producer, "producerIndex", long.class);
            PRODUCER_LIMIT = intoProducer.findVarHandle(producer, "producerLimit", long.class);
            CONSUMER_INDEX = intoConsumer.findVarHandle(consumer, "consumerIndex", long.class);
            CACHED_PRODUCER_INDEX = intoConsumer.findVarHandle(consumer, "cachedProducerIndex", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CursorProbe() {}

    static long producerIndex(SpscLongRing ring) {
        return (long) PRODUCER_INDEX.get(ring);
    }

    static long producerLimit(SpscLongRing ring) {
        return (long) PRODUCER_LIMIT.get(ring);
    }

    static long consumerIndex(SpscLongRing ring) {
        return (long) CONSUMER_INDEX.get(ring);
    }

    static long cachedProducerIndex(SpscLongRing ring) {
        return (long) CACHED_PRODUCER_INDEX.get(ring);
    }
}
