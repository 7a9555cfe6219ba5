package org.ticktotrade.week01;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A single-producer, many-consumer channel built from one {@link ReentrantLock} and one
 * {@link Condition}: the safe, obvious version that the lock-free ring is measured against.
 *
 * <p>The shape is the contract. {@link #open()} hands out exactly one {@link Sender}; a
 * {@link Receiver} can be {@linkplain Receiver#share() shared} as often as you like, and every item
 * goes to exactly one receiver. Closing the sender wakes every receiver that is waiting, and each of
 * them returns "closed" once the items sent before the close are drained.
 *
 * <p>"Only one producer" cannot be a compile error in Java: any reference can be handed to another
 * thread. So the rule is enforced at run time instead. The sender binds to the first thread that
 * calls {@link Sender#send(Object)}, and a later {@code send} or {@code close} from any other thread
 * throws {@link IllegalStateException}. The check runs while the lock is held anyway, so it costs a
 * field read and adds no race of its own. The price is that a mistake shows up when the code runs,
 * not when it compiles, and only on the path that makes it.
 */
public final class SpmcChannel {

    private SpmcChannel() {
        // a holder for the channel's types; open() creates channels
    }

    /** Opens a channel: one sender, one receiver (share it for more). */
    public static <T> Endpoints<T> open() {
        Shared<T> shared = new Shared<>();
        return new Endpoints<>(new Sender<>(shared), new Receiver<>(shared));
    }

    /** The two ends of a freshly opened channel. */
    public record Endpoints<T>(Sender<T> sender, Receiver<T> receiver) {}

    /** What a timed {@link Receiver#recv(Duration)} came back with. */
    // tag::received[]
    public sealed interface Received<T> {
        /** An item arrived in time. */
        record Item<T>(T value) implements Received<T> {}

        /** The sender closed and every item sent before the close has been taken. */
        record Closed<T>() implements Received<T> {}

        /** Nothing arrived within the timeout, and the sender is still open. */
        record TimedOut<T>() implements Received<T> {}
    }
    // end::received[]

    /** The state both ends share. Every field is read and written only while {@code lock} is held. */
    // tag::shared[]
    private static final class Shared<T> {
        final ReentrantLock lock = new ReentrantLock();
        /** Signalled once per item sent, and for everyone on close. */
        final Condition itemOrClosed = lock.newCondition();
        /** Unbounded: send() never waits for a slow receiver. */
        final ArrayDeque<T> queue = new ArrayDeque<>();
        boolean closed;
    }
    // end::shared[]

    /** The one producing end. Not shareable between threads: see the class comment. */
    public static final class Sender<T> implements AutoCloseable {
        private final Shared<T> shared;
        /** The thread this sender is bound to; null until the first send(). Guarded by shared.lock. */
        private Thread owner;

        private Sender(Shared<T> shared) {
            this.shared = shared;
        }

        /**
         * Queues {@code item} for exactly one receiver. Never blocks.
         *
         * @throws NullPointerException if {@code item} is null
         * @throws IllegalStateException after {@link #close()}, or when called from a thread other than
         *     the one that sent first
         */
        public void send(T item) {
            // TODO(kata) Under the lock, bind the sender to the first sending thread (another thread gets notOwner), refuse null and sends after close, enqueue the item and signal one waiting receiver. Read lesson 3, "An SPMC channel with a lock and a condition".
            throw new UnsupportedOperationException("TODO(kata) Under the lock, bind the sender to the first sending thread (another thread gets notOwner), refuse null and sends after close, enqueue the item and signal one waiting receiver. Read lesson 3, \"An SPMC channel with a lock and a condition\".");
        }

        /**
         * Closes the channel and wakes every waiting receiver. Items already sent are still delivered.
         * Closing twice is harmless.
         *
         * @throws IllegalStateException when called from a thread other than the one that sent first
         */
        @Override
        public void close() {
            // TODO(kata) Under the lock, reject a caller that is not the bound owner (if one is bound), mark the channel closed and wake every waiting receiver. Read lesson 3, "An SPMC channel with a lock and a condition".
            throw new UnsupportedOperationException("TODO(kata) Under the lock, reject a caller that is not the bound owner (if one is bound), mark the channel closed and wake every waiting receiver. Read lesson 3, \"An SPMC channel with a lock and a condition\".");
        }

        private IllegalStateException notOwner(String operation, Thread caller) {
            return new IllegalStateException(operation + "() from thread '" + caller.getName()
                    + "', but this Sender is bound to thread '" + owner.getName()
                    + "', which sent first: a channel has exactly one producing thread");
        }
    }

    /** A consuming end. Share it for more consumers; each item goes to exactly one of them. */
    public static final class Receiver<T> {
        private final Shared<T> shared;

        private Receiver(Shared<T> shared) {
            this.shared = shared;
        }

        /**
         * Takes the next item, waiting for one if necessary.
         *
         * @return the item, or {@link Optional#empty()} once the sender has closed and every item sent
         *     before the close has been taken
         */
        public Optional<T> recv() throws InterruptedException {
            // TODO(kata) Under the lock, wait on the condition in a loop while the queue is empty and the channel open; then return the head item, or empty if closed and drained. Read lesson 3, "An SPMC channel with a lock and a condition".
            throw new UnsupportedOperationException("TODO(kata) Under the lock, wait on the condition in a loop while the queue is empty and the channel open; then return the head item, or empty if closed and drained. Read lesson 3, \"An SPMC channel with a lock and a condition\".");
        }

        /**
         * Like {@link #recv()}, but gives up after {@code timeout}.
         *
         * @return {@link Received.Item}, {@link Received.Closed} once closed and drained, or
         *     {@link Received.TimedOut} when nothing arrived in time
         */
        public Received<T> recv(Duration timeout) throws InterruptedException {
            // TODO(kata) Wait like recv(), but with Condition.awaitNanos on the time still remaining, returning Item, Closed, or TimedOut once no time is left. Read lesson 3, "An SPMC channel with a lock and a condition".
            throw new UnsupportedOperationException("TODO(kata) Wait like recv(), but with Condition.awaitNanos on the time still remaining, returning Item, Closed, or TimedOut once no time is left. Read lesson 3, \"An SPMC channel with a lock and a condition\".");
        }

        /** Another receiver on the same queue (Rust's {@code Receiver: Clone}). */
        public Receiver<T> share() {
            return new Receiver<>(shared);
        }
    }
}
