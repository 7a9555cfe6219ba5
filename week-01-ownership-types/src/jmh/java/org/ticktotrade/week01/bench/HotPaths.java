package org.ticktotrade.week01.bench;

import org.ticktotrade.week01.TypedChannel;

/**
 * The two hot paths {@code ./kata asm week-01} disassembles: one push through the ring and one through
 * the lock. Each is a small static method the tool keeps from being inlined (so the JIT compiles it as
 * a unit of its own, with the ring or the deque inlined into it), and {@link #main} calls them often
 * enough for C2 to compile them. The pops run too, only to keep both queues from filling up.
 */
public final class HotPaths {

    private HotPaths() {}

    // tag::paths[]
    static boolean ringPush(TypedChannel.Producer producer, long value) {
        return producer.tryPush(value);
    }

    static long ringPop(TypedChannel.Consumer consumer) {
        return consumer.tryPop();
    }

    static boolean lockPush(LockedLongDeque deque, long value) {
        return deque.tryPush(value);
    }

    static long lockPop(LockedLongDeque deque) {
        return deque.tryPop();
    }
    // end::paths[]

    public static void main(String[] args) {
        long iterations = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        TypedChannel.Endpoints ring = TypedChannel.open();
        LockedLongDeque deque = new LockedLongDeque();
        long checksum = 0;
        for (long i = 0; i < iterations; i++) {
            ringPush(ring.producer(), i);
            checksum += ringPop(ring.consumer());
            lockPush(deque, i);
            checksum += lockPop(deque);
        }
        // Printing the checksum keeps the loop's results alive: a JIT may drop work nobody observes.
        System.out.println("hot paths warmed: checksum " + checksum);
    }
}
