package org.ticktotrade.week01;

/**
 * The week's project: a 1024-slot channel of {@code long}s whose two ends are different types.
 *
 * <p>A {@link Producer} can only push and a {@link Consumer} can only pop, so "who may do what" is
 * decided by which object a component was handed, not by a comment. Both ends share one
 * {@link SpscLongRing}: the lesson-4 ring behind two capability handles.
 *
 * <p>Rust would also refuse to let two threads use the same end ("not Sync"). Java cannot, so each
 * end binds to the first thread that uses it and complains if another thread uses it later. That
 * check runs only under {@code assert}: tests run with {@code -ea} and catch the mistake, while a
 * benchmark or production JVM (assertions off) pays nothing for it.
 */
public final class TypedChannel {

    public static final int CAPACITY = 1024;

    /** What {@link Consumer#tryPop()} returns when the channel is empty. */
    public static final long EMPTY = SpscLongRing.EMPTY;

    private TypedChannel() {
        // a holder for the channel's types; open() creates channels
    }

    /** Opens a channel of {@link #CAPACITY} slots and returns its two ends. */
    // tag::open[]
    public static Endpoints open() {
        // end::open[]
        // kata:solution hint:typed-channel Create one SpscLongRing of CAPACITY and return Endpoints holding a new Producer and a new Consumer that both wrap it.
        // tag::open[]
        SpscLongRing ring = new SpscLongRing(CAPACITY);
        return new Endpoints(new Producer(ring), new Consumer(ring));
        // end::open[]
        // kata:end
        // tag::open[]
    }
    // end::open[]

    /** The two ends of one channel. Hand each to exactly one thread. */
    // tag::endpoints[]
    public record Endpoints(Producer producer, Consumer consumer) {}
    // end::endpoints[]

    /** The pushing end: one thread only. */
    // tag::producer[]
    public static final class Producer {
        private final SpscLongRing ring;
        private final ThreadConfinement confinement = new ThreadConfinement("TypedChannel.Producer");

        Producer(SpscLongRing ring) {
            this.ring = ring;
        }

        /**
         * @return {@code false} when the channel is full (nothing was pushed)
         * @throws IllegalArgumentException if {@code value == EMPTY}
         */
        public boolean tryPush(long value) {
            // end::producer[]
            // kata:solution hint:typed-channel Assert confinement.isOwnedByCaller() with confinement.violation("tryPush") as the message, then offer the value to the shared ring.
            // tag::producer[]
            // Under assert: free when assertions are off, as in the benchmarks.
            assert confinement.isOwnedByCaller() : confinement.violation("tryPush");
            return ring.offer(value);
            // end::producer[]
            // kata:end
            // tag::producer[]
        }
    }
    // end::producer[]

    /** The popping end: one thread only. */
    // tag::consumer[]
    public static final class Consumer {
        private final SpscLongRing ring;
        private final ThreadConfinement confinement = new ThreadConfinement("TypedChannel.Consumer");

        Consumer(SpscLongRing ring) {
            this.ring = ring;
        }

        /** @return the oldest value, or {@link #EMPTY} when the channel is empty */
        public long tryPop() {
            // end::consumer[]
            // kata:solution hint:typed-channel Assert confinement.isOwnedByCaller() with confinement.violation("tryPop") as the message, then poll the shared ring.
            // tag::consumer[]
            // Under assert: free when assertions are off, as in the benchmarks.
            assert confinement.isOwnedByCaller() : confinement.violation("tryPop");
            return ring.poll();
            // end::consumer[]
            // kata:end
            // tag::consumer[]
        }
    }
    // end::consumer[]
}
